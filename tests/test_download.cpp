// Downloads over HTTP from a canned local server (127.0.0.1 only, in its own thread): success
// with progress, HTTP errors, dropped connections, size limits, cancel, stalls, redirects, and
// the http:// path of dataset ingestion. No failure may leave the file or its ".part" behind.

#include "support/TestFiles.h"
#include "support/TestMain.h"
#include "support/TestSignals.h"
#include "support/ZipBuilder.h"

#include "dataset/DatasetIngestor.h"
#include "dataset/HttpDownloader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

using namespace a2a;

namespace {

constexpr qint64 kDropDeclared = 5000, kDropSent = 2000;
constexpr qint64 kSlowDeclared = 100000, kSlowSent = 1000;

// A canned HTTP/1.1 server. Create it, move it to its thread, then call start() queued.
class CannedServer : public QObject {
    Q_OBJECT
public:
    QByteArray zip;  // the body of /ok.zip (set before start)

    int hits(const QString &path) const
    {
        QMutexLocker lock(&m_mutex);
        return m_hits.value(path);
    }

public Q_SLOTS:
    quint16 start()
    {
        m_server = new QTcpServer(this);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server->nextPendingConnection()) {
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                connect(s, &QTcpSocket::readyRead, this, [this, s] { onData(s); });
            }
        });
        return m_server->serverPort();
    }

private:
    void onData(QTcpSocket *s)
    {
        QByteArray buffer = s->property("req").toByteArray() + s->readAll();
        s->setProperty("req", buffer);
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0 || s->property("answered").toBool())
            return;
        s->setProperty("answered", true);
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        const QString path = requestLine.size() > 1 ? QString::fromLatin1(requestLine[1]) : QString();
        {
            QMutexLocker lock(&m_mutex);
            ++m_hits[path];
        }
        respond(s, path);
    }

    static QByteArray head(const QByteArray &status, qint64 length, const QByteArray &extra = {})
    {
        QByteArray h = "HTTP/1.1 " + status + "\r\nContent-Type: application/zip\r\n";
        if (length >= 0)
            h += "Content-Length: " + QByteArray::number(length) + "\r\n";
        return h + extra + "\r\n";
    }

    void respond(QTcpSocket *s, const QString &path)
    {
        static const QHash<QString, QByteArray> redirects{{QStringLiteral("/redirect.zip"), "/ok.zip"},
                                                          {QStringLiteral("/redirect-unsized.zip"), "/unsized.zip"},
                                                          {QStringLiteral("/redirect-chunked.zip"), "/chunked.zip"},
                                                          {QStringLiteral("/loop.zip"), "/loop.zip"}};
        if (redirects.contains(path)) {  // 302 with "Content-Length: 0"
            s->write(head("302 Found", 0, "Location: " + redirects[path] + "\r\nConnection: close\r\n"));
            s->disconnectFromHost();
        } else if (path == QLatin1String("/ok.zip")) {
            s->write(head("200 OK", zip.size(), "Connection: close\r\n") + zip);
            s->disconnectFromHost();
        } else if (path == QLatin1String("/unsized.zip")) {  // no Content-Length: the body ends with the connection
            s->write(head("200 OK", -1, "Connection: close\r\n") + zip);
            s->disconnectFromHost();
        } else if (path == QLatin1String("/chunked.zip")) {
            QByteArray body;
            for (qsizetype at = 0; at < zip.size(); at += 65536) {
                const QByteArray part = zip.mid(at, 65536);
                body += QByteArray::number(part.size(), 16) + "\r\n" + part + "\r\n";
            }
            s->write(head("200 OK", -1, "Transfer-Encoding: chunked\r\nConnection: close\r\n") + body + "0\r\n\r\n");
            s->disconnectFromHost();
        } else if (path == QLatin1String("/drop.zip")) {  // promises 5000 bytes, sends 2000, hangs up
            s->write(head("200 OK", kDropDeclared) + QByteArray(kDropSent, 'd'));
            s->disconnectFromHost();
        } else if (path == QLatin1String("/big.zip")) {   // declares 64 MB, sends a little, waits
            s->write(head("200 OK", qint64(64) << 20) + QByteArray(4096, 'b'));
        } else if (path == QLatin1String("/big-unsized.zip")) {  // no Content-Length: 3 MB, then close
            s->write(head("200 OK", -1, "Connection: close\r\n") + QByteArray(3 << 20, 'u'));
            s->disconnectFromHost();
        } else if (path == QLatin1String("/slow.zip")) {  // 1000 of 100000 bytes, then silence
            s->write(head("200 OK", kSlowDeclared) + QByteArray(kSlowSent, 's'));
        } else if (path == QLatin1String("/drip.zip")) {  // 10 bytes every 50 ms, never finishes
            s->write(head("200 OK", kSlowDeclared));
            auto *t = new QTimer(s);
            connect(t, &QTimer::timeout, s, [s] { s->write(QByteArray(10, 'r')); });
            t->start(50);
        } else {
            const QByteArray body = "no such file: " + path.toLatin1() + "\n";
            s->write(head("404 Not Found", body.size(), "Connection: close\r\n") + body);
            s->disconnectFromHost();
        }
    }

    QTcpServer *m_server = nullptr;
    mutable QMutex m_mutex;
    QHash<QString, int> m_hits;
};

using a2a::test::fileBytes;

struct ProgressLog {
    QList<qint64> done, total;
    QStringList stages;
};

ProgressSink recordingSink(ProgressLog &log, std::shared_ptr<CancelFlag> cancel = {})
{
    ProgressSink sink;
    sink.cancel = std::move(cancel);
    sink.onProgress = [&log](const QString &stage, qint64 d, qint64 t) {
        log.stages << stage;
        log.done << d;
        log.total << t;
    };
    return sink;
}

DownloadOptions quickOptions()
{
    DownloadOptions o;
    o.stallTimeoutMs = 5000;  // a hang fails the test within seconds, not the 30 s default
    return o;
}

}  // namespace

class TestDownload : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QThread m_thread;
    CannedServer *m_server = nullptr;
    quint16 m_port = 0;
    QByteArray m_zip;
    int m_serial = 0;

    QUrl url(const QString &path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path)); }
    QString freshDest() { return m_dir.filePath(QStringLiteral("dl/download-%1.zip").arg(++m_serial)); }

    IngestOptions ingestOptions()
    {
        IngestOptions options;
        options.tempRoot = m_dir.filePath(QStringLiteral("ingest"));
        QDir().mkpath(options.tempRoot);
        options.download = quickOptions();
        options.buildWaveforms = false;
        return options;
    }
    bool ingestRootEmpty() { return QDir(m_dir.filePath(QStringLiteral("ingest"))).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden); }

    // Nothing left behind: neither the destination nor its temp name.
    void verifyNothingLeft(const QString &dest)
    {
        QVERIFY2(!QFile::exists(dest), qPrintable(dest));
        QVERIFY2(!QFile::exists(dest + QStringLiteral(".part")), qPrintable(dest + QStringLiteral(".part")));
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("dl"))).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("dl"))));
        const QString clips = m_dir.filePath(QStringLiteral("clips"));
        QVERIFY(QDir().mkpath(clips));
        test::ZipBuilder zb;
        uint32_t seed = 1;
        for (const QString &name : {QStringLiteral("a_start.wav"), QStringLiteral("a_end.wav"), QStringLiteral("b_start.wav"),
                                    QStringLiteral("b_end.wav")}) {
            const QString path = clips + QLatin1Char('/') + name;
            QVERIFY(test::writeClip(path, test::noise(16000, 1, 6.0, 0.4f, seed++), QStringLiteral("wav")));
            zb.addFile(name, path);
        }
        zb.add(QStringLiteral("a.txt"), "a bright bell");
        const QString zipPath = m_dir.filePath(QStringLiteral("pairs.zip"));
        QVERIFY(zb.write(zipPath));
        m_zip = fileBytes(zipPath);
        QVERIFY(m_zip.size() > 300000);  // several network reads, so progress has steps

        m_server = new CannedServer;
        m_server->zip = m_zip;
        m_server->moveToThread(&m_thread);
        connect(&m_thread, &QThread::finished, m_server, &QObject::deleteLater);
        m_thread.start();
        QVERIFY(QMetaObject::invokeMethod(m_server, "start", Qt::BlockingQueuedConnection, Q_RETURN_ARG(quint16, m_port)));
        QVERIFY(m_port != 0);
    }

    void cleanupTestCase()
    {
        m_thread.quit();
        QVERIFY(m_thread.wait(5000));
    }

    void downloadsTheWholeFile()
    {
        const QString dest = freshDest();
        {
            QFile stale(dest);  // an older download in the way is replaced
            QVERIFY(stale.open(QIODevice::WriteOnly) && stale.write("an older, different download") > 0);
        }
        ProgressLog log;
        const DownloadResult r = downloadToFile(url(QStringLiteral("/ok.zip")), dest, quickOptions(), recordingSink(log));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.error.isEmpty());
        QVERIFY(!r.cancelled);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.bytes, qint64(m_zip.size()));
        QCOMPARE(fileBytes(dest), m_zip);
        QVERIFY(!QFile::exists(dest + QStringLiteral(".part")));

        QVERIFY(!log.done.isEmpty());
        QCOMPARE(log.done.last(), qint64(m_zip.size()));
        for (int i = 0; i < log.done.size(); ++i) {
            QCOMPARE(log.stages[i], QStringLiteral("Downloading"));
            QCOMPARE(log.total[i], qint64(m_zip.size()));  // the Content-Length, from the first report on
            QVERIFY(log.done[i] > 0 && log.done[i] <= m_zip.size());
            if (i > 0)
                QVERIFY(log.done[i] > log.done[i - 1]);
        }
        QVERIFY(QFile::remove(dest));
    }

    void followsRedirects()
    {
        const QString dest = freshDest();
        const int before = m_server->hits(QStringLiteral("/ok.zip"));
        const DownloadResult r = downloadToFile(url(QStringLiteral("/redirect.zip")), dest, quickOptions(), {});
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(fileBytes(dest), m_zip);
        QCOMPARE(m_server->hits(QStringLiteral("/ok.zip")), before + 1);
        QVERIFY(QFile::remove(dest));
    }

    void unsizedBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("close-delimited") << QStringLiteral("/unsized.zip");
        QTest::newRow("chunked") << QStringLiteral("/chunked.zip");
        QTest::newRow("redirect to close-delimited") << QStringLiteral("/redirect-unsized.zip");
        QTest::newRow("redirect to chunked") << QStringLiteral("/redirect-chunked.zip");
    }
    void unsizedBodies()
    {
        // No Content-Length (or one only on the redirect): the whole body still counts as complete.
        QFETCH(QString, path);
        const QString dest = freshDest();
        ProgressLog log;
        const DownloadResult r = downloadToFile(url(path), dest, quickOptions(), recordingSink(log));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.bytes, qint64(m_zip.size()));
        QCOMPARE(fileBytes(dest), m_zip);
        QVERIFY(!log.done.isEmpty());
        QCOMPARE(log.done.last(), qint64(m_zip.size()));
        QVERIFY(QFile::remove(dest));
    }

    void redirectLoopFails()
    {
        const QString dest = freshDest();
        DownloadOptions o = quickOptions();
        o.maxRedirects = 3;
        QElapsedTimer t;
        t.start();
        const DownloadResult r = downloadToFile(url(QStringLiteral("/loop.zip")), dest, o, {});
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(QLatin1String("/loop.zip")), qPrintable(r.error));
        QVERIFY(t.elapsed() < 4000);
        QVERIFY2(r.error.contains(QLatin1String("redirect"), Qt::CaseInsensitive), qPrintable(r.error));
        const int hits = m_server->hits(QStringLiteral("/loop.zip"));
        QVERIFY2(hits >= 2 && hits <= o.maxRedirects + 2, qPrintable(QString::number(hits)));  // followed, but bounded
        verifyNothingLeft(dest);
    }

    void httpErrorStatus()
    {
        const QString dest = freshDest();
        const DownloadResult r = downloadToFile(url(QStringLiteral("/missing.zip")), dest, quickOptions(), {});
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.httpStatus, 404);
        QVERIFY2(r.error.contains(QLatin1String("HTTP 404")), qPrintable(r.error));
        QVERIFY2(r.error.contains(url(QStringLiteral("/missing.zip")).toString()), qPrintable(r.error));
        verifyNothingLeft(dest);
    }

    void droppedConnection()
    {
        const QString dest = freshDest();
        ProgressLog log;
        const DownloadResult r = downloadToFile(url(QStringLiteral("/drop.zip")), dest, quickOptions(), recordingSink(log));
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.bytes, kDropSent);
        // Says how much arrived, and that the connection ended early.
        QVERIFY2(r.error.contains(QString::number(kDropSent)), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("dropped"), Qt::CaseInsensitive)
                     || r.error.contains(QLatin1String("closed"), Qt::CaseInsensitive),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("try again")), qPrintable(r.error));
        QVERIFY(!log.total.isEmpty());
        QCOMPARE(log.total.last(), kDropDeclared);
        verifyNothingLeft(dest);
    }

    void tooLarge_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("declared by Content-Length") << QStringLiteral("/big.zip");      // refused on the header
        QTest::newRow("no Content-Length") << QStringLiteral("/big-unsized.zip");        // refused while reading
    }
    void tooLarge()
    {
        QFETCH(QString, path);
        const QString dest = freshDest();
        DownloadOptions o = quickOptions();
        o.maxBytes = qint64(1) << 20;
        QElapsedTimer t;
        t.start();
        const DownloadResult r = downloadToFile(url(path), dest, o, {});
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.contains(QLatin1String("larger than the 1 MB limit")), qPrintable(r.error));
        QVERIFY(r.bytes <= o.maxBytes);
        QVERIFY2(t.elapsed() < 3000, "refused at once, not after a stall");
        verifyNothingLeft(dest);
    }

    void cancelFromProgress()
    {
        const QString dest = freshDest();
        auto cancel = std::make_shared<CancelFlag>();
        ProgressSink sink;
        sink.cancel = cancel;
        int reports = 0;
        sink.onProgress = [&](const QString &, qint64 done, qint64) {
            ++reports;
            if (done > 0)
                cancel->cancel();
        };
        DownloadOptions o = quickOptions();
        o.stallTimeoutMs = 8000;
        QElapsedTimer t;
        t.start();
        const DownloadResult r = downloadToFile(url(QStringLiteral("/slow.zip")), dest, o, sink);
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY(reports > 0);
        QVERIFY2(r.error.contains(QLatin1String("cancelled")), qPrintable(r.error));
        QVERIFY2(t.elapsed() < 3000, "cancel must not wait for the stall timeout");
        verifyNothingLeft(dest);
    }

    void cancelWhileDataFlows()
    {
        // Bytes keep arriving (so no stall); a timer on this thread cancels inside the download's loop.
        const QString dest = freshDest();
        auto cancel = std::make_shared<CancelFlag>();
        ProgressLog log;
        QTimer::singleShot(400, this, [cancel] { cancel->cancel(); });
        DownloadOptions o = quickOptions();
        o.stallTimeoutMs = 8000;
        QElapsedTimer t;
        t.start();
        const DownloadResult r = downloadToFile(url(QStringLiteral("/drip.zip")), dest, o, recordingSink(log, cancel));
        QVERIFY(r.cancelled);
        QVERIFY(!r.ok);
        QVERIFY(t.elapsed() >= 350 && t.elapsed() < 3000);
        QVERIFY(log.done.size() >= 2);
        QCOMPARE(log.total.last(), kSlowDeclared);
        verifyNothingLeft(dest);
    }

    void stallTimesOut()
    {
        const QString dest = freshDest();
        DownloadOptions o = quickOptions();
        o.stallTimeoutMs = 1000;
        QElapsedTimer t;
        t.start();
        const DownloadResult r = downloadToFile(url(QStringLiteral("/slow.zip")), dest, o, {});
        const qint64 ms = t.elapsed();
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QCOMPARE(r.bytes, kSlowSent);
        QVERIFY2(r.error.contains(QLatin1String("stalled")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("no data for 1 s after 1000 bytes")), qPrintable(r.error));
        QVERIFY2(ms >= 900 && ms < 4000, qPrintable(QString::number(ms)));
        verifyNothingLeft(dest);
    }

    void unreachableServer()
    {
        // A port nobody listens on (bound, then released): connection refused, quickly.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        const QString dest = freshDest();
        const DownloadResult r = downloadToFile(QUrl(QStringLiteral("http://127.0.0.1:%1/x.zip").arg(port)), dest, quickOptions(), {});
        QVERIFY(!r.ok);
        QCOMPARE(r.bytes, qint64(0));
        QVERIFY2(r.error.contains(QLatin1String("failed after 0 bytes")), qPrintable(r.error));
        verifyNothingLeft(dest);
    }

    void ingestFromHttp()
    {
        const IngestOptions options = ingestOptions();
        const QString input = url(QStringLiteral("/ok.zip")).toString();
        {
            ProgressLog log;
            const IngestResult result = ingestDataset(input, options, recordingSink(log));
            const CuratedDataset &ds = result.dataset;
            QVERIFY(!result.cancelled);
            QVERIFY2(!hasErrors(ds.issues), ds.issues.isEmpty() ? "" : qPrintable(ds.issues.first().toText()));
            QCOMPARE(ds.source, input);
            QVERIFY(!ds.sourceIsFolder);
            QCOMPARE(ds.pairs.size(), 2);
            QCOMPARE(ds.pairs[0].name, QStringLiteral("a"));
            QCOMPARE(ds.pairs[1].name, QStringLiteral("b"));
            QCOMPARE(ds.pairs[0].caption, QStringLiteral("a bright bell"));
            QVERIFY(ds.pairs[0].hasCaptionFile && !ds.pairs[1].hasCaptionFile);
            for (const DatasetPair &p : ds.pairs) {
                QVERIFY(p.reference.decoded && p.target.decoded);
                QCOMPARE(p.reference.sourcePath, p.name + QStringLiteral("_start.wav"));
                QCOMPARE(p.target.sourcePath, p.name + QStringLiteral("_end.wav"));
                QVERIFY(std::abs(p.reference.durationSeconds() - 6.0) < 1e-3);
                QCOMPARE(p.reference.info.sampleRate, 16000);
            }
            QVERIFY(log.stages.contains(QStringLiteral("Downloading")));
            QVERIFY(log.done[log.stages.indexOf(QStringLiteral("Downloading"))] > 0);
            // The download lives in the private work folder, inside our temp root.
            QVERIFY(ds.sourceFile.startsWith(options.tempRoot));
            QCOMPARE(fileBytes(ds.sourceFile), m_zip);
        }
        // Gone with the last copy of the dataset.
        QVERIFY(ingestRootEmpty());
    }

    void ingestHttpFailure()
    {
        const IngestOptions options = ingestOptions();
        const QString input = url(QStringLiteral("/nope.zip")).toString();
        {
            const IngestResult result = ingestDataset(input, options, {});
            const CuratedDataset &ds = result.dataset;
            QVERIFY(!result.cancelled);
            QVERIFY(ds.pairs.isEmpty());
            QVERIFY(hasErrors(ds.issues));
            const Issue *failed = nullptr;
            for (const Issue &i : ds.issues)
                if (i.code == QLatin1String("download-failed"))
                    failed = &i;
            QVERIFY(failed);
            QCOMPARE(failed->severity, Severity::Error);
            QCOMPARE(failed->file, input);
            QVERIFY2(failed->message.contains(QLatin1String("HTTP 404")), qPrintable(failed->message));
        }
        QVERIFY(ingestRootEmpty());
    }

    void ingestCancelledDownload()
    {
        ProgressSink sink;
        sink.cancel = std::make_shared<CancelFlag>();
        sink.onProgress = [cancel = sink.cancel](const QString &, qint64 done, qint64) {
            if (done > 0)
                cancel->cancel();
        };
        {
            const IngestResult result = ingestDataset(url(QStringLiteral("/slow.zip")).toString(), ingestOptions(), sink);
            QVERIFY(result.cancelled);
            QVERIFY(result.dataset.pairs.isEmpty());
        }
        QVERIFY(ingestRootEmpty());
    }
};

A2A_TEST_MAIN(TestDownload)
#include "test_download.moc"
