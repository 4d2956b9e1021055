// End-to-end ingestion: a real-world-looking archive (mixed formats, captions, zipped on macOS,
// short clips), folders and file:// URLs, the report, background ingest with cancel, the
// prepared audio the model sees, and "Save dataset as…" round trips.

#include "support/TestFiles.h"
#include "support/TestMain.h"
#include "support/TestSignals.h"
#include "support/ZipBuilder.h"

#include "dataset/ClipPreparer.h"
#include "dataset/DatasetExporter.h"
#include "dataset/DatasetIngestor.h"
#include "dataset/DatasetReport.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrl>

#include <cmath>

using namespace a2a;

namespace {

const DatasetPair *byName(const CuratedDataset &ds, const QString &name)
{
    for (const DatasetPair &p : ds.pairs)
        if (p.name == name)
            return &p;
    return nullptr;
}

}  // namespace

class TestIngest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_zip;     // the real-world-looking archive
    QString m_folder;  // the same pairs as a folder
    bool m_haveM4a = false;

    QString clip(const QString &name, double seconds, const QString &format, int rate = 44100, int channels = 2, uint32_t seed = 1)
    {
        const QString path = m_folder + QLatin1Char('/') + name;
        QDir().mkpath(QFileInfo(path).absolutePath());
        const AudioBuffer audio = test::noise(rate, channels, seconds, 0.4f, seed);
        if (format == QLatin1String("m4a")) {
            const QString wav = m_dir.filePath(QStringLiteral("tmp_%1.wav").arg(seed));
            test::writeClip(wav, audio);
            m_haveM4a = test::ffmpegEncode(wav, path, {QStringLiteral("-c:a"), QStringLiteral("aac")});
            QFile::remove(wav);
        } else {
            test::writeClip(path, audio, format);
        }
        return path;
    }
    void text(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_folder + QLatin1Char('/') + name);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_folder = m_dir.filePath(QStringLiteral("My Pairs"));
        QDir().mkpath(m_folder);
        clip(QStringLiteral("take01_start.wav"), 6.0, QStringLiteral("wav"), 44100, 2, 1);
        clip(QStringLiteral("take01_end.flac"), 6.0, QStringLiteral("flac"), 48000, 1, 2);
        text(QStringLiteral("take01.txt"), "\xEF\xBB\xBF" "a warm vintage-radio version of the voice\n");
        clip(QStringLiteral("take02_start.mp3"), 7.5, QStringLiteral("mp3"), 44100, 2, 3);
        clip(QStringLiteral("take02_end.ogg"), 7.5, QStringLiteral("ogg"), 44100, 2, 4);
        text(QStringLiteral("take02.txt"), "radio  voice,\n second line");
        clip(QStringLiteral("take03_start.wav"), 5.3, QStringLiteral("wav"), 22050, 1, 5);   // stretched
        clip(QStringLiteral("take03_end.m4a"), 5.3, QStringLiteral("m4a"), 44100, 2, 6);
        clip(QStringLiteral("short/take04_start.wav"), 3.2, QStringLiteral("wav"), 16000, 1, 7);
        clip(QStringLiteral("short/take04_end.wav"), 3.2, QStringLiteral("wav"), 16000, 1, 8);
        clip(QStringLiteral("short/take05_start.wav"), 6.0, QStringLiteral("wav"), 16000, 1, 9);
        clip(QStringLiteral("short/take05_end.wav"), 2.4, QStringLiteral("wav"), 16000, 1, 10);
        clip(QStringLiteral("take06_start.WAV"), 8.0, QStringLiteral("wav"), 192000, 8, 11);   // 8 ch, 192 kHz
        clip(QStringLiteral("take06_end.Flac"), 8.0, QStringLiteral("flac"), 96000, 2, 12);
        text(QStringLiteral("take06.txt"), "caf\xE9 latin-1 caption");                     // not UTF-8
        clip(QStringLiteral("lonely_start.wav"), 6.0, QStringLiteral("wav"), 16000, 1, 13);
        text(QStringLiteral("broken_start.wav"), "not audio at all");
        clip(QStringLiteral("broken_end.wav"), 6.0, QStringLiteral("wav"), 16000, 1, 14);

        test::ZipBuilder zip;
        QDirIterator it(m_folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = QStringLiteral("My Pairs/") + QDir(m_folder).relativeFilePath(path);
            zip.addFile(rel, path);
            // What macOS's Archive Utility adds beside every file.
            zip.add(QStringLiteral("__MACOSX/") + QFileInfo(rel).path() + QStringLiteral("/._") + QFileInfo(rel).fileName(), "\x00\x05\x16\x07 AppleDouble");
        }
        zip.add(QStringLiteral("My Pairs/.DS_Store"), "Bud1");
        m_zip = m_dir.filePath(QStringLiteral("pairs.zip"));
        QVERIFY(zip.write(m_zip));
    }

    void realWorldArchive()
    {
        const QStringList before = test::listFiles(m_dir.path());
        const QStringList hash = test::fingerprint(m_zip);
        const IngestResult r = ingestDataset(m_zip, IngestOptions{}, {});
        QVERIFY(!r.cancelled);
        const CuratedDataset &ds = r.dataset;
        QCOMPARE(ds.pairs.size(), 7);  // take01-06 + broken; lonely is an orphan
        QCOMPARE(ds.orphanStarts, QStringList{QStringLiteral("My Pairs/lonely_start.wav")});

        const DatasetPair *t1 = byName(ds, QStringLiteral("take01"));
        QVERIFY(t1);
        QCOMPARE(t1->caption, QStringLiteral("a warm vintage-radio version of the voice"));  // BOM and newline gone
        QCOMPARE(t1->reference.info.container, QStringLiteral("wav"));
        QCOMPARE(t1->target.info.container, QStringLiteral("flac"));
        QCOMPARE(t1->target.info.sampleRate, 48000);
        QVERIFY(std::abs(t1->reference.durationSeconds() - 6.0) < 1e-3);
        QVERIFY(t1->reference.waveform && t1->reference.waveform->frames() == t1->reference.info.frames);
        QCOMPARE(byName(ds, QStringLiteral("take02"))->caption, QStringLiteral("radio voice, second line"));
        const DatasetPair *t6 = byName(ds, QStringLiteral("take06"));
        QCOMPARE(t6->reference.info.channels, 8);
        QCOMPARE(t6->reference.info.sampleRate, 192000);
        QCOMPARE(t6->caption, QStringLiteral("café latin-1 caption"));
        bool latinWarned = false;
        for (const Issue &i : t6->issues)
            latinWarned = latinWarned || i.code == QLatin1String("caption-not-utf8");
        QVERIFY(latinWarned);

        const FitOptions fit;
        QCOMPARE(pairStatus(*t1, fit), PairStatus::Ok);
        QCOMPARE(pairStatus(*byName(ds, QStringLiteral("take04")), fit), PairStatus::Skipped);
        QCOMPARE(pairStatus(*byName(ds, QStringLiteral("take05")), fit), PairStatus::Skipped);
        QCOMPARE(pairStatus(*byName(ds, QStringLiteral("broken")), fit), PairStatus::Error);
        if (m_haveM4a) {
            const DatasetPair *t3 = byName(ds, QStringLiteral("take03"));
            QCOMPARE(t3->target.info.container, QStringLiteral("m4a"));
            QVERIFY(std::abs(t3->target.durationSeconds() - 5.3) < 0.001);
            QCOMPARE(planFit(t3->reference.durationSeconds(), 0, fit).kind, FitKind::Stretch);
        }

        const DatasetSummary s = summarizeDataset(ds, fit);
        QCOMPARE(s.usable, 4 - (m_haveM4a ? 0 : 1));
        QCOMPARE(s.skipped, 2);
        QCOMPARE(s.errors, 1 + (m_haveM4a ? 0 : 1));
        QVERIFY(!s.refused);  // a bad pair is skipped, not a reason to refuse
        QCOMPARE(s.keepAll.bucketSeconds, 2.4);
        QCOMPARE(s.keepAll.keeps, 2);
        QCOMPARE(s.bestGain.bucketSeconds, 3.2);  // keeps take04 and all 6 s+ pairs
        bool fewWarned = false;
        for (const Issue &i : s.datasetIssues)
            fewWarned = fewWarned || i.code == QLatin1String("few-pairs");
        QVERIFY(fewWarned);

        const QString report = formatDatasetReport(ds, s, fit);
        for (const QString &needle : {QStringLiteral("take01"), QStringLiteral("trim 0.00–5.00 s"), QStringLiteral("too short by"),
                                      QStringLiteral("a bucket of 2.4 s would keep all 2 skipped"), QStringLiteral("lonely_start.wav"),
                                      QStringLiteral("not a readable audio file"), QStringLiteral("ready to train")})
            QVERIFY2(report.contains(needle), qPrintable(needle + QStringLiteral("\n") + report));
        const QJsonObject json = datasetReportJson(ds, s, fit);
        QCOMPARE(json[QStringLiteral("usable")].toInt(), s.usable);
        QCOMPARE(json[QStringLiteral("pairs")].toArray().size(), 7);

        // Nothing was written beside the user's files, and the archive is unchanged.
        QCOMPARE(test::listFiles(m_dir.path()), before);
        QCOMPARE(test::fingerprint(m_zip), hash);
    }

    void folderAndFileUrlInputsMatchTheZip()
    {
        const IngestResult fromZip = ingestDataset(m_zip, IngestOptions{}, {});
        for (const QString &input : {m_folder, QUrl::fromLocalFile(m_folder).toString(), QUrl::fromLocalFile(m_zip).toString()}) {
            const IngestResult r = ingestDataset(input, IngestOptions{}, {});
            QCOMPARE(r.dataset.pairs.size(), fromZip.dataset.pairs.size());
            for (int i = 0; i < r.dataset.pairs.size(); ++i) {
                QCOMPARE(r.dataset.pairs[i].name, fromZip.dataset.pairs[i].name);
                QCOMPARE(r.dataset.pairs[i].caption, fromZip.dataset.pairs[i].caption);
                QCOMPARE(r.dataset.pairs[i].target.info.frames, fromZip.dataset.pairs[i].target.info.frames);
            }
        }
        // A folder is read in place: the clips are the user's own files, opened read-only.
        const IngestResult r = ingestDataset(m_folder, IngestOptions{}, {});
        QVERIFY(r.dataset.sourceIsFolder);
        QVERIFY(r.dataset.pairs[0].reference.localPath.startsWith(m_folder));
    }

    void missingInputSaysWhatToDo()
    {
        const IngestResult r = ingestDataset(m_dir.filePath(QStringLiteral("nope.zip")), IngestOptions{}, {});
        QVERIFY(hasErrors(r.dataset.issues));
        QCOMPARE(r.dataset.issues.first().code, QStringLiteral("source-missing"));
        QVERIFY(!r.dataset.issues.first().hint.isEmpty());
    }

    void triggerPhraseIsPrepended()
    {
        CuratedDataset ds;
        ds.triggerPhrase = QStringLiteral("r4dio");
        DatasetPair p;
        p.caption = QStringLiteral("a voice");
        QCOMPARE(ds.finalCaption(p), QStringLiteral("r4dio a voice"));
        p.caption.clear();
        QCOMPARE(ds.finalCaption(p), QStringLiteral("r4dio"));
        ds.triggerPhrase.clear();
        p.caption = QStringLiteral("  spaced  ");
        QCOMPARE(ds.finalCaption(p), QStringLiteral("spaced"));
    }

    void preparedClipIsWhatTheModelSees()
    {
        const IngestResult r = ingestDataset(m_zip, IngestOptions{}, {});
        PrepareOptions options;
        for (const QString &name : {QStringLiteral("take01"), QStringLiteral("take06")}) {
            const DatasetPair *p = byName(r.dataset, name);
            for (const ClipRef *clip : {&p->reference, &p->target}) {
                const PreparedClip prepared = prepareClip(*clip, options);
                QVERIFY(prepared.ok());
                QCOMPARE(prepared.audio.sampleRate, 16000);
                QCOMPARE(prepared.audio.channels, 2);
                QCOMPARE(prepared.audio.frames(), int64_t(80000));
                QVERIFY(std::abs(peakLevel(prepared.audio) - kNormalizedPeak) < 1e-4f);
            }
        }
        const PreparedClip skipped = prepareClip(byName(r.dataset, QStringLiteral("take04"))->reference, options);
        QVERIFY(!skipped.ok());
        QCOMPARE(skipped.plan.kind, FitKind::Skip);
    }

    void trimmedSpanMatchesAFullDecode_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("wav") << "wav";
        QTest::newRow("flac") << "flac";
        QTest::newRow("ogg") << "ogg";
    }
    void trimmedSpanMatchesAFullDecode()
    {
        // Decoding only the trimmed span (with seeking) must give the same audio as decoding the
        // whole clip and cutting it: same alignment, no edge artefacts beyond the resampler's.
        QFETCH(QString, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.") + format);
        QVERIFY(test::writeClip(path, test::sine(44100, 2, 9.0, 331.0, 0.5f), format));
        ClipRef clip;
        clip.sourcePath = QStringLiteral("long_start.") + format;
        clip.localPath = path;
        const DecodeResult info = decodeAudioFile(path);
        clip.info = info.info;
        clip.decoded = true;
        clip.trimOffsetSeconds = 2.37;
        PrepareOptions options;
        options.normalize = false;
        const PreparedClip prepared = prepareClip(clip, options);
        QVERIFY(prepared.ok());
        QCOMPARE(prepared.plan.kind, FitKind::Trim);
        QCOMPARE(prepared.audio.frames(), int64_t(80000));
        DecodeOptions full;
        full.toStereo = true;
        full.targetRate = 16000;
        const AudioBuffer whole = decodeAudioFile(path, full).audio;
        const AudioBuffer expected = sliceFrames(whole, int64_t(std::llround(2.37 * 16000)), 80000);
        double worst = 0;
        for (int64_t f = 100; f < 79900; ++f)
            worst = std::max(worst, double(std::fabs(expected.sample(f, 0) - prepared.audio.sample(f, 0))));
        QVERIFY2(worst < (format == QLatin1String("ogg") ? 0.05 : 0.002), qPrintable(QString::number(worst)));
    }

    void backgroundIngestDoesNotBlockAndCancels()
    {
        // 200 pairs of short clips.
        QTemporaryDir dir;
        test::ZipBuilder zip;
        const QString wavPath = dir.filePath(QStringLiteral("c.wav"));
        QVERIFY(test::writeClip(wavPath, test::noise(16000, 1, 0.6)));
        const QByteArray wav = test::fileBytes(wavPath);
        for (int i = 0; i < 200; ++i) {
            zip.add(QStringLiteral("p%1_start.wav").arg(i), wav);
            zip.add(QStringLiteral("p%1_end.wav").arg(i), wav);
            zip.add(QStringLiteral("p%1.txt").arg(i), QByteArray("caption ") + QByteArray::number(i));
        }
        const QString big = dir.filePath(QStringLiteral("big.zip"));
        QVERIFY(zip.write(big));

        std::atomic<qint64> lastDone{0};
        std::atomic<bool> monotonic{true};
        ProgressSink sink;
        sink.cancel = std::make_shared<CancelFlag>();
        sink.onProgress = [&](const QString &stage, qint64 done, qint64) {
            if (stage == QLatin1String("Decoding")) {
                if (done < lastDone)
                    monotonic = false;
                lastDone = done;
            }
        };
        QElapsedTimer t;
        t.start();
        QFuture<IngestResult> future = startIngest(big, IngestOptions{}, sink);
        QVERIFY2(t.elapsed() < 50, "startIngest must return at once");
        // The caller's event loop keeps turning meanwhile: measure its longest stall.
        QElapsedTimer tick;
        tick.start();
        qint64 worstStall = 0;
        while (!future.isFinished()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
            worstStall = std::max(worstStall, tick.restart());
            QThread::msleep(2);
        }
        QVERIFY2(worstStall < 100, qPrintable(QString::number(worstStall)));
        const IngestResult r = future.result();
        QCOMPARE(r.dataset.pairs.size(), 200);
        QCOMPARE(r.dataset.pairs[199].name, QStringLiteral("p199"));
        QCOMPARE(r.dataset.pairs[10].caption, QStringLiteral("caption 10"));
        QVERIFY(monotonic);
        QCOMPARE(lastDone.load(), qint64(400));

        // Cancel part-way.
        ProgressSink cancelling;
        cancelling.cancel = std::make_shared<CancelFlag>();
        cancelling.onProgress = [&](const QString &stage, qint64 done, qint64) {
            if (stage == QLatin1String("Decoding") && done >= 20)
                cancelling.cancel->cancel();
        };
        t.restart();
        const IngestResult cancelled = startIngest(big, IngestOptions{}, cancelling).result();
        QVERIFY(cancelled.cancelled);
    }

    void saveAsRoundTrip()
    {
        IngestResult r = ingestDataset(m_zip, IngestOptions{}, {});
        CuratedDataset &ds = r.dataset;
        ds.triggerPhrase = QStringLiteral("tonech4nge");
        ds.pair(byName(ds, QStringLiteral("take01"))->id)->caption = QStringLiteral("edited caption");
        ds.pair(byName(ds, QStringLiteral("take02"))->id)->target.trimOffsetSeconds = 1.25;
        ds.pair(byName(ds, QStringLiteral("broken"))->id)->excluded = true;
        const QStringList sourceHash = test::fingerprint(m_zip);

        // Never over the source.
        const ExportResult overSource = exportDatasetZip(ds, m_zip);
        QVERIFY(!overSource.ok);
        QVERIFY(overSource.error.contains(QStringLiteral("overwrite")));
        QCOMPARE(test::fingerprint(m_zip), sourceHash);

        const QString out = m_dir.filePath(QStringLiteral("curated.zip"));
        const ExportResult saved = exportDatasetZip(ds, out);
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.pairsWritten, ds.pairs.size() - 1);
        QCOMPARE(test::fingerprint(m_zip), sourceHash);
        QVERIFY(test::listFiles(m_dir.path()).filter(QStringLiteral(".part")).isEmpty());

        const IngestResult back = ingestDataset(out, IngestOptions{}, {});
        QCOMPARE(back.dataset.pairs.size(), ds.pairs.size() - 1);
        QVERIFY(!byName(back.dataset, QStringLiteral("broken")));
        QCOMPARE(back.dataset.triggerPhrase, QStringLiteral("tonech4nge"));
        QCOMPARE(byName(back.dataset, QStringLiteral("take01"))->caption, QStringLiteral("edited caption"));
        QCOMPARE(byName(back.dataset, QStringLiteral("take02"))->target.trimOffsetSeconds, 1.25);
        QCOMPARE(byName(back.dataset, QStringLiteral("take06"))->reference.info.channels, 8);
        for (const DatasetPair &p : back.dataset.pairs) {
            const DatasetPair *orig = byName(ds, p.name);
            QVERIFY(orig);
            QCOMPARE(p.reference.info.frames, orig->reference.info.frames);
            QCOMPARE(p.reference.suffix(), orig->reference.suffix());
        }
    }
};

A2A_TEST_MAIN(TestIngest)
#include "test_ingest.moc"
