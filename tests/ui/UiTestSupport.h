#pragma once
// Shared by the app's test suites: a QApplication entry point (settings in a private folder so
// tests never touch the user's), and fixture datasets written with libsndfile and zipped.

#include "audio/QtMediaReader.h"
#include "dataset/CuratedDataset.h"
#include "util/QuietQtLogs.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

namespace a2a::test {

struct PairSpec {
    PairSpec(const QString &name, double referenceSeconds = 6.0, double targetSeconds = 6.0, const QString &caption = {},
             const QString &format = QStringLiteral("wav"), int sampleRate = 16000)
        : name(name), referenceSeconds(referenceSeconds), targetSeconds(targetSeconds), caption(caption), format(format),
          sampleRate(sampleRate)
    {
    }
    QString name;
    double referenceSeconds;  // < 0: an unreadable file
    double targetSeconds;
    QString caption;          // empty: no caption file
    QString format;
    int sampleRate;
};

// Writes `<name>_start.<fmt>`, `<name>_end.<fmt>` (and `<name>.txt`) for each spec into a zip at
// zipPath (plus any `extra` entries, e.g. an orphan "lonely_start.wav"). Clips of equal length
// and rate are written once and reused, so hundreds of pairs cost little. Returns false on failure.
bool writeDatasetZip(const QString &zipPath, const QList<PairSpec> &pairs, const QStringList &orphanStarts = {});

// The pair with this name, or null.
const DatasetPair *pairNamed(const CuratedDataset &dataset, const QString &name);

// Settings go to a private folder for the life of the process.
void isolateSettings();

}  // namespace a2a::test

#define A2A_UI_TEST_MAIN(TestClass)                                   \
    int main(int argc, char **argv)                                   \
    {                                                                 \
        a2a::selectFfmpegMediaBackend();                              \
        a2a::installQuietQtMessageHandler();                          \
        a2a::test::isolateSettings();                                 \
        QApplication app(argc, argv);                                 \
        QApplication::setOrganizationName(QStringLiteral("A2A Test")); \
        QApplication::setApplicationName(QStringLiteral("A2A Test")); \
        TestClass test;                                               \
        return QTest::qExec(&test, argc, argv);                       \
    }
