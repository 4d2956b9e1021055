// The LTX-2.3 mel front-end: conformance with ltx-trainer's downmix + torchaudio 0.13's resampler and
// ltx-core's AudioProcessor log-mel on four clips (tests/data/ltx_audio/frontend.safetensors), and
// behaviour checks that need no fixture: resampled lengths, a resampled sine keeping its pitch and
// level, the LFE channel never reaching the stereo mix, the mel bank's shape and areas, the config
// read from the real 2.3 audio_vae section, and the trainer's trim arithmetic.

#include "support/TestMain.h"

#include "model/AudioCodec.h"
#include "model/LtxMelFrontEnd.h"
#include "model/SafetensorsFile.h"
#include "model/TensorIO.h"

#include <QJsonDocument>

#include <cmath>
#include <future>
#include <stdexcept>
#include <vector>

using namespace a2a;

namespace {

// The audio_vae section of the real LTX-2.3 checkpoint's metadata (../shared/reference/ltx23-config.json),
// copied here because CI has no ../shared.
const char *kLtx23AudioVae = R"({
  "model": {"params": {
    "ddconfig": {"double_z": true, "mel_bins": 64, "z_channels": 8, "resolution": 256,
                 "downsample_time": false, "in_channels": 2, "out_ch": 2, "ch": 128, "ch_mult": [1, 2, 4],
                 "num_res_blocks": 2, "attn_resolutions": [], "dropout": 0.0,
                 "mid_block_add_attention": false, "norm_type": "pixel", "causality_axis": "height"},
    "sampling_rate": 16000}},
  "preprocessing": {
    "audio": {"sampling_rate": 16000, "max_wav_value": 32768.0, "duration": 5.12, "stereo": true,
              "causal_padding": 3},
    "stft": {"filter_length": 1024, "hop_length": 160, "win_length": 1024, "causal": true},
    "mel": {"n_mel_channels": 64, "mel_fmin": 0, "mel_fmax": 8000}}
})";

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

double maxAbs(const torch::Tensor &a, const torch::Tensor &b)
{
    return (a - b).abs().max().item<double>();
}

torch::Tensor sine(double hz, double amplitude, int sampleRate, int64_t n)
{
    const auto t = torch::arange(n, torch::kFloat64) / double(sampleRate);
    return (amplitude * torch::sin(2.0 * M_PI * hz * t)).to(torch::kFloat32);
}

}  // namespace

class TestLtxFrontEnd : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesLtxCoreOnFixtureClips()
    {
        const QString path = QStringLiteral(A2A_TEST_DATA_DIR "/ltx_audio/frontend.safetensors");
        QString error;
        const auto file = SafetensorsFile::open(path, &error);
        QVERIFY2(file, qPrintable(QStringLiteral("fixture missing or unreadable: %1 (%2)").arg(path, error)));
        const LtxMelFrontEnd frontEnd(LtxMelConfig::ltx23());
        const QStringList clips{QStringLiteral("stereo44k"), QStringLiteral("mono22k"),
                                QStringLiteral("surround51_48k"), QStringLiteral("surround71_48k")};
        double worstWave = 0, worstMel = 0, worstChain = 0;
        for (const QString &clip : clips) {
            const torch::Tensor input = readTensor(*file, clip + QStringLiteral(".input"));
            const torch::Tensor waveform = readTensor(*file, clip + QStringLiteral(".waveform"));
            const torch::Tensor mel = readTensor(*file, clip + QStringLiteral(".mel"));
            QVERIFY2(input.defined() && waveform.defined() && mel.defined(),
                     qPrintable(QStringLiteral("%1: a tensor of clip %2 is missing").arg(path, clip)));
            bool ok = false;
            const int rate = file->metadata().value(clip + QStringLiteral(".sample_rate")).toInt(&ok);
            QVERIFY2(ok && rate > 0, qPrintable(QStringLiteral("%1: no %2.sample_rate metadata").arg(path, clip)));

            const torch::Tensor ours = frontEnd.toModelWaveform(input, rate);
            QCOMPARE(ours.sizes().vec(), waveform.sizes().vec());
            const double waveErr = maxAbs(ours, waveform);

            const torch::Tensor ourMel = frontEnd.melSpectrogram(waveform);
            QCOMPARE(ourMel.sizes().vec(), mel.sizes().vec());
            QCOMPARE(ourMel.size(2), frontEnd.config().frameCount(waveform.size(-1)));
            const double melErr = maxAbs(ourMel, mel);
            const double chainErr = maxAbs(frontEnd.melSpectrogram(ours), mel);
            qInfo("%s (%d ch, %d Hz): waveform %.3g, mel %.3g, input->mel %.3g max-abs", qPrintable(clip),
                  int(input.size(0)), rate, waveErr, melErr, chainErr);
            worstWave = std::max(worstWave, waveErr);
            worstMel = std::max(worstMel, melErr);
            worstChain = std::max(worstChain, chainErr);
        }
        QVERIFY2(worstWave < 1e-5, qPrintable(QStringLiteral("waveform max abs error %1").arg(worstWave)));
        QVERIFY2(worstMel < 1e-5, qPrintable(QStringLiteral("mel max abs error %1").arg(worstMel)));
        QVERIFY2(worstChain < 1e-5, qPrintable(QStringLiteral("input->mel max abs error %1").arg(worstChain)));
    }

    void resampledLengthIsCeilOfRatio()
    {
        struct Case {
            int orig, next;
            int64_t n, expected;  // expected lengths as torchaudio 0.13.1 returns them
        };
        const Case cases[] = {{44100, 16000, 44100, 16000}, {44100, 16000, 1000, 363}, {22050, 16000, 12345, 8958},
                              {48000, 16000, 7, 3},         {8000, 16000, 999, 1998},  {16000, 44100, 333, 918},
                              {11025, 16000, 5001, 7258}};
        for (const Case &c : cases) {
            const torch::Tensor out = torchaudioResample(torch::zeros({2, c.n}), c.orig, c.next);
            const int64_t g = std::gcd(int64_t(c.orig), int64_t(c.next));
            const int64_t formula = (int64_t(c.next / g) * c.n + c.orig / g - 1) / (c.orig / g);
            QCOMPARE(out.size(-1), c.expected);
            QCOMPARE(out.size(-1), formula);
            QCOMPARE(out.size(0), int64_t(2));
        }
        // Leading dimensions are kept and equal rates pass the input through untouched.
        QCOMPARE(torchaudioResample(torch::zeros({1, 2, 4410}), 44100, 16000).sizes().vec(),
                 (std::vector<int64_t>{1, 2, 1600}));
        const torch::Tensor same = torch::randn({2, 100});
        QVERIFY(torchaudioResample(same, 16000, 16000).is_same(same));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, torchaudioResample(same, 0, 16000));
    }

    void resampledSineKeepsFrequencyAndAmplitude()
    {
        const torch::Tensor in = sine(1000.0, 0.5, 44100, 44100).unsqueeze(0);
        const torch::Tensor out = torchaudioResample(in, 44100, 16000).squeeze(0);
        QCOMPARE(out.size(0), int64_t(16000));
        // The resampler is zero-phase (y[j] = x(j / 16000)): away from the zero-padded edges the
        // output is the same sine sampled at 16 kHz.
        const torch::Tensor ideal = sine(1000.0, 0.5, 16000, 16000);
        const auto interior = [](const torch::Tensor &t) { return t.slice(0, 400, 15600); };
        const double err = maxAbs(interior(out), interior(ideal));
        QVERIFY2(err < 2e-3, qPrintable(QStringLiteral("resampled sine differs by %1").arg(err)));
        // Amplitude and pitch from the spectrum: the peak is at 1 kHz with the sine's level.
        const torch::Tensor spectrum = torch::fft::rfft(interior(out).to(torch::kFloat64)).abs();
        const int64_t peak = spectrum.argmax().item<int64_t>();
        const double binHz = 16000.0 / double(interior(out).size(0));
        QVERIFY2(std::abs(double(peak) * binHz - 1000.0) <= binHz,
                 qPrintable(QStringLiteral("peak at %1 Hz").arg(double(peak) * binHz)));
        const double rms = interior(out).pow(2).mean().sqrt().item<double>();
        QVERIFY2(std::abs(rms - 0.5 / std::sqrt(2.0)) < 2e-3, qPrintable(QStringLiteral("rms %1").arg(rms)));
    }

    void downmixFollowsTheTrainer()
    {
        const int64_t n = 256;
        const torch::Tensor lfe = torch::randn({n});
        // Only the LFE channel carries signal: nothing reaches the stereo pair, for 5.1 and 7.1.
        for (int channels : {6, 8}) {
            torch::Tensor x = torch::zeros({channels, n});
            x[3] = lfe;
            const torch::Tensor out = ltxDownmixToStereo(x);
            QCOMPARE(out.sizes().vec(), (std::vector<int64_t>{2, n}));
            QCOMPARE(out.abs().max().item<float>(), 0.0f);
        }
        // Centre goes to both sides at 0.707 of the front channels' weight; the weights sum to 1.
        torch::Tensor x51 = torch::zeros({6, n});
        x51[2] = torch::ones({n});
        x51[0] = torch::ones({n});
        x51[4] = torch::ones({n});
        const torch::Tensor out51 = ltxDownmixToStereo(x51);
        QVERIFY(std::abs(out51[0][0].item<double>() - 1.0) < 1e-6);
        QVERIFY(std::abs(out51[1][0].item<double>() - 0.707 / 2.414) < 1e-6);
        torch::Tensor x71 = torch::zeros({8, n});
        x71[1] = torch::ones({n});
        x71[7] = torch::ones({n});
        const torch::Tensor out71 = ltxDownmixToStereo(x71);
        QVERIFY(std::abs(out71[0][0].item<double>()) < 1e-7);
        QVERIFY(std::abs(out71[1][0].item<double>() - 1.707 / 3.121) < 1e-6);
        // Mono is duplicated, stereo kept, other counts averaged and duplicated; batches keep their rank.
        const torch::Tensor mono = torch::randn({1, n});
        QVERIFY(torch::equal(ltxDownmixToStereo(mono), mono.repeat({2, 1})));
        const torch::Tensor stereo = torch::randn({2, n});
        QVERIFY(torch::equal(ltxDownmixToStereo(stereo), stereo));
        const torch::Tensor three = torch::randn({3, n});
        QVERIFY(torch::equal(ltxDownmixToStereo(three), three.mean(0, true).repeat({2, 1})));
        QCOMPARE(ltxDownmixToStereo(torch::randn({4, 6, n})).sizes().vec(), (std::vector<int64_t>{4, 2, n}));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, ltxDownmixToStereo(torch::zeros({0, n})));
        // toModelWaveform is the downmix then the resampler, with a batch of one.
        const LtxMelFrontEnd frontEnd;
        const torch::Tensor x = torch::randn({6, 4800});
        const torch::Tensor model = frontEnd.toModelWaveform(x, 48000);
        QVERIFY(torch::equal(model, torchaudioResample(ltxDownmixToStereo(x), 48000, 16000).unsqueeze(0)));
    }

    void melBankIsTheSlaneyBank()
    {
        const LtxMelFrontEnd frontEnd;
        const torch::Tensor fb = frontEnd.melBank();
        QCOMPARE(fb.sizes().vec(), (std::vector<int64_t>{513, 64}));
        QCOMPARE(fb.scalar_type(), torch::kFloat32);
        QVERIFY(fb.min().item<float>() >= 0.0f);
        // Slaney norm: every triangle has unit area in Hz (up to the 15.6 Hz bin grid), so each
        // column sums to ≈ 1 / bin width; each filter is non-empty and the centres rise with the index.
        const torch::Tensor area = fb.sum(0) * (8000.0 / 512.0);
        QVERIFY2(area.min().item<double>() > 0.98 && area.max().item<double>() < 1.025,
                 qPrintable(QStringLiteral("filter areas %1..%2").arg(area.min().item<double>())
                                .arg(area.max().item<double>())));
        QVERIFY((fb > 0).sum(0).min().item<int64_t>() >= 3);
        const torch::Tensor peaks = fb.argmax(0);
        QVERIFY((peaks.slice(0, 1) >= peaks.slice(0, 0, -1)).all().item<bool>());
        QCOMPARE(fb[0].abs().sum().item<float>(), 0.0f);  // DC is below the first triangle's peak edge
        // The same bank computed independently in double (MelCodec's), within float32 rounding.
        const torch::Tensor reference = slaneyMelFilterbank(16000, 1024, 64).t();
        QVERIFY2(maxAbs(fb, reference) < 1e-6, qPrintable(QStringLiteral("bank differs by %1").arg(maxAbs(fb, reference))));
        // The window is torch's periodic Hann.
        QCOMPARE(frontEnd.window().size(0), int64_t(1024));
        QVERIFY(std::abs(frontEnd.window()[512].item<double>() - 1.0) < 1e-7);
        QVERIFY(std::abs(frontEnd.window()[256].item<double>() - 0.5) < 1e-6);
    }

    void melSpectrogramShapeAndShortInput()
    {
        const LtxMelFrontEnd frontEnd;
        for (int64_t n : {int64_t(513), int64_t(16000), int64_t(16159), int64_t(16160)}) {
            const torch::Tensor mel = frontEnd.melSpectrogram(torch::randn({2, 2, n}) * 0.1);
            QCOMPARE(mel.sizes().vec(), (std::vector<int64_t>{2, 2, n / 160 + 1, 64}));
        }
        // Silence sits at the clamp: log(1e-5).
        const torch::Tensor silent = frontEnd.melSpectrogram(torch::zeros({1, 2, 1600}));
        QVERIFY(std::abs(silent.max().item<double>() - std::log(1e-5)) < 1e-6);
        // A 1 kHz tone peaks in the mel band whose triangle is centred nearest 1 kHz, in both channels.
        const torch::Tensor tone = sine(1000.0, 0.5, 16000, 16000).view({1, 1, -1}).repeat({1, 2, 1});
        const torch::Tensor toneMel = frontEnd.melSpectrogram(tone);
        const int64_t band = toneMel[0][0][50].argmax().item<int64_t>();
        const int64_t expectedBand = frontEnd.melBank()[64].argmax().item<int64_t>();  // 1 kHz = bin 64
        QCOMPARE(band, expectedBand);
        QVERIFY(torch::equal(toneMel[0][0], toneMel[0][1]));
        // Reflect padding needs more samples than n_fft / 2; shorter input is refused, not padded.
        QCOMPARE(frontEnd.config().minimumSamples(), int64_t(513));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, frontEnd.melSpectrogram(torch::zeros({1, 2, 512})));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, frontEnd.melSpectrogram(torch::zeros({2, 1600})));
    }

    void configFromTheRealAudioVaeSection()
    {
        LtxMelConfig config;
        config.hop = 1;
        QString error;
        QVERIFY2(LtxMelConfig::fromAudioVaeJson(parse(kLtx23AudioVae), &config, &error), qPrintable(error));
        QCOMPARE(config.sampleRate, 16000);
        QCOMPARE(config.nFft, 1024);
        QCOMPARE(config.hop, 160);
        QCOMPARE(config.melBins, 64);
        const LtxMelConfig ltx23 = LtxMelConfig::ltx23();
        QCOMPARE(ltx23.sampleRate, config.sampleRate);
        QCOMPARE(ltx23.nFft, config.nFft);
        QCOMPARE(ltx23.hop, config.hop);
        QCOMPARE(ltx23.melBins, config.melBins);

        // toJson uses the same field names, so it reads back the same.
        LtxMelConfig small{22050, 512, 128, 16};
        LtxMelConfig back;
        QVERIFY2(LtxMelConfig::fromJson(small.toJson(), &back, &error), qPrintable(error));
        QCOMPARE(back.sampleRate, 22050);
        QCOMPARE(back.nFft, 512);
        QCOMPARE(back.hop, 128);
        QCOMPARE(back.melBins, 16);

        // Absent keys take ltx-core's defaults; mel_bins falls back to preprocessing.mel.n_mel_channels.
        QVERIFY2(LtxMelConfig::fromAudioVaeJson(parse(R"({"preprocessing": {"mel": {"n_mel_channels": 32}}})"),
                                                &back, &error),
                 qPrintable(error));
        QCOMPARE(back.melBins, 32);
        QCOMPARE(back.sampleRate, 16000);
        QCOMPARE(back.hop, 160);
        QVERIFY2(LtxMelConfig::fromAudioVaeJson(
                     parse(R"({"model": {"params": {"ddconfig": {"mel_bins": 0}}}, "variables": {"mel_bins": 8}})"),
                     &back, &error),
                 qPrintable(error));
        QCOMPARE(back.melBins, 8);
    }

    void malformedConfigNamesTheKey()
    {
        struct Case {
            const char *json;
            const char *key;
        };
        const Case cases[] = {
            {R"({"model": {"params": {"ddconfig": {"mel_bins": 64}}}, "preprocessing": {"stft": {"hop_length": "160"}}})",
             "audio_vae.preprocessing.stft.hop_length"},
            {R"({"model": {"params": {"sampling_rate": 16000.5, "ddconfig": {"mel_bins": 64}}}})",
             "audio_vae.model.params.sampling_rate"},
            {R"({"model": {"params": {"ddconfig": {"mel_bins": -4}}}})", "audio_vae.model.params.ddconfig.mel_bins"},
            {R"({"model": {"params": {"ddconfig": {"mel_bins": 64}}}, "preprocessing": []})",
             "audio_vae.preprocessing"},
            {R"({"model": {"params": {"ddconfig": {}}}})", "mel_bins"},
            {R"({"model": {"params": {"ddconfig": {"mel_bins": 64}}}, "preprocessing": {"stft": {"filter_length": 1023}}})",
             "audio_vae.preprocessing.stft.filter_length"},
        };
        for (const Case &c : cases) {
            LtxMelConfig config;
            QString error;
            QVERIFY2(!LtxMelConfig::fromAudioVaeJson(parse(c.json), &config, &error), c.json);
            QVERIFY2(error.contains(QLatin1String(c.key)), qPrintable(error));
            QCOMPARE(config.hop, 160);  // *out untouched on failure
        }
    }

    void trimMatchesTheTrainersArithmetic()
    {
        // int(N / sr * sr) in doubles drops one sample for these lengths, as the trainer does.
        QCOMPARE(ltxTrainerTrimFrames(15, 44100), int64_t(14));
        QCOMPARE(ltxTrainerTrimFrames(220501, 44100), int64_t(220500));
        QCOMPARE(ltxTrainerTrimFrames(27, 48000), int64_t(26));
        QCOMPARE(ltxTrainerTrimFrames(1001, 16000), int64_t(1000));
        QCOMPARE(ltxTrainerTrimFrames(220500, 44100), int64_t(220500));
        QCOMPARE(ltxTrainerTrimFrames(16000, 16000), int64_t(16000));
        // A bucket or max duration: int(duration * sr), itself short by one where the product rounds down.
        QCOMPARE(ltxTrainerTrimFrames(1000000, 44100, 5.12), int64_t(225792));
        QCOMPARE(ltxTrainerTrimFrames(1000000, 44100, 2.3), int64_t(101429));
        QCOMPARE(ltxTrainerTrimFrames(1000000, 48000, 0.29), int64_t(13919));
        QCOMPARE(ltxTrainerTrimFrames(1000000, 22050, 0.7), int64_t(15434));
        // A cap longer than the file keeps the file's own (possibly one-short) length.
        QCOMPARE(ltxTrainerTrimFrames(220501, 44100, 60.0), int64_t(220500));
        QCOMPARE(ltxTrainerTrimFrames(0, 44100), int64_t(0));
    }

    void resamplingIsThreadSafe()
    {
        // Several threads asking for the same, not yet cached, ratio at once get identical results.
        const torch::Tensor x = torch::randn({2, 9000});
        std::vector<std::future<torch::Tensor>> jobs;
        for (int i = 0; i < 6; ++i)
            jobs.push_back(std::async(std::launch::async, [&x] { return torchaudioResample(x, 37800, 16000); }));
        std::vector<torch::Tensor> results;
        for (auto &job : jobs)
            results.push_back(job.get());
        for (const torch::Tensor &r : results)
            QVERIFY(torch::equal(r, results.front()));
        QCOMPARE(results.front().size(-1), int64_t((9000 * 80 + 188) / 189));
    }
};

A2A_TEST_MAIN(TestLtxFrontEnd)
#include "test_ltx_frontend.moc"
