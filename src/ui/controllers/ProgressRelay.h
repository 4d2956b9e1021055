#pragma once
// Turns a core ProgressSink (callbacks on worker threads) into calls on the GUI thread: queued to
// `receiver`, at most one every intervalMs (a stage's last report always passes), so a fast
// extraction cannot flood the event loop. Thread rule: the sink may be called from any thread.

#include "util/Progress.h"

#include <QObject>

#include <functional>

namespace a2a {

using ProgressHandler = std::function<void(const QString &stage, qint64 done, qint64 total)>;

ProgressSink makeProgressRelay(QObject *receiver, ProgressHandler handler, std::shared_ptr<CancelFlag> cancel,
                               int intervalMs = 40);

// The core's stage names ("Downloading", "Extracting", "Decoding", …) in the user's language.
QString stageLabel(const QString &stage);

// "Downloading 1.2 of 5.0 MB", "Decoding 120 of 400 clips", "Saving 3 of 12 pairs".
QString describeProgress(const QString &stage, qint64 done, qint64 total);

}  // namespace a2a
