// bench/ingest: ingest N pairs of mixed formats (full decode, waveform summaries, then the
// training preparation: resample to 16 kHz, fit, normalize) and print pairs/s, audio seconds
// decoded per wall second and peak RSS; beside it, the same files decoded by one ffmpeg process
// per file, two at a time, as a reference.
//
//   bench_ingest [--pairs N] [--seconds S] [--threads T] [--output md|csv|json]

#include "audio/QtMediaReader.h"
#include "dataset/ClipPreparer.h"
#include "dataset/DatasetIngestor.h"
#include "support/TestSignals.h"
#include "support/ZipBuilder.h"
#include "util/BlasCheck.h"
#include "util/QuietQtLogs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QMutex>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtConcurrent/QtConcurrentMap>

#include <sndfile.h>

#include <cstdio>

#include "BenchSupport.h"

using namespace a2a;

namespace {


const QStringList kFormats{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("ogg"), QStringLiteral("mp3"), QStringLiteral("m4a")};

}  // namespace

int main(int argc, char **argv)
{
    selectFfmpegMediaBackend();
    installQuietQtMessageHandler();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ingest benchmark: decode, resample and fit N pairs of mixed formats."));
    parser.addHelpOption();
    const QCommandLineOption pairsOpt(QStringLiteral("pairs"), QStringLiteral("Number of pairs [100]."), QStringLiteral("N"), QStringLiteral("100"));
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Seconds per clip [10]."), QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Decode threads [cores]."), QStringLiteral("T"),
                                        QString::number(QThread::idealThreadCount()));
    const QCommandLineOption outputOpt(QStringLiteral("output"), QStringLiteral("md, csv or json [md]."), QStringLiteral("FMT"), QStringLiteral("md"));
    parser.addOptions({pairsOpt, secondsOpt, threadsOpt, outputOpt});
    parser.process(app);
    const int pairs = parser.value(pairsOpt).toInt();
    const double seconds = parser.value(secondsOpt).toDouble();
    const int threads = parser.value(threadsOpt).toInt();

    std::printf("system: %d cores, decode threads %d, Qt %s, %s, BLAS %s\n", QThread::idealThreadCount(), threads, qVersion(),
                sf_version_string(), qPrintable(detectBlas().library));
    std::fflush(stdout);

    // Fixtures: one source clip per format, reused under every pair name (decoding cost is the same).
    QTemporaryDir dir;
    QStringList clipFiles;
    for (int f = 0; f < kFormats.size(); ++f) {
        const QString fmt = kFormats[f];
        const AudioBuffer audio = test::noise(44100, 2, seconds, 0.4f, uint32_t(f + 1));
        const QString path = dir.filePath(QStringLiteral("src.") + fmt);
        if (fmt == QLatin1String("m4a")) {
            test::writeClip(dir.filePath(QStringLiteral("m4a.wav")), audio);
            if (!test::ffmpegEncode(dir.filePath(QStringLiteral("m4a.wav")), path, {QStringLiteral("-c:a"), QStringLiteral("aac")})) {
                std::fprintf(stderr, "ffmpeg is needed to make the m4a fixture\n");
                return 1;
            }
        } else if (!test::writeClip(path, audio, fmt)) {
            std::fprintf(stderr, "cannot write the %s fixture\n", qPrintable(fmt));
            return 1;
        }
        clipFiles << path;
    }
    test::ZipBuilder zip;
    QStringList fileList;  // for the ffmpeg reference
    const QString looseDir = dir.filePath(QStringLiteral("loose"));
    QDir().mkpath(looseDir);
    for (int i = 0; i < pairs; ++i) {
        for (int side = 0; side < 2; ++side) {
            const int f = (2 * i + side) % kFormats.size();
            const QString name = QStringLiteral("p%1_%2.%3").arg(i).arg(side == 0 ? QStringLiteral("start") : QStringLiteral("end"), kFormats[f]);
            zip.addFile(name, clipFiles[f]);
            const QString loose = looseDir + QLatin1Char('/') + name;
            QFile::link(clipFiles[f], loose);
            fileList << loose;
        }
    }
    const QString zipPath = dir.filePath(QStringLiteral("bench.zip"));
    zip.write(zipPath);

    // Stage 1: ingest (extract, pair, full decode at the native rate, waveform summaries).
    IngestOptions options;
    options.decodeThreads = threads;
    QElapsedTimer t;
    t.start();
    const IngestResult ingested = ingestDataset(zipPath, options, {});
    const double ingestSec = t.elapsed() / 1000.0;
    if (ingested.dataset.pairs.size() != pairs) {
        std::fprintf(stderr, "ingest found %lld pairs, expected %d\n", qlonglong(ingested.dataset.pairs.size()), pairs);
        return 1;
    }
    // Stage 2: what training needs: decode, stereo, resample to 16 kHz, fit to a 5 s bucket, normalize.
    QList<const ClipRef *> clips;
    for (const DatasetPair &p : ingested.dataset.pairs)
        clips << &p.reference << &p.target;
    PrepareOptions prep;
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    std::atomic<int> prepared{0};
    t.restart();
    QMutex timesMutex;
    QMap<QString, double> msByFormat;
    QtConcurrent::blockingMap(&pool, clips, [&](const ClipRef *clip) {
        QElapsedTimer one;
        one.start();
        prepared += prepareClip(*clip, prep).ok() ? 1 : 0;
        QMutexLocker lock(&timesMutex);
        msByFormat[clip->suffix()] += one.nsecsElapsed() / 1e6;
    });
    const double prepareSec = t.elapsed() / 1000.0;

    // Reference: one ffmpeg process per file, two at a time, decoding and resampling to 16 kHz stereo.
    t.restart();
    int next = 0, running = 0, failures = 0;
    QList<QProcess *> procs;
    auto launch = [&] {
        auto *p = new QProcess;
        p->start(QStringLiteral("ffmpeg"), {QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-i"),
                                            fileList[next++], QStringLiteral("-ar"), QStringLiteral("16000"), QStringLiteral("-ac"),
                                            QStringLiteral("2"), QStringLiteral("-f"), QStringLiteral("f32le"), QStringLiteral("-")});
        p->setStandardOutputFile(QProcess::nullDevice());
        procs << p;
        ++running;
    };
    while (next < fileList.size() || running > 0) {
        while (running < 2 && next < fileList.size())
            launch();
        for (int i = 0; i < procs.size(); ++i) {
            if (procs[i]->waitForFinished(5)) {
                failures += procs[i]->exitCode() != 0;
                delete procs.takeAt(i--);
                --running;
            }
        }
    }
    const double ffmpegSec = t.elapsed() / 1000.0;

    const double audioSeconds = 2.0 * pairs * seconds;
    const double rss = bench::peakRssMb();
    const QString fmt = parser.value(outputOpt);
    if (fmt == QLatin1String("json")) {
        const QJsonObject o{{QStringLiteral("pairs"), pairs}, {QStringLiteral("seconds_per_clip"), seconds}, {QStringLiteral("threads"), threads},
                            {QStringLiteral("ingest_s"), ingestSec}, {QStringLiteral("prepare_s"), prepareSec}, {QStringLiteral("ffmpeg_s"), ffmpegSec},
                            {QStringLiteral("pairs_per_s"), pairs / (ingestSec + prepareSec)},
                            {QStringLiteral("audio_x_realtime"), audioSeconds / ingestSec},
                            {QStringLiteral("peak_rss_mb"), rss}};
        std::printf("%s", QJsonDocument(o).toJson().constData());
    } else if (fmt == QLatin1String("csv")) {
        std::printf("stage,seconds,pairs_per_s,audio_x_realtime\n");
        std::printf("ingest,%.2f,%.1f,%.1f\n", ingestSec, pairs / ingestSec, audioSeconds / ingestSec);
        std::printf("prepare,%.2f,%.1f,%.1f\n", prepareSec, pairs / prepareSec, audioSeconds / prepareSec);
        std::printf("ffmpeg_x2,%.2f,%.1f,%.1f\n", ffmpegSec, pairs / ffmpegSec, audioSeconds / ffmpegSec);
    } else {
        std::printf("\n%d pairs × %.1f s (wav, flac, ogg, mp3, m4a mixed; 44.1 kHz stereo), %d threads\n\n", pairs, seconds, threads);
        std::printf("| stage | wall s | pairs/s | audio s decoded / wall s |\n|---|---|---|---|\n");
        std::printf("| ingest: extract, pair, full decode, waveform summaries | %.2f | %.1f | %.1f |\n", ingestSec, pairs / ingestSec, audioSeconds / ingestSec);
        std::printf("| prepare: decode the 5 s span, stereo, resample 16 kHz, fit, normalize | %.2f | %.1f | %.1f (clip s / wall s) |\n", prepareSec, pairs / prepareSec, audioSeconds / prepareSec);
        std::printf("| **both** | %.2f | %.1f | |\n", ingestSec + prepareSec, pairs / (ingestSec + prepareSec));
        std::printf("| reference: ffmpeg, one process per file, 2 at a time, to 16 kHz | %.2f | %.1f | %.1f |\n", ffmpegSec, pairs / ffmpegSec, audioSeconds / ffmpegSec);
        std::printf("\nprepare, mean ms per clip by format:");
        for (auto it = msByFormat.begin(); it != msByFormat.end(); ++it)
            std::printf(" %s %.1f", qPrintable(it.key()), it.value() / (double(clips.size()) / kFormats.size()));
        std::printf("\npeak RSS: %.0f MB; prepared clips: %d of %d; ffmpeg failures: %d\n", rss, prepared.load(), int(clips.size()), failures);
    }
    return 0;
}
