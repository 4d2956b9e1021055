// "Try it" on the tiny conformance base with a LoRA from a short tiny training run: the prompt is
// prefilled with the trigger phrase and the caption style; Generate makes the LoRA's output and,
// same seed, the base alone, both as long as the reference, different from each other, on a
// worker while the event loop never stalls (< 100 ms); Save writes a readable WAV; Cancel stops;
// a missing LoRA is explained; setLoraFile() (the training page's hook) is remembered.

#include "UiTestSupport.h"
#include "support/EventLoopStallProbe.h"

#include "DatasetController.h"
#include "controllers/InferenceController.h"
#include "dataset/DatasetIngestor.h"
#include "views/ClipPicker.h"
#include "views/TryItPanel.h"

#include "audio/AudioDecoder.h"
#include "support/TestSignals.h"
#include "training/TrainingJob.h"

#include <QElapsedTimer>
#include <QMediaDevices>
#include <QAudioDevice>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <cmath>

using namespace a2a;

namespace {

const QString kTinyBase = QStringLiteral(A2A_TEST_DATA_DIR "/conformance/tiny_base.safetensors");


double maxDifference(const AudioBuffer &a, const AudioBuffer &b)
{
    double worst = 0.0;
    for (size_t i = 0; i < std::min(a.samples.size(), b.samples.size()); ++i)
        worst = std::max(worst, double(std::fabs(a.samples[i] - b.samples[i])));
    return worst;
}

}  // namespace

class TestUiTryIt : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CuratedDataset m_dataset;
    QString m_lora;
    QString m_reference;
    static constexpr double kReferenceSeconds = 2.3;  // longer than the 1 s bucket: several windows

    void configure(TryItPanel &panel)
    {
        panel.setBasePath(kTinyBase);
        panel.setInferenceSteps(2);
        panel.setLoraFile(m_lora);
        panel.setReferencePath(m_reference);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QList<test::PairSpec> pairs;
        for (int i = 0; i < 5; ++i)
            pairs.append({QStringLiteral("hiss%1").arg(i), 1.5, 1.5, QStringLiteral("soft hiss")});
        const QString zip = m_dir.filePath(QStringLiteral("tiny.zip"));
        QVERIFY(test::writeDatasetZip(zip, pairs));
        m_dataset = ingestDataset(zip, IngestOptions{}, {}).dataset;
        QCOMPARE(m_dataset.pairs.size(), 5);

        // A LoRA from the shortest run the service allows, on the tiny base (a second or two).
        TrainingJobConfig c;
        c.request.numberOfSteps = 100;
        c.request.rank = 8;
        c.request.learningRate = 5e-3;
        c.request.audioDurationSeconds = 1.0;
        c.request.triggerPhrase = QStringLiteral("n0ise");
        c.outputDir = m_dir.filePath(QStringLiteral("run"));
        c.basePath = kTinyBase;
        c.checkpointInterval = 100;
        c.validationInterval = 100;
        c.validationSteps = 1;
        c.cfgScale = 1.0;
        c.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        QElapsedTimer clock;
        clock.start();
        const TrainingResult result = runTrainingJob(m_dataset, c, {});
        QVERIFY2(result.outcome == TrainingOutcome::Finished, qPrintable(result.error));
        qInfo("tiny LoRA trained in %lld ms", clock.elapsed());
        m_lora = result.loraFile;

        m_reference = m_dir.filePath(QStringLiteral("reference.wav"));
        AudioBuffer ref = test::sine(16000, 1, kReferenceSeconds, 330.0, 0.4f);
        const AudioBuffer hiss = test::noise(16000, 1, kReferenceSeconds, 0.1f, 7);
        for (size_t i = 0; i < ref.samples.size(); ++i)
            ref.samples[i] += hiss.samples[i];
        QVERIFY(test::writeClip(m_reference, ref));
    }

    void promptFollowsTheTriggerAndCaptionStyle()
    {
        DatasetController dataset;
        TryItPanel panel(&dataset);
        dataset.setDataset(m_dataset);
        dataset.requestTriggerPhrase(QStringLiteral("n0ise"));
        QCOMPARE(panel.prompt(), QStringLiteral("n0ise soft hiss"));
        // Once the user writes their own prompt it stays.
        panel.setPrompt(QStringLiteral("n0ise a louder hiss"));
        dataset.requestTriggerPhrase(QStringLiteral("other"));
        QCOMPARE(panel.prompt(), QStringLiteral("n0ise a louder hiss"));
    }

    void generatesWithAndWithoutTheLoraWithoutStalling()
    {
        DatasetController dataset;
        dataset.setDataset(m_dataset);
        TryItPanel panel(&dataset);
        configure(panel);
        panel.setPrompt(QStringLiteral("n0ise soft hiss"));
        QSignalSpy finished(panel.controller(), &InferenceController::finished);
        QSignalSpy failed(panel.controller(), &InferenceController::failed);
        QSignalSpy progress(panel.controller(), &InferenceController::progress);
        test::EventLoopStallProbe probe;
        QElapsedTimer clock;
        clock.start();
        panel.generateButton()->click();
        QVERIFY(clock.elapsed() < 100);
        QVERIFY(panel.controller()->isBusy());
        QVERIFY(!panel.generateButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 60000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
        QTest::qWait(100);
        const qint64 worst = probe.worst();
        qInfo("try it: %lld ms, %lld progress reports, worst event-loop gap %lld ms", clock.elapsed(), qlonglong(progress.count()), worst);
        QVERIFY(progress.count() > 0);

        QVERIFY(panel.hasOutputs());
        const TryItOutputs &out = panel.outputs();
        QVERIFY(out.windows >= 3);
        const int rate = out.withLora.sampleRate;
        QVERIFY(rate > 0);
        QCOMPARE(out.withLora.frames(), qint64(std::llround(kReferenceSeconds * rate)));
        QCOMPARE(out.baseAlone.frames(), out.withLora.frames());
        const double diff = maxDifference(out.withLora, out.baseAlone);
        qInfo("largest sample difference with and without the LoRA: %.4f", diff);
        QVERIFY(diff > 1e-3);
        QVERIFY(peakLevel(out.withLora) > 0.01f);
        // Ready to listen: the three clips in the player's format, the reference included.
        for (int i = 0; i < 3; ++i) {
            QVERIFY(out.frames[i] > 0);
            QCOMPARE(out.pcm[i].size(), qsizetype(out.frames[i] * out.format.bytesPerFrame()));
        }
        QVERIFY(std::abs(out.frames[2] - kReferenceSeconds * out.format.sampleRate) <= 1);
        QVERIFY(panel.statusText().startsWith(QStringLiteral("Done")));
        QVERIFY(panel.generateButton()->isEnabled());

        // Same seed, same output: the base alone is a fair baseline.
        QString error;
        std::atomic<bool> cancel{false};
        InferenceConfig again = out.config;
        const TryItOutputs second = runTryIt(again, out.format, cancel, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(maxDifference(second.baseAlone, out.baseAlone), 0.0);

        // Save as WAV: a readable file of the same length.
        const QString path = m_dir.filePath(QStringLiteral("out/with-lora.wav"));
        QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
        QCOMPARE(panel.saveOutput(TryItPanel::Clip::WithLora, path), QString());
        const DecodeResult saved = decodeAudioFile(path, DecodeOptions{});
        QVERIFY(saved.ok());
        QCOMPARE(saved.audio.frames(), out.withLora.frames());
        QCOMPARE(saved.audio.sampleRate, rate);
        QVERIFY(maxDifference(saved.audio, out.withLora) < 1e-3);  // 16-bit
        QVERIFY(QDir(m_dir.filePath(QStringLiteral("out"))).entryList(QDir::Files).size() == 1);  // no temp file left
        QVERIFY(!panel.saveOutput(TryItPanel::Clip::WithLora, m_dir.filePath(QStringLiteral("no/such/dir/x.wav"))).isEmpty());
        QVERIFY(panel.statusText().contains(QStringLiteral("Cannot save")));

        QVERIFY2(worst < 100, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worst)));

        // Listening, where an audio output exists: any of the three, switching at the same moment.
        if (QMediaDevices::defaultAudioOutput().isNull()) {
            qInfo("no audio output: playback not exercised");
            return;
        }
        QSignalSpy started(&panel, &TryItPanel::playbackStarted);
        panel.play(TryItPanel::Clip::WithLora);
        QVERIFY(panel.isPlaying());
        QCOMPARE(panel.playingClip(), TryItPanel::Clip::WithLora);
        QCOMPARE(started.count(), 1);
        QTest::qWait(150);
        panel.play(TryItPanel::Clip::Reference);
        QVERIFY(panel.isPlaying());
        QCOMPARE(panel.playingClip(), TryItPanel::Clip::Reference);
        panel.switchAB();
        QCOMPARE(panel.playingClip(), TryItPanel::Clip::WithLora);
        panel.play(TryItPanel::Clip::BaseAlone);
        QCOMPARE(panel.playingClip(), TryItPanel::Clip::BaseAlone);
        panel.switchAB();
        QCOMPARE(panel.playingClip(), TryItPanel::Clip::WithLora);
        panel.switchAB();
        QCOMPARE(panel.playingClip(), TryItPanel::Clip::BaseAlone);  // the last clip compared
        panel.pause();
        QVERIFY(!panel.isPlaying());
    }

    void cancelStopsTheJob()
    {
        DatasetController dataset;
        TryItPanel panel(&dataset);
        configure(panel);
        panel.setInferenceSteps(30);
        QSignalSpy cancelled(panel.controller(), &InferenceController::cancelled);
        QSignalSpy finished(panel.controller(), &InferenceController::finished);
        panel.generate();
        QVERIFY(panel.controller()->isBusy());
        panel.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 20000);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!panel.controller()->isBusy());
        QVERIFY(!panel.hasOutputs());
        QCOMPARE(panel.statusText(), QStringLiteral("Cancelled"));
    }

    void missingInputsAreExplained()
    {
        DatasetController dataset;
        TryItPanel panel(&dataset);
        configure(panel);
        panel.setLoraFile(QString());
        panel.generate();
        QVERIFY(!panel.controller()->isBusy());
        QVERIFY(panel.statusText().contains(QStringLiteral("Choose a LoRA file")));
        panel.setLoraFile(m_dir.filePath(QStringLiteral("gone.safetensors")));
        panel.generate();
        QVERIFY(panel.statusText().contains(QStringLiteral("gone.safetensors")));
        panel.setLoraFile(m_lora);
        panel.setReferencePath(QString());
        panel.generate();
        QVERIFY(panel.statusText().contains(QStringLiteral("Choose a reference clip")));
        QVERIFY(!panel.controller()->isBusy());
    }

    void theLoraFileSetByAnotherComponentIsRemembered()
    {
        {
            DatasetController dataset;
            TryItPanel panel(&dataset);
            QMetaObject::invokeMethod(&panel, "setLoraFile", Q_ARG(QString, m_lora));  // a public slot
            QCOMPARE(panel.loraFile(), m_lora);
        }
        DatasetController dataset;
        TryItPanel later(&dataset);
        QCOMPARE(later.loraFile(), m_lora);

        // Without a usable choice, the newest finished run's LoRA is the default; a choice stays.
        QVERIFY(!later.useLatestRunIn(m_dir.path()));
        later.setLoraFile(m_dir.filePath(QStringLiteral("deleted.safetensors")));
        QVERIFY(later.useLatestRunIn(m_dir.path()));
        QCOMPARE(later.loraFile(), m_lora);
    }
};

A2A_UI_TEST_MAIN(TestUiTryIt)
#include "test_ui_tryit.moc"
