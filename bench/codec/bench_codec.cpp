// bench/codec: round-trip quality of the codecs on speech (espeak-ng), music (FluidSynth) and
// pink noise: log-spectral distance (dB) and log-mel distance, decoded with the clip's own phase
// (what "play as trained" does) and blind; and, for the radio transform, the ceiling of the
// held-out ratio: the true target encoded, then decoded from the reference.

#include "audio/QtMediaReader.h"
#include "model/AudioCodec.h"
#include "model/AudioMetrics.h"
#include "samples/AudioEffects.h"
#include "samples/SampleDatasetMaker.h"
#include "util/QuietQtLogs.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace a2a;

namespace {

AudioBuffer stereo(const std::vector<float> &mono, int rate)
{
    AudioBuffer b;
    b.sampleRate = rate;
    b.channels = 2;
    for (float v : mono)
        b.samples.insert(b.samples.end(), {v, v});
    return b;
}

}  // namespace

int main(int argc, char **argv)
{
    selectFfmpegMediaBackend();
    installQuietQtMessageHandler();
    QCoreApplication app(argc, argv);
    const int rate = 16000;
    QString error;
    fx::Rng rng(5);
    std::vector<std::pair<QString, std::vector<float>>> clips;
    clips.emplace_back(QStringLiteral("speech (en-us)"), speak(QStringLiteral("the morning train arrives at seven and every window shows a river under grey clouds"),
                                                              QStringLiteral("en-us"), 150, 50, rate, 5.0, &error));
    clips.emplace_back(QStringLiteral("speech (de, f)"), speak(QStringLiteral("der Zug kommt um sieben und jedes Fenster zeigt einen Fluss unter grauen Wolken"),
                                                              QStringLiteral("de+f3"), 140, 60, rate, 5.0, &error));
    SampleOptions music;
    music.kind = QStringLiteral("timbre");
    std::vector<float> noise(size_t(5 * rate), 0.f);
    fx::addNoise(noise, 0.2, true, rng);
    clips.emplace_back(QStringLiteral("pink noise"), noise);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "cannot make speech: %s\n", qPrintable(error));
        return 1;
    }
    // Music: a chord progression of plucked harmonics (FluidSynth-free, so the bench always runs).
    std::vector<float> chords(size_t(5 * rate), 0.f);
    for (int n = 0; n < 10; ++n)
        for (int h = 1; h <= 6; ++h)
            for (int k = 0; k < rate / 2; ++k) {
                const double f0 = 196.0 * std::pow(2.0, (n % 5) * 3 / 12.0), t = double(k) / rate;
                chords[size_t(n * rate / 2 + k)] += float(0.15 / h * std::exp(-3 * t) * std::sin(2 * M_PI * f0 * h * t));
            }
    clips.emplace_back(QStringLiteral("plucked chords"), chords);

    std::printf("| codec | clip | LSD dB (own phase) | log-mel (own phase) | LSD dB (blind) | encode+decode ms |\n|---|---|---|---|---|---|\n");
    for (const auto &codec : {makeEnvelopeCodec(), makeMelCodec()}) {
        for (const auto &[name, mono] : clips) {
            const AudioBuffer clip = stereo(mono, rate);
            QElapsedTimer t;
            t.start();
            const auto tokens = codec->encode(clip);
            const AudioBuffer own = codec->decode(tokens, &clip, clip.frames());
            const double ms = t.nsecsElapsed() / 1e6;
            const AudioBuffer blind = codec->decode(tokens, nullptr, clip.frames());
            std::printf("| %s | %s | %.2f | %.3f | %.2f | %.0f |\n", qPrintable(codec->name().section(QLatin1Char('/'), 0, 1)), qPrintable(name),
                        logSpectralDistance(clip, own), logMelDistance(clip, own), logSpectralDistance(clip, blind), ms);
        }
    }
    // Ceiling of the held-out ratio for the radio transform: encode the true target, decode from the reference.
    std::printf("\nradio transform, held-out ratio ceiling (true target tokens decoded from the reference):\n");
    for (const auto &codec : {makeEnvelopeCodec(), makeMelCodec()}) {
        double sum = 0;
        for (int i = 0; i < 2; ++i) {
            std::vector<float> tgt = clips[size_t(i)].second;
            fx::vintageRadio(tgt, rate, rng);
            std::vector<float> ref = clips[size_t(i)].second;
            fx::normalizePeak(ref, 0.891);
            const AudioBuffer r = stereo(ref, rate), g = stereo(tgt, rate);
            const AudioBuffer decoded = codec->decode(codec->encode(g), &r, g.frames());
            sum += logMelDistance(decoded, g) / logMelDistance(r, g);
        }
        std::printf("  %s: %.3f\n", qPrintable(codec->name()), sum / 2);
    }
    return 0;
}
