#include "HttpDownloader.h"

#include "util/AtomicRename.h"

#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace a2a {
namespace {

QString formatBytes(qint64 bytes)
{
    if (bytes >= (qint64(1) << 20))
        return QStringLiteral("%1 MB").arg(double(bytes) / double(1 << 20), 0, 'g', 4);
    if (bytes >= 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'g', 4);
    return QStringLiteral("%1 bytes").arg(bytes);
}

}  // namespace

DownloadResult downloadToFile(const QUrl &url, const QString &destinationPath, const DownloadOptions &options,
                              const ProgressSink &progress)
{
    DownloadResult result;
    const QString shown = url.toDisplayString(QUrl::RemoveUserInfo);
    const QString partPath = destinationPath + QStringLiteral(".part");
    QFile out(partPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        result.error = QStringLiteral("cannot write the download to %1: %2").arg(partPath, out.errorString());
        return result;
    }

    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(options.maxRedirects);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("A2A-Studio/0.1"));
    QNetworkReply *reply = manager.get(request);

    QEventLoop loop;
    QTimer stall;
    stall.setSingleShot(true);
    QTimer cancelPoll;
    bool stalled = false, tooBig = false, writeFailed = false;
    qint64 expected = -1;

    auto abortWith = [&](bool &flag) {
        flag = true;
        reply->abort();
    };
    QObject::connect(&stall, &QTimer::timeout, &loop, [&] { abortWith(stalled); });
    QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
        if (progress.isCancelled())
            abortWith(result.cancelled);
    });
    QObject::connect(reply, &QNetworkReply::metaDataChanged, &loop, [&] {
        // Each response of a redirect chain brings its own headers: only the final one counts.
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && status < 400)
            return;
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        expected = length.isValid() ? length.toLongLong() : -1;
        if (expected > options.maxBytes)
            abortWith(tooBig);
    });
    QObject::connect(reply, &QNetworkReply::redirected, &loop, [&] { expected = -1; });
    QObject::connect(reply, &QNetworkReply::readyRead, &loop, [&] {
        stall.start(options.stallTimeoutMs);
        const QByteArray chunk = reply->readAll();
        if (result.bytes + chunk.size() > options.maxBytes) {
            abortWith(tooBig);
            return;
        }
        if (out.write(chunk) != chunk.size()) {
            abortWith(writeFailed);
            return;
        }
        result.bytes += chunk.size();
        progress.report(QStringLiteral("Downloading"), result.bytes, expected);
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    stall.start(options.stallTimeoutMs);
    cancelPoll.start(50);
    if (!reply->isFinished())
        loop.exec();
    stall.stop();
    cancelPoll.stop();

    if (!reply->isFinished())
        reply->abort();
    if (reply->bytesAvailable() > 0 && !tooBig && !result.cancelled && !writeFailed) {
        const QByteArray rest = reply->readAll();
        if (result.bytes + rest.size() > options.maxBytes)
            tooBig = true;
        else if (out.write(rest) != rest.size())
            writeFailed = true;
        else
            result.bytes += rest.size();
    }
    out.close();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError netError = reply->error();
    const QString netErrorText = reply->errorString();
    reply->deleteLater();

    auto failed = [&](const QString &message) {
        QFile::remove(partPath);
        result.ok = false;
        result.error = message;
        return result;
    };
    if (result.cancelled)
        return failed(QStringLiteral("the download of %1 was cancelled").arg(shown));
    if (tooBig)
        return failed(QStringLiteral("the download of %1 is larger than the %2 limit").arg(shown, formatBytes(options.maxBytes)));
    if (stalled)
        return failed(QStringLiteral("the download of %1 stalled: no data for %2 s after %3 bytes; check the connection and try again")
                          .arg(shown).arg(options.stallTimeoutMs / 1000.0, 0, 'g', 3).arg(result.bytes));
    if (writeFailed)
        return failed(QStringLiteral("cannot save the download of %1 (disk full?)").arg(shown));
    if (result.httpStatus >= 400)
        return failed(QStringLiteral("the server answered HTTP %1 for %2; check that the link is right and public")
                          .arg(result.httpStatus).arg(shown));
    if (expected >= 0 && result.bytes < expected)
        return failed(QStringLiteral("the connection dropped: %1 of %2 bytes of %3 arrived; try again")
                          .arg(result.bytes).arg(expected).arg(shown));
    if (netError != QNetworkReply::NoError)
        return failed(QStringLiteral("the download of %1 failed after %2 bytes: %3; check the link and the connection and try again")
                          .arg(shown).arg(result.bytes).arg(netErrorText));
    if (expected >= 0 && result.bytes != expected)
        return failed(QStringLiteral("the connection dropped: %1 of %2 bytes of %3 arrived; try again")
                          .arg(result.bytes).arg(expected).arg(shown));
    if (const QString error = renameOver(partPath, destinationPath); !error.isEmpty())
        return failed(error);
    result.ok = true;
    return result;
}

}  // namespace a2a
