// Listening: buffers prepared on a worker (whole clips, or "as trained" through prepareClip),
// the listening-only loudness match, the pull device that only copies and keeps one position
// for both sides (A/B), and the playback controller that decodes off the GUI thread.

#include "UiTestSupport.h"

#include "DatasetController.h"
#include "controllers/PlaybackController.h"
#include "controllers/PreviewDecodeController.h"
#include "dataset/DatasetIngestor.h"
#include "playback/AudioPlayer.h"
#include "playback/PlaybackDevice.h"
#include "support/TestFiles.h"

#include <QAction>
#include <QAudioDevice>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QSignalSpy>

#include <cmath>
#include <cstring>

using namespace a2a;

namespace {

double rmsOf(const PlaybackSide &side, const PlaybackFormat &f)
{
    const auto *s = reinterpret_cast<const float *>(side.pcm.constData());
    const qsizetype n = side.pcm.size() / 4;
    double sum = 0;
    for (qsizetype i = 0; i < n; ++i)
        sum += double(s[i]) * s[i];
    Q_UNUSED(f);
    return n ? std::sqrt(sum / double(n)) : 0.0;
}

}  // namespace

class TestUiPlayback : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CuratedDataset m_dataset;

    PreviewRequest requestFor(const QString &name, PlaybackMode mode)
    {
        const DatasetPair *p = test::pairNamed(m_dataset, name);
        PreviewRequest r;
        r.pairId = p->id;
        r.reference = p->reference;
        r.target = p->target;
        r.mode = mode;
        r.format = PlaybackFormat{48000, 2, true};
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString zip = m_dir.filePath(QStringLiteral("pairs.zip"));
        // writeDatasetZip alternates amplitude 0.3 / 0.5 between the two sides of a pair.
        QVERIFY(test::writeDatasetZip(zip, {{QStringLiteral("long"), 9.0, 9.0, QString(), QStringLiteral("wav"), 22050},
                                            {QStringLiteral("near"), 5.3, 5.3, QString(), QStringLiteral("flac"), 44100},
                                            {QStringLiteral("short"), 3.0, 6.0}}));
        m_dataset = ingestDataset(zip, IngestOptions{}, {}).dataset;
        QCOMPARE(m_dataset.pairs.size(), 3);
    }

    void originalAudioAtTheOutputRate()
    {
        PreviewRequest r = requestFor(QStringLiteral("long"), PlaybackMode::Original);
        r.loudnessMatch = false;
        const PlaybackBuffers b = preparePlayback(r);
        QCOMPARE(b.pairId, r.pairId);
        for (const PlaybackSide &s : b.sides) {
            QVERIFY(s.ok());
            QVERIFY(std::abs(s.frames - 9 * 48000) <= 2);
            QCOMPARE(s.pcm.size(), s.frames * 8);
            QCOMPARE(s.clipStartSeconds, 0.0);
            QCOMPARE(s.clipSecondsPerSecond, 1.0);
            QCOMPARE(s.gainDb, 0.0);
        }
        QVERIFY(std::abs(rmsOf(b.sides[0], b.format) - rmsOf(b.sides[1], b.format)) > 0.02);  // 0.3 vs 0.5 noise
    }

    void loudnessMatchedForListeningOnly()
    {
        const QStringList before = test::fingerprint(m_dataset.pairs.first().reference.localPath);
        const PlaybackBuffers b = preparePlayback(requestFor(QStringLiteral("long"), PlaybackMode::Original));
        const double a = rmsOf(b.sides[0], b.format), t = rmsOf(b.sides[1], b.format);
        QVERIFY2(std::abs(20 * std::log10(a / t)) < 0.1, qPrintable(QStringLiteral("%1 vs %2").arg(a).arg(t)));
        QVERIFY(std::min(b.sides[0].gainDb, b.sides[1].gainDb) < -3.0);  // the louder side came down
        QCOMPARE(std::max(b.sides[0].gainDb, b.sides[1].gainDb), 0.0);   // nothing was boosted
        QCOMPARE(test::fingerprint(m_dataset.pairs.first().reference.localPath), before);
    }

    void asTrained()
    {
        CuratedDataset ds = m_dataset;
        DatasetPair *longPair = ds.pair(test::pairNamed(ds, QStringLiteral("long"))->id);
        longPair->reference.trimOffsetSeconds = 2.0;
        longPair->target.trimOffsetSeconds = 2.0;
        PreviewRequest r = requestFor(QStringLiteral("long"), PlaybackMode::AsTrained);
        r.reference = longPair->reference;
        r.target = longPair->target;
        PlaybackBuffers b = preparePlayback(r);
        for (const PlaybackSide &s : b.sides) {
            QVERIFY(s.ok());
            QVERIFY(std::abs(s.frames - 5 * 48000) <= 2);  // exactly the bucket
            QCOMPARE(s.clipStartSeconds, 2.0);             // the playhead maps onto the trimmed span
            QCOMPARE(s.clipSecondsAt(1.0), 3.0);
        }
        b = preparePlayback(requestFor(QStringLiteral("near"), PlaybackMode::AsTrained));
        QVERIFY(b.sides[0].ok());
        QVERIFY(std::abs(b.sides[0].frames - 5 * 48000) <= 2);
        QVERIFY(std::abs(b.sides[0].clipSecondsPerSecond - 5.3 / 5.0) < 1e-6);  // stretched
        b = preparePlayback(requestFor(QStringLiteral("short"), PlaybackMode::AsTrained));
        QVERIFY(!b.sides[0].ok());
        QVERIFY2(b.sides[0].problem.contains(QStringLiteral("too short")), qPrintable(b.sides[0].problem));
        QVERIFY(b.sides[1].ok());
    }

    void int16Output()
    {
        PreviewRequest r = requestFor(QStringLiteral("near"), PlaybackMode::Original);
        r.format = PlaybackFormat{44100, 1, false};
        const PlaybackBuffers b = preparePlayback(r);
        QVERIFY(std::abs(b.sides[0].frames - qint64(5.3 * 44100)) <= 2);
        QCOMPARE(b.sides[0].pcm.size(), b.sides[0].frames * 2);
    }

    void deviceCopiesAndKeepsOnePosition()
    {
        QByteArray a(4 * 100, 0), t(4 * 60, 0);
        for (int i = 0; i < 100; ++i) {
            const float v = float(i);
            std::memcpy(a.data() + 4 * i, &v, 4);
        }
        for (int i = 0; i < 60; ++i) {
            const float v = float(-i);
            std::memcpy(t.data() + 4 * i, &v, 4);
        }
        PlaybackDevice d;
        d.setSides(a, t, 4);
        QVERIFY(d.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        char buf[40];
        QCOMPARE(d.read(buf, 40), qint64(40));
        float v;
        std::memcpy(&v, buf + 36, 4);
        QCOMPARE(v, 9.0f);
        QCOMPARE(d.frame(), qint64(10));
        d.setSide(1);  // A/B: same position, other side
        QCOMPARE(d.read(buf, 8), qint64(8));
        std::memcpy(&v, buf, 4);
        QCOMPARE(v, -10.0f);
        d.setFrame(58);
        QCOMPARE(d.read(buf, 40), qint64(8));  // the shorter side ends
        QVERIFY(d.atEndOfSide());
        QCOMPARE(d.read(buf, 40), qint64(0));
        d.setSide(0);
        QVERIFY(!d.atEndOfSide());
        QCOMPARE(d.bytesAvailable(), qint64(40 * 4));
    }

    void controllerDecodesOffTheGuiThread()
    {
        DatasetController c;
        c.setDataset(m_dataset);
        PlaybackController playback(&c);
        const PairId id = test::pairNamed(m_dataset, QStringLiteral("long"))->id;
        playback.setPair(id);
        QSignalSpy status(&playback, &PlaybackController::statusChanged);
        QElapsedTimer t;
        t.start();
        playback.play(0);  // decodes on a worker; plays if an output device exists
        QVERIFY2(t.elapsed() < 150, qPrintable(QString::number(t.elapsed())));
        QVERIFY(!status.isEmpty());
        QVERIFY(status.first().first().toString().contains(QStringLiteral("Preparing")));
        QTRY_VERIFY_WITH_TIMEOUT(!playback.statusText().contains(QStringLiteral("Preparing")), 20000);
        playback.asTrainedAction()->setChecked(true);
        playback.play(1);
        QTRY_VERIFY_WITH_TIMEOUT(!playback.statusText().contains(QStringLiteral("Preparing")), 20000);
        // Moving the trim span changes what "as trained" means: the old buffers are dropped.
        c.requestTrimOffsets(id, 1.0, 1.0);
        QCOMPARE(playback.playheadOnClip(0), -1.0);
    }

    // Needs an audio output (skipped on machines without one, e.g. CI; a PulseAudio null sink
    // is enough: pulseaudio -n --load=module-null-sink --load=module-native-protocol-unix).
    void playsThroughTheOutput()
    {
        if (QMediaDevices::defaultAudioOutput().isNull())
            QSKIP("no audio output device");
        DatasetController c;
        c.setDataset(m_dataset);
        PlaybackController playback(&c);
        const PairId id = test::pairNamed(m_dataset, QStringLiteral("long"))->id;
        playback.setPair(id);
        playback.play(0);
        QTRY_VERIFY_WITH_TIMEOUT(playback.isPlaying(), 20000);
        QCOMPARE(playback.activeSide(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(playback.playheadOnClip(0) > 0.3, 5000);  // the playhead moves
        const double before = playback.playheadOnClip(0);
        playback.switchSideAction()->trigger();  // A/B at the same position
        QCOMPARE(playback.activeSide(), 1);
        QVERIFY(playback.isPlaying());
        const double after = playback.playheadOnClip(1);
        QVERIFY2(after >= before && after < before + 0.2, qPrintable(QStringLiteral("%1 → %2").arg(before).arg(after)));
        QTRY_VERIFY_WITH_TIMEOUT(playback.playheadOnClip(1) > after + 0.1, 5000);
        playback.playPauseAction()->trigger();
        QVERIFY(!playback.isPlaying());
        const double paused = playback.playheadOnClip(1);
        QTest::qWait(200);
        QCOMPARE(playback.playheadOnClip(1), paused);
        // "As trained" starts at the trim offset of the clip's own timeline.
        c.requestTrimOffsets(id, 2.0, 2.0);
        playback.asTrainedAction()->setChecked(true);
        playback.play(0);
        QTRY_VERIFY_WITH_TIMEOUT(playback.isPlaying(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(playback.playheadOnClip(0) > 2.1, 5000);
        QVERIFY(playback.playheadOnClip(0) < 7.0);
        playback.playPauseAction()->trigger();
    }
};

A2A_UI_TEST_MAIN(TestUiPlayback)
#include "test_ui_playback.moc"
