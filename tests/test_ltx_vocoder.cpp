// LtxVocoder (LTX-2.3 BigVGAN-v2 vocoder + bandwidth extension) against ltx-core's VocoderWithBWE outputs in
// tests/data/ltx_audio, plus the real 2.3 layout, config parsing and output lengths.

#include "model/LtxVocoder.h"
#include "model/SafetensorsFile.h"
#include "model/TensorIO.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace a2a;

namespace {

const QString kDataDir = QStringLiteral(A2A_TEST_DATA_DIR "/ltx_audio");

double maxAbs(const torch::Tensor &a, const torch::Tensor &b) { return (a - b).abs().max().item<double>(); }

// Small but structurally complete: 2 upsampling stages with 2 resblocks each (dilations 1,3,5 / 1,2,3),
// a BWE generator whose upsampling (12) equals ratio 3 × hop 4, and 64 mels as the conv_pre needs.
LtxVocoderConfig tinyConfig()
{
    LtxVocoderConfig c;
    c.vocoder.upsampleInitialChannel = 16;
    c.vocoder.upsampleRates = {2, 3};
    c.vocoder.upsampleKernelSizes = {4, 7};
    c.vocoder.resblockKernelSizes = {3, 5};
    c.vocoder.resblockDilationSizes = {{1, 3, 5}, {1, 2, 3}};
    c.bwe.upsampleInitialChannel = 8;
    c.bwe.upsampleRates = {6, 2};
    c.bwe.upsampleKernelSizes = {12, 4};
    c.bwe.resblockKernelSizes = {3};
    c.bwe.resblockDilationSizes = {{1, 3, 5}};
    c.bweHop = 4;
    c.bweNfft = 8;
    return c;
}

// Names the real checkpoint stores for one generator, enumerated independently of the module tree.
QSet<QString> generatorKeys(const QString &prefix, int stages, int kernels, bool finalBias)
{
    QSet<QString> keys{prefix + "conv_pre.weight", prefix + "conv_pre.bias", prefix + "conv_post.weight"};
    if (finalBias)
        keys << prefix + "conv_post.bias";
    auto act = [&](const QString &p) { keys << p + "act.alpha" << p + "act.beta" << p + "upsample.filter" << p + "downsample.lowpass.filter"; };
    for (int i = 0; i < stages; ++i)
        keys << QStringLiteral("%1ups.%2.weight").arg(prefix).arg(i) << QStringLiteral("%1ups.%2.bias").arg(prefix).arg(i);
    for (int r = 0; r < stages * kernels; ++r)
        for (int j = 0; j < 3; ++j) {
            for (const char *conv : {"convs1", "convs2"})
                keys << QStringLiteral("%1resblocks.%2.%3.%4.weight").arg(prefix).arg(r).arg(conv).arg(j)
                     << QStringLiteral("%1resblocks.%2.%3.%4.bias").arg(prefix).arg(r).arg(conv).arg(j);
            for (const char *a : {"acts1", "acts2"})
                act(QStringLiteral("%1resblocks.%2.%3.%4.").arg(prefix).arg(r).arg(a).arg(j));
        }
    act(prefix + "act_post.");
    return keys;
}

QString shapeOf(const torch::Tensor &t)
{
    QStringList s;
    for (int64_t d : t.sizes())
        s << QString::number(d);
    return s.join(QLatin1Char(','));
}

}  // namespace

class TestLtxVocoder : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SafetensorsFile> openData(const QString &name, QString *path)
    {
        *path = kDataDir + QLatin1Char('/') + name;
        QString error;
        auto f = SafetensorsFile::open(*path, &error);
        if (!f)
            *path += QStringLiteral(" (") + error + QLatin1Char(')');
        return f;
    }

    // The fixture model: config from tiny_audio_base's __metadata__["config"]["vocoder"], weights loaded.
    std::unique_ptr<LtxVocoder> fixtureModel(QString *error)
    {
        QString path;
        auto base = openData(QStringLiteral("tiny_audio_base.safetensors"), &path);
        if (!base) {
            *error = QStringLiteral("fixture missing or unreadable: ") + path;
            return nullptr;
        }
        const QJsonObject root = QJsonDocument::fromJson(base->metadata().value(QStringLiteral("config")).toUtf8()).object();
        LtxVocoderConfig config;
        if (!LtxVocoderConfig::fromJson(root.value(QStringLiteral("vocoder")).toObject(), &config, error))
            return nullptr;
        auto model = std::make_unique<LtxVocoder>(config);
        *error = model->load(*base);
        return error->isEmpty() ? std::move(model) : nullptr;
    }

private Q_SLOTS:
    void ltx23ConfigMatchesTheCheckpoint()
    {
        const LtxVocoderConfig c = LtxVocoderConfig::ltx23();
        QCOMPARE(c.stageUpsampling(), 160);
        QCOMPARE(c.bweRatio(), 3);
        // The real metadata's "vocoder" section (ltx23-config.json), key for key.
        const QByteArray real = R"({"vocoder": {"upsample_initial_channel": 1536, "resblock": "AMP1", "upsample_rates": [5,2,2,2,2,2],
            "resblock_kernel_sizes": [3,7,11], "upsample_kernel_sizes": [11,4,4,4,4,4],
            "resblock_dilation_sizes": [[1,3,5],[1,3,5],[1,3,5]], "stereo": true, "use_tanh_at_final": false,
            "activation": "snakebeta", "use_bias_at_final": false},
          "bwe": {"upsample_initial_channel": 512, "resblock": "AMP1", "upsample_rates": [6,5,2,2,2],
            "resblock_kernel_sizes": [3,7,11], "upsample_kernel_sizes": [12,11,4,4,4],
            "resblock_dilation_sizes": [[1,3,5],[1,3,5],[1,3,5]], "stereo": true, "use_tanh_at_final": false,
            "activation": "snakebeta", "use_bias_at_final": false, "apply_final_activation": false,
            "input_sampling_rate": 16000, "output_sampling_rate": 48000, "hop_length": 80, "n_fft": 512,
            "win_size": 512, "num_mels": 64}})";
        const QJsonObject realJson = QJsonDocument::fromJson(real).object();
        QCOMPARE(c.toJson(), realJson);
        LtxVocoderConfig parsed;
        QString error;
        QVERIFY2(LtxVocoderConfig::fromJson(realJson, &parsed, &error), qPrintable(error));
        QCOMPARE(parsed.toJson(), realJson);
    }

    void configErrorsNameTheKey()
    {
        const QJsonObject good = LtxVocoderConfig::ltx23().toJson();
        auto edit = [&](const QString &stage, const QString &key, const QJsonValue &value) {
            QJsonObject root = good, s = root.value(stage).toObject();
            if (value.isUndefined())
                s.remove(key);
            else
                s.insert(key, value);
            root.insert(stage, s);
            return root;
        };
        const struct {
            QJsonObject json;
            const char *expect;
        } cases[] = {
            {edit("vocoder", "resblock", "1"), "vocoder.vocoder.resblock"},
            {edit("vocoder", "resblock", QJsonValue::Undefined), "vocoder.vocoder.resblock"},
            {edit("bwe", "activation", "snake"), "vocoder.bwe.activation"},
            {edit("bwe", "stereo", false), "vocoder.bwe.stereo"},
            {edit("vocoder", "stereo", QJsonValue::Undefined), "vocoder.vocoder.stereo"},
            {edit("bwe", "hop_length", QJsonValue::Undefined), "vocoder.bwe.hop_length"},
            {edit("bwe", "num_mels", 80), "vocoder.bwe.num_mels"},
            {edit("bwe", "output_sampling_rate", 44100), "vocoder.bwe.output_sampling_rate"},
            {edit("vocoder", "upsample_rates", QJsonArray{5, 2}), "vocoder.vocoder.upsample_rates"},
            {edit("vocoder", "upsample_kernel_sizes", QJsonArray{11, 4, 4, 4, 4, 1}), "vocoder.vocoder.upsample_kernel_sizes"},
            {edit("vocoder", "resblock_dilation_sizes", QJsonArray{QJsonArray{1, 3}, QJsonArray{1, 3, 5}, QJsonArray{1, 3, 5}}),
             "vocoder.vocoder.resblock_dilation_sizes"},
            {edit("vocoder", "upsample_initial_channel", "big"), "vocoder.vocoder.upsample_initial_channel"},
        };
        for (const auto &c : cases) {
            LtxVocoderConfig out;
            QString error;
            QVERIFY2(!LtxVocoderConfig::fromJson(c.json, &out, &error), c.expect);
            QVERIFY2(error.contains(QLatin1String(c.expect)), qPrintable(error + QStringLiteral(" / expected: ") + c.expect));
        }
        QJsonObject noBwe = good;
        noBwe.remove(QStringLiteral("bwe"));
        LtxVocoderConfig out;
        QString error;
        QVERIFY(!LtxVocoderConfig::fromJson(noBwe, &out, &error));
        QVERIFY2(error.contains(QLatin1String("vocoder.bwe")), qPrintable(error));
        // Absent optional keys take ltx-core's defaults, not 2.3's values.
        QVERIFY2(LtxVocoderConfig::fromJson(edit("vocoder", "use_tanh_at_final", QJsonValue::Undefined), &out, &error), qPrintable(error));
        QVERIFY(out.vocoder.useTanhAtFinal);
        QVERIFY2(LtxVocoderConfig::fromJson(edit("bwe", "upsample_rates", QJsonValue::Undefined), &out, &error), qPrintable(error));
        QCOMPARE(out.bwe.upsampleRates, (std::vector<int>{6, 5, 2, 2, 2}));
    }

    void realLayoutOnMetaDevice()
    {
        LtxVocoder model(LtxVocoderConfig::ltx23(), torch::TensorOptions().device(torch::kMeta));
        const NamedTensors tensors = model.checkpointTensors();
        QMap<QString, torch::Tensor> byName;
        int voc = 0, bwe = 0, mel = 0;
        for (const auto &[name, t] : tensors) {
            QVERIFY2(!byName.contains(name), qPrintable(name));
            QVERIFY(t.device().is_meta());
            byName.insert(name, t);
            voc += name.startsWith(QLatin1String("vocoder.vocoder."));
            bwe += name.startsWith(QLatin1String("vocoder.bwe_generator."));
            mel += name.startsWith(QLatin1String("vocoder.mel_stft."));
        }
        // Counts of the real manifest (ltx23-audio-keys.tsv).
        QCOMPARE(voc, 667);
        QCOMPARE(bwe, 557);
        QCOMPARE(mel, 3);
        QCOMPARE(int(tensors.size()), 1227);
        QSet<QString> expected = generatorKeys(QStringLiteral("vocoder.vocoder."), 6, 3, false)
                                 + generatorKeys(QStringLiteral("vocoder.bwe_generator."), 5, 3, false);
        expected << "vocoder.mel_stft.mel_basis" << "vocoder.mel_stft.stft_fn.forward_basis" << "vocoder.mel_stft.stft_fn.inverse_basis";
        const QList<QString> names = byName.keys();
        QCOMPARE(QSet<QString>(names.begin(), names.end()), expected);
        // Shapes spot-checked against the manifest.
        const struct {
            const char *name, *shape;
        } shapes[] = {
            {"vocoder.vocoder.conv_pre.weight", "1536,128,7"},
            {"vocoder.vocoder.ups.0.weight", "1536,768,11"},
            {"vocoder.vocoder.ups.5.bias", "24"},
            {"vocoder.vocoder.resblocks.0.convs1.0.weight", "768,768,3"},
            {"vocoder.vocoder.resblocks.5.convs1.1.weight", "384,384,11"},
            {"vocoder.vocoder.resblocks.9.convs1.2.weight", "96,96,3"},
            {"vocoder.vocoder.resblocks.17.convs2.2.weight", "24,24,11"},
            {"vocoder.vocoder.resblocks.0.acts1.0.upsample.filter", "1,1,12"},
            {"vocoder.vocoder.resblocks.0.acts2.2.downsample.lowpass.filter", "1,1,12"},
            {"vocoder.vocoder.act_post.act.alpha", "24"},
            {"vocoder.vocoder.conv_post.weight", "2,24,7"},
            {"vocoder.bwe_generator.conv_pre.weight", "512,128,7"},
            {"vocoder.bwe_generator.ups.0.weight", "512,256,12"},
            {"vocoder.bwe_generator.ups.1.weight", "256,128,11"},
            {"vocoder.bwe_generator.resblocks.4.acts2.1.act.beta", "128"},
            {"vocoder.bwe_generator.resblocks.14.convs1.0.weight", "16,16,11"},
            {"vocoder.bwe_generator.act_post.act.alpha", "16"},
            {"vocoder.bwe_generator.conv_post.weight", "2,16,7"},
            {"vocoder.mel_stft.mel_basis", "64,257"},
            {"vocoder.mel_stft.stft_fn.forward_basis", "514,1,512"},
            {"vocoder.mel_stft.stft_fn.inverse_basis", "514,1,512"},
        };
        for (const auto &s : shapes) {
            QVERIFY2(byName.contains(QLatin1String(s.name)), s.name);
            QCOMPARE(shapeOf(byName.value(QLatin1String(s.name))), QString::fromLatin1(s.shape));
        }
    }

    void computedFiltersMatchLtxCore()
    {
        // Reference values: ltx-core's formulas evaluated in double (kaiser β ≈ 4.6638, 12 taps).
        const double kaiser[12] = {0.002028966, 0.009389464, -0.025543464, -0.057657375, 0.128572609, 0.443209800,
                                   0.443209800, 0.128572609, -0.057657375, -0.025543464, 0.009389464, 0.002028966};
        const auto k = ltxKaiserSincFilter(0.25, 0.3, 12);
        QCOMPARE(shapeOf(k), QStringLiteral("1,1,12"));
        QVERIFY(maxAbs(k.flatten(), torch::from_blob(const_cast<double *>(kaiser), {12}, torch::kFloat64).to(torch::kFloat32)) < 1e-6);
        const double hann[12] = {0, 0, 0, -0.000000818, -0.000183017, -0.000538224, 0.000244591, 0.002641300, 0.003625261, -0.000861472, -0.008977466, -0.010861670};
        const auto h = ltxHannUpsampleFilter(3);
        QCOMPARE(shapeOf(h), QStringLiteral("1,1,43"));
        QVERIFY(maxAbs(h.flatten().narrow(0, 0, 12), torch::from_blob(const_cast<double *>(hann), {12}, torch::kFloat64).to(torch::kFloat32)) < 1e-8);
        QVERIFY(std::abs(h.sum().item<double>() - 1.0004658806) < 1e-6);
        QVERIFY(maxAbs(h.flatten(), h.flatten().flip(0)) < 1e-7);  // symmetric about tap 21
    }

    void outputLengthsAndBatching()
    {
        LtxVocoder model(tinyConfig());
        model.initRandom(7);
        QCOMPARE(model.config().stageUpsampling(), 6);
        torch::manual_seed(3);
        const auto mel = torch::randn({2, 2, 5, 64}) - 4.0;
        const auto wave = model.vocode(mel);
        QCOMPARE(shapeOf(wave), QStringLiteral("2,2,30"));  // L = T · 6, not a multiple of hop 4
        QVERIFY(wave.abs().max().item<double>() <= 1.0);
        // initRandom gives a usable model: a signal, not a clamped square wave.
        const double saturated = (wave.abs() >= 1.0).to(torch::kFloat64).mean().item<double>();
        qInfo("random model: 16 kHz rms %.3g, %.2f%% of samples at the clamp", wave.pow(2).mean().sqrt().item<double>(), 100 * saturated);
        QVERIFY(saturated < 0.05 && wave.abs().max().item<double>() > 1e-3);
        const auto wide = model.extendBandwidth(wave);
        QCOMPARE(shapeOf(wide), QStringLiteral("2,2,90"));
        QVERIFY(torch::isfinite(wide).all().item<bool>());
        QVERIFY(wide.abs().max().item<double>() <= 1.0);
        QVERIFY(maxAbs(model.forward(mel), wide) == 0.0);
        // Batch items are independent.
        const double e16 = maxAbs(model.vocode(mel.narrow(0, 1, 1)), wave.narrow(0, 1, 1));
        const double e48 = maxAbs(model.forward(mel.narrow(0, 1, 1)), wide.narrow(0, 1, 1));
        qInfo("batch of 2 vs alone: %.3g / %.3g (peak %.3g)", e16, e48, wave.abs().max().item<double>());
        QVERIFY2(e16 < 1e-5 && e48 < 1e-5, qPrintable(QStringLiteral("%1 %2").arg(e16).arg(e48)));
    }

    void concurrentCallsAgree()
    {
        LtxVocoder model(tinyConfig());
        model.initRandom(11);
        torch::manual_seed(5);
        const auto a = torch::randn({1, 2, 9, 64}), b = torch::randn({1, 2, 6, 64});
        const auto ra = model.forward(a), rb = model.forward(b);
        torch::Tensor ta, tb;
        std::thread t1([&] { ta = model.forward(a); });
        std::thread t2([&] { tb = model.forward(b); });
        t1.join();
        t2.join();
        QVERIFY(maxAbs(ta, ra) == 0.0);
        QVERIFY(maxAbs(tb, rb) == 0.0);
    }

    void writtenTensorsLoadBack()
    {
        LtxVocoder model(tinyConfig());
        model.initRandom(21);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("voc.safetensors"));
        QCOMPARE(writeTensors(path, model.checkpointTensors()), QString());
        QString error;
        auto file = SafetensorsFile::open(path, &error);
        QVERIFY2(file, qPrintable(error));
        LtxVocoder loaded(tinyConfig());
        QCOMPARE(loaded.load(*file), QString());
        const auto mel = torch::randn({1, 2, 4, 64});
        QVERIFY(maxAbs(loaded.forward(mel), model.forward(mel)) == 0.0);
        // A checkpoint of another size is refused with the tensor's name.
        LtxVocoderConfig other = tinyConfig();
        other.vocoder.upsampleInitialChannel = 32;
        LtxVocoder wrong(other);
        const QString err = wrong.load(*file);
        QVERIFY2(err.contains(QLatin1String("vocoder.vocoder.")), qPrintable(err));
    }

    void matchesLtxCore()
    {
        QString error;
        auto model = fixtureModel(&error);
        QVERIFY2(model, qPrintable(error));
        QString path;
        auto data = openData(QStringLiteral("vocoder.safetensors"), &path);
        QVERIFY2(data, qPrintable(QStringLiteral("fixture missing or unreadable: ") + path));
        const auto mel = readTensor(*data, QStringLiteral("vocoder.mel"));
        const auto want16k = readTensor(*data, QStringLiteral("vocoder.waveform_16k"));
        const auto want48k = readTensor(*data, QStringLiteral("vocoder.waveform"));
        QVERIFY2(mel.defined() && want16k.defined() && want48k.defined(), "vocoder.safetensors lacks vocoder.mel / waveform_16k / waveform");
        QCOMPARE(want16k.size(2), mel.size(2) * model->config().stageUpsampling());
        const auto got16k = model->vocode(mel);
        QCOMPARE(got16k.sizes(), want16k.sizes());
        const double e16 = maxAbs(got16k, want16k);
        // The BWE checked on its own (from ltx-core's 16 kHz output) and end to end.
        const auto got48kAlone = model->extendBandwidth(want16k);
        const auto got48k = model->forward(mel);
        QCOMPARE(got48k.sizes(), want48k.sizes());
        QCOMPARE(got48k.size(2), 3 * want16k.size(2));
        const double e48Alone = maxAbs(got48kAlone, want48k), e48 = maxAbs(got48k, want48k);
        qInfo("max-abs vs ltx-core: stage 1 %.3g, BWE from ltx-core's 16 kHz %.3g, end to end %.3g (16 kHz peak %.3g, 48 kHz peak %.3g)", e16,
              e48Alone, e48, want16k.abs().max().item<double>(), want48k.abs().max().item<double>());
        QVERIFY2(e16 < 1e-4, qPrintable(QString::number(e16)));
        QVERIFY2(e48Alone < 1e-4, qPrintable(QString::number(e48Alone)));
        QVERIFY2(e48 < 1e-4, qPrintable(QString::number(e48)));
    }

    void storedFiltersAreUsed()
    {
        QString error;
        auto model = fixtureModel(&error);
        QVERIFY2(model, qPrintable(error));
        QString path;
        auto data = openData(QStringLiteral("vocoder.safetensors"), &path);
        QVERIFY2(data, qPrintable(QStringLiteral("fixture missing or unreadable: ") + path));
        const auto mel = readTensor(*data, QStringLiteral("vocoder.mel"));
        const auto want16k = readTensor(*data, QStringLiteral("vocoder.waveform_16k"));
        const auto want48k = readTensor(*data, QStringLiteral("vocoder.waveform"));
        QVERIFY(mel.defined() && want16k.defined() && want48k.defined());
        // The fixture perturbs the stored kaiser filters: loading them is what makes the outputs match.
        const auto computed = ltxKaiserSincFilter(0.25, 0.3, 12);
        double storedOffset = 0;
        for (auto &[name, t] : model->checkpointTensors())
            if (name.endsWith(QLatin1String(".filter"))) {
                storedOffset = std::max(storedOffset, maxAbs(t, computed));
                torch::NoGradGuard noGrad;
                t.copy_(computed);
            }
        qInfo("stored vs computed kaiser filters: max-abs %.3g", storedOffset);
        QVERIFY2(storedOffset > 1e-4, "the fixture's filters equal the computed ones: the check proves nothing");
        const double e16 = maxAbs(model->vocode(mel), want16k), e48 = maxAbs(model->extendBandwidth(want16k), want48k);
        qInfo("with recomputed filters instead of the stored ones: stage 1 %.3g, BWE %.3g", e16, e48);
        QVERIFY2(e16 > 1e-3, qPrintable(QString::number(e16)));
        QVERIFY2(e48 > 1e-3, qPrintable(QString::number(e48)));
    }

    void storedMelBasesAreUsed()
    {
        QString error;
        auto model = fixtureModel(&error);
        QVERIFY2(model, qPrintable(error));
        QString path;
        auto data = openData(QStringLiteral("vocoder.safetensors"), &path);
        QVERIFY2(data, qPrintable(QStringLiteral("fixture missing or unreadable: ") + path));
        const auto want16k = readTensor(*data, QStringLiteral("vocoder.waveform_16k"));
        const auto want48k = readTensor(*data, QStringLiteral("vocoder.waveform"));
        QVERIFY(want16k.defined() && want48k.defined());
        // initRandom's bases are the unperturbed construction the fixture starts from (README: Hann-windowed DFT
        // rows Re then Im, pinv((n_fft/hop)·basis)ᵀ·window, torchaudio's Slaney bank); the stored ones are those
        // times (1 + 0.05·N(0,1)).
        LtxVocoder computed(model->config());
        computed.initRandom(1);
        QMap<QString, torch::Tensor> fresh;
        for (const auto &[name, t] : computed.checkpointTensors())
            if (name.startsWith(QLatin1String("vocoder.mel_stft.")))
                fresh.insert(name, t);
        QCOMPARE(fresh.size(), 3);
        for (auto &[name, t] : model->checkpointTensors()) {
            if (!fresh.contains(name))
                continue;
            const auto ref = fresh.value(name);
            const auto big = ref.abs() > 1e-3 * ref.abs().max();
            const auto ratio = (t.masked_select(big) / ref.masked_select(big) - 1.0).to(torch::kFloat64);
            const double mean = ratio.mean().item<double>(), sd = ratio.std().item<double>();
            qInfo("%s: stored / computed − 1 has mean %.3g, sd %.3g", qPrintable(name), mean, sd);
            QVERIFY2(std::abs(mean) < 0.01 && sd > 0.03 && sd < 0.07, qPrintable(name));
            torch::NoGradGuard noGrad;
            t.copy_(ref);
        }
        const double e48 = maxAbs(model->extendBandwidth(want16k), want48k);
        qInfo("with computed mel/STFT bases instead of the stored ones: BWE %.3g", e48);
        QVERIFY2(e48 > 1e-3, qPrintable(QString::number(e48)));
    }
};

QTEST_APPLESS_MAIN(TestLtxVocoder)
#include "test_ltx_vocoder.moc"
