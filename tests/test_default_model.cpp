// The embedded default model: the shipped weights load as an LTX-2.3-layout base with its codec,
// and the base alone produces audio (not silence, not noise) that follows the reference.

#include "support/TestMain.h"
#include "support/TestSignals.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioFileWriter.h"
#include "model/AudioMetrics.h"
#include "model/BaseModelLoader.h"
#include "model/DefaultBaseModel.h"
#include "samples/SampleDatasetMaker.h"
#include "training/Inference.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace a2a;

class TestDefaultModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base;

private Q_SLOTS:
    void initTestCase()
    {
        m_base = defaultBaseModelPath();
        QVERIFY2(!m_base.isEmpty(), "resources/default-base.safetensors is missing");
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng is not installed (scripts/setup.sh installs it)");
    }

    void shippedWeightsLoad()
    {
        QVERIFY(QFileInfo(m_base).size() <= 25 * 1024 * 1024);
        BaseModelLoadResult r = loadBaseModel(m_base);
        QVERIFY2(r.model, qPrintable(r.error));
        QVERIFY(r.metadata.value(QStringLiteral("a2a_codec")).startsWith(QStringLiteral("env/")));
        QVERIFY(r.metadata.contains(QStringLiteral("a2a_pretraining")));
        QCOMPARE(r.model->config().inChannels, 128);
        for (const auto &p : r.model->module().parameters())
            QVERIFY(torch::isfinite(p).all().item<bool>());
    }

    void baseAloneMakesAudioThatFollowsTheReference()
    {
        QString error;
        const std::vector<float> speech = speak(QStringLiteral("a quiet voice reads the evening news about the weather"), QStringLiteral("en-gb+f3"), 150, 50,
                                                16000, 5.0, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        AudioBuffer ref;
        ref.sampleRate = 16000;
        ref.channels = 1;
        ref.samples = speech;
        const QString refPath = m_dir.filePath(QStringLiteral("ref.wav"));
        QCOMPARE(writeAudioFile(refPath, ref), QString());
        InferenceConfig c;
        c.basePath = m_base;
        c.useLora = false;
        c.referencePath = refPath;
        c.prompt = QStringLiteral("a person speaking");
        c.steps = 10;
        const InferenceResult r = runInference(c);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.audio.frames(), int64_t(80000));
        const double level = 20 * std::log10(std::sqrt(std::inner_product(r.audio.samples.begin(), r.audio.samples.end(), r.audio.samples.begin(), 0.0) / r.audio.samples.size()) + 1e-12);
        QVERIFY2(level > -40.0, qPrintable(QStringLiteral("output level %1 dBFS").arg(level)));
        // Closer to the reference than white noise of the same level is.
        AudioBuffer refStereo;
        refStereo.sampleRate = 16000;
        refStereo.channels = 2;
        for (float v : speech)
            refStereo.samples.insert(refStereo.samples.end(), {v, v});
        const AudioBuffer noise = test::noise(16000, 2, 5.0, 0.3f, 5);
        const double toOutput = logMelDistance(r.audio, refStereo), toNoise = logMelDistance(noise, refStereo);
        qInfo("log-mel distance to the reference: base output %.3f, white noise %.3f", toOutput, toNoise);
        QVERIFY(toOutput < 0.6 * toNoise);
    }
};

A2A_TEST_MAIN(TestDefaultModel)
#include "test_default_model.moc"
