#pragma once
// Downloads an http(s) URL to a file with QtNetwork: progress, cancel, a size limit, a stall
// timeout, and errors that say what happened (HTTP status, dropped connection, too large).
// The file is written to a temp name and renamed only when complete.
// Thread rule: call from any thread with a QCoreApplication alive; blocks that thread (runs a
// local event loop), so callers put it on a worker.

#include "util/Progress.h"

#include <QString>
#include <QUrl>

namespace a2a {

struct DownloadOptions {
    qint64 maxBytes = qint64(4) << 30;  // refuse bigger downloads
    int stallTimeoutMs = 30000;         // no data for this long = failed
    int maxRedirects = 10;
};

struct DownloadResult {
    bool ok = false;
    bool cancelled = false;
    int httpStatus = 0;
    qint64 bytes = 0;
    QString error;  // what went wrong and what to do, for the user
};

DownloadResult downloadToFile(const QUrl &url, const QString &destinationPath, const DownloadOptions &options,
                              const ProgressSink &progress);

}  // namespace a2a
