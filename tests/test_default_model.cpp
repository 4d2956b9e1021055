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

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace a2a;

class TestDefaultModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base;

    // Speaks `text` into a mono 16 kHz WAV in the test folder; the samples go to *speech.
    // peak > 0 scales the clip to that peak first (a user's level, not the model's).
    QString writeSpeech(const QString &name, const QString &text, const QString &voice, int speed, int pitch, double seconds, float peak,
                        std::vector<float> *speech)
    {
        QString error;
        *speech = speak(text, voice, speed, pitch, 16000, seconds, &error);
        if (!error.isEmpty())
            return {};
        if (peak > 0) {
            float clipPeak = 1e-6f;
            for (float v : *speech)
                clipPeak = std::max(clipPeak, std::fabs(v));
            for (float &v : *speech)
                v *= peak / clipPeak;
        }
        AudioBuffer clip;
        clip.sampleRate = 16000;
        clip.channels = 1;
        clip.samples = *speech;
        const QString path = m_dir.filePath(name);
        return writeAudioFile(path, clip).isEmpty() ? path : QString();
    }

    // The base alone (no LoRA) on a clip, as `a2a-train infer --no-lora` runs it.
    InferenceConfig baseAloneOn(const QString &referencePath) const
    {
        InferenceConfig c;
        c.basePath = m_base;
        c.useLora = false;
        c.referencePath = referencePath;
        c.prompt = QStringLiteral("a person speaking");
        return c;
    }

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
        std::vector<float> speech;
        const QString refPath = writeSpeech(QStringLiteral("ref.wav"), QStringLiteral("a quiet voice reads the evening news about the weather"),
                                            QStringLiteral("en-gb+f3"), 150, 50, 5.0, 0.f, &speech);
        QVERIFY2(!refPath.isEmpty(), "espeak-ng or the WAV writer failed");
        InferenceConfig c = baseAloneOn(refPath);
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

    // A real recording has pauses of silence between phrases. The base alone must pass them
    // through as the quiet they are (and the speech at its level), not fill them with the noise
    // floor and lift that its generic transforms would: that would already sound like a noisy,
    // compressed transform at step 0, before a LoRA has learned anything.
    void baseAloneKeepsThePausesOfARecording()
    {
        std::vector<float> recording, phrase;
        std::vector<bool> paused;
        const QStringList phrases{QStringLiteral("front left"), QStringLiteral("the kitchen window"), QStringLiteral("seven")};
        for (int i = 0; i < phrases.size(); ++i) {
            QString error;
            phrase = speak(phrases[i], QStringLiteral("en-us+m3"), 150, 45, 16000, 1.2, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            while (!phrase.empty() && std::fabs(phrase.back()) < 1e-4f)
                phrase.pop_back();
            recording.insert(recording.end(), phrase.begin(), phrase.end());
            paused.insert(paused.end(), phrase.size(), false);
            recording.resize(recording.size() + 9600, 0.f);  // 0.6 s of digital silence
            paused.resize(recording.size(), true);
        }
        recording.resize(80000, 0.f);
        paused.resize(80000, true);
        AudioBuffer clip;
        clip.sampleRate = 16000;
        clip.channels = 1;
        clip.samples = recording;
        normalizePeak(clip, kNormalizedPeak);
        const QString refPath = m_dir.filePath(QStringLiteral("paused.wav"));
        QVERIFY(writeAudioFile(refPath, clip).isEmpty());
        const InferenceResult r = runInference(baseAloneOn(refPath));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.audio.frames(), int64_t(80000));

        // Level in the pauses (their first 150 ms left to a tail) against the level of the speech.
        double speechPower = 0, pausePower = 0, refSpeechPower = 0;
        int64_t speechCount = 0, pauseCount = 0, sincePhrase = 0;
        for (int64_t i = 0; i < 80000; ++i) {
            sincePhrase = paused[size_t(i)] ? sincePhrase + 1 : 0;
            const double v = r.audio.sample(i, 0);
            if (!paused[size_t(i)]) {
                speechPower += v * v;
                refSpeechPower += double(clip.samples[size_t(i)]) * clip.samples[size_t(i)];
                ++speechCount;
            } else if (sincePhrase > 2400) {
                pausePower += v * v;
                ++pauseCount;
            }
        }
        const double pauseBelowSpeechDb = 10 * std::log10(speechPower / speechCount / std::max(pausePower / pauseCount, 1e-20));
        const double speechLevelDb = 10 * std::log10(speechPower / refSpeechPower);
        const AudioBuffer reference = decodeAudioFile(refPath, [] { DecodeOptions d; d.toStereo = true; return d; }()).audio;
        const double distance = logMelDistance(r.audio, reference);
        qInfo("pauses %.1f dB below the speech, speech %+.1f dB against the reference, log-mel distance to it %.3f", pauseBelowSpeechDb,
              speechLevelDb, distance);
        QVERIFY2(pauseBelowSpeechDb > 30.0, "the base fills the pauses of a recording");
        QVERIFY2(std::fabs(speechLevelDb) < 6.0, "the base changes the level of the speech");
        QVERIFY2(distance < 1.0, "the base does not pass a paused recording through");
    }

    // DESIGN's clean-output rule for `infer` and Try it: a clip longer than the bucket comes back
    // at its own length and level, without DC, clipping, or a bump or click at window joins.
    void longClipInferenceIsClean()
    {
        std::vector<float> speech;
        const QString refPath = writeSpeech(QStringLiteral("long.wav"),
                                            QStringLiteral("the morning train was late again so we walked along the river and talked about the "
                                                           "summer holidays the old bridge and the price of bread in the market"),
                                            QStringLiteral("en-us+m3"), 140, 45, 13.0, 0.5f, &speech);
        QVERIFY2(!refPath.isEmpty(), "espeak-ng or the WAV writer failed");
        const InferenceConfig c = baseAloneOn(refPath);
        const InferenceResult r = runInference(c);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.windows, 3);
        QCOMPARE(r.audio.sampleRate, 16000);
        QCOMPARE(r.audio.frames(), int64_t(speech.size()));

        double sum[2] = {0, 0}, energy = 0, peak = 0;
        for (int64_t f = 0; f < r.audio.frames(); ++f)
            for (int ch = 0; ch < 2; ++ch) {
                const double v = r.audio.sample(f, ch);
                sum[ch] += v;
                energy += v * v;
                peak = std::max(peak, std::fabs(v));
            }
        for (double s : sum)
            QVERIFY2(std::fabs(s / r.audio.frames()) < 2e-3, qPrintable(QStringLiteral("DC offset %1").arg(s / r.audio.frames())));
        QVERIFY2(peak <= 0.98f + 1e-4, qPrintable(QStringLiteral("output peak %1: clipped").arg(peak)));
        const double refRms = std::sqrt(std::inner_product(speech.begin(), speech.end(), speech.begin(), 0.0) / speech.size());
        const double outRms = std::sqrt(energy / (2.0 * r.audio.frames()));
        qInfo("level: reference %.1f dBFS RMS, output %.1f dBFS RMS", 20 * std::log10(refRms), 20 * std::log10(outRms));
        // The base alone keeps the loudness within a few dB: it runs ~3.5 dB hot (its pretraining
        // targets, peak-normalised after mostly louder transforms, are louder than their references);
        // rescaling every output to the reference's peak, as before, made outputs 5–9 dB too quiet.
        QVERIFY(std::fabs(20 * std::log10(outRms / refRms)) < 4.5);

        // Joins: windows start at 0, 4.5 s and 8 s (5 s windows, 0.5 s overlap, the last one
        // ending at the clip's end). No sample step at a join is larger than the largest step
        // elsewhere, and the level over each overlap stays within 3 dB of the same span of the
        // reference-following output on either side.
        const auto maxStep = [&](int64_t from, int64_t to) {
            double m = 0;
            for (int64_t f = std::max<int64_t>(1, from); f < std::min(to, r.audio.frames()); ++f)
                m = std::max(m, double(std::fabs(r.audio.sample(f, 0) - r.audio.sample(f - 1, 0))));
            return m;
        };
        const double everywhere = maxStep(0, r.audio.frames());
        for (const double join : {4.5, 5.0, 8.0, 9.5}) {
            const int64_t at = int64_t(join * 16000);
            QVERIFY(maxStep(at - 160, at + 160) <= everywhere);
        }
        const auto rmsDb = [](const std::vector<float> &x, int64_t from, int64_t to, int stride, int channel) {
            double e = 0;
            for (int64_t f = from; f < to; ++f)
                e += double(x[size_t(f * stride + channel)]) * x[size_t(f * stride + channel)];
            return 10 * std::log10(e / double(to - from) + 1e-12);
        };
        for (const double join : {4.75, 8.5}) {
            const int64_t a = int64_t((join - 0.25) * 16000), b = int64_t((join + 0.25) * 16000);
            const double gain = rmsDb(r.audio.samples, a, b, 2, 0) - rmsDb(speech, a, b, 1, 0);
            const double before = rmsDb(r.audio.samples, a - 16000, a, 2, 0) - rmsDb(speech, a - 16000, a, 1, 0);
            const double after = rmsDb(r.audio.samples, b, b + 16000, 2, 0) - rmsDb(speech, b, b + 16000, 1, 0);
            qInfo("join at %.2f s: output/reference level %.1f dB, before %.1f dB, after %.1f dB", join, gain, before, after);
            QVERIFY(gain < std::max(before, after) + 3.0);
        }
    }
};

A2A_TEST_MAIN(TestDefaultModel)
#include "test_default_model.moc"
