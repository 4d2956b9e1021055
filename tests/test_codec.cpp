// The codec seam and the text encoder: token counts at the LTX-2.3 rate, round trips that keep
// the spectral envelope, and trigger words the encoder never saw getting distinct, stable codes.

#include "support/TestMain.h"
#include "support/TestSignals.h"

#include "model/AudioCodec.h"
#include "model/TextEncoder.h"

using namespace a2a;

namespace {

double logMelDistance(const AudioCodec &codec, const AudioBuffer &a, const AudioBuffer &b)
{
    return (codec.encode(a) - codec.encode(b)).abs().mean().item<double>();
}

}  // namespace

class TestCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenCountsFollowLtx()
    {
        const auto codec = makeMelCodec();
        QCOMPARE(codec->tokenWidth(), 128);
        for (double seconds : {1.0, 2.5, 5.0, 4.708333}) {
            const AudioBuffer clip = test::noise(16000, 2, seconds);
            const auto tokens = codec->encode(clip);
            QCOMPARE(tokens.size(0), AudioCodec::tokensForSeconds(seconds));
            QCOMPARE(tokens.size(1), int64_t(128));
        }
        QCOMPARE(AudioCodec::tokensForSeconds(5.0), int64_t(126));
    }

    void roundTripKeepsTheEnvelope()
    {
        const auto codec = makeMelCodec();
        AudioBuffer tone = test::sine(16000, 2, 2.0, 440.0, 0.4f);
        const AudioBuffer noise = test::noise(16000, 2, 2.0, 0.05f, 3);
        for (size_t i = 0; i < tone.samples.size(); ++i)
            tone.samples[i] += noise.samples[i];
        const auto tokens = codec->encode(tone);
        const AudioBuffer blind = codec->decode(tokens);
        QCOMPARE(blind.frames(), tone.frames());
        QCOMPARE(blind.sampleRate, 16000);
        const double blindDistance = logMelDistance(*codec, tone, blind);
        const AudioBuffer guided = codec->decode(tokens, &tone);
        const double guidedDistance = logMelDistance(*codec, tone, guided);
        const double silenceDistance = logMelDistance(*codec, tone, test::sine(16000, 2, 2.0, 440.0, 0.0f));
        qInfo("log-mel distance: Griffin-Lim %.3f, with reference phase %.3f, silence %.3f", blindDistance, guidedDistance, silenceDistance);
        QVERIFY(blindDistance < 0.25 * silenceDistance);
        QVERIFY(guidedDistance <= blindDistance);
        // The tone is still the loudest thing in the decoded clip.
        std::vector<float> mono(size_t(guided.frames()));
        for (int64_t f = 0; f < guided.frames(); ++f)
            mono[size_t(f)] = guided.sample(f, 0);
        const auto spectrum = torch::fft::rfft(torch::from_blob(mono.data(), {int64_t(mono.size())}, torch::kFloat32)).abs();
        const double peakHz = spectrum.argmax().item<double>() * 16000.0 / double(mono.size());
        QVERIFY2(std::abs(peakHz - 440.0) < 5.0, qPrintable(QString::number(peakHz)));
    }

    void textEncoderIsDeterministicAndSeparatesUnseenWords()
    {
        const auto enc = makeHashingTextEncoder(HashingTextEncoderConfig{});
        const TextContext a = enc->encode(QStringLiteral("r4dio a warm voice"));
        const TextContext b = enc->encode(QStringLiteral("r4dio a warm voice"));
        QVERIFY(torch::equal(a.context, b.context));
        QCOMPARE(a.mask.sum().item<float>(), 4.f);
        QCOMPARE(a.context.sizes().vec(), (std::vector<int64_t>{32, 64}));
        // Invented triggers: distinct from each other, and from a real word.
        const auto word = [&](const QString &w) { return enc->encode(w).context[0]; };
        const auto cosine = [](const torch::Tensor &x, const torch::Tensor &y) {
            return (x * y).sum().item<double>() / (x.norm().item<double>() * y.norm().item<double>());
        };
        const QStringList triggers{QStringLiteral("r4dio"), QStringLiteral("tonech4nge"), QStringLiteral("d3noise"), QStringLiteral("radio")};
        for (int i = 0; i < triggers.size(); ++i)
            for (int j = i + 1; j < triggers.size(); ++j)
                QVERIFY2(cosine(word(triggers[i]), word(triggers[j])) < 0.9,
                         qPrintable(triggers[i] + QStringLiteral(" vs ") + triggers[j]));
        // Case and punctuation do not matter; order does.
        QVERIFY(torch::allclose(enc->encode(QStringLiteral("R4DIO, warm!")).context, enc->encode(QStringLiteral("r4dio warm")).context));
        QVERIFY(!torch::allclose(enc->encode(QStringLiteral("warm r4dio")).context, enc->encode(QStringLiteral("r4dio warm")).context));
        const TextContext empty = enc->encode(QString());
        QCOMPARE(empty.mask.sum().item<float>(), 0.f);
    }
};

A2A_TEST_MAIN(TestCodec)
#include "test_codec.moc"
