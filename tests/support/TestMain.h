#pragma once
// Test entry point: selects the ffmpeg media backend before Qt Multimedia loads (as the CLI and
// the app do), hides the backend's debug chatter, then runs the Qt Test class.

#include "audio/QtMediaReader.h"
#include "util/QuietQtLogs.h"

#include <QCoreApplication>
#include <QTest>

#define A2A_TEST_MAIN(TestClass)                  \
    int main(int argc, char **argv)               \
    {                                             \
        a2a::selectFfmpegMediaBackend();          \
        a2a::installQuietQtMessageHandler();      \
        QCoreApplication app(argc, argv);         \
        TestClass test;                           \
        return QTest::qExec(&test, argc, argv);   \
    }
