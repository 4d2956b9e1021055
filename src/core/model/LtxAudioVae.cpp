#include "LtxAudioVae.h"

#include "LtxAudioVaeBlocks.h"

#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>

namespace a2a {

using namespace ltxvae;

namespace {

void appendTensors(torch::nn::Module &module, const QString &prefix, NamedTensors *out)
{
    for (const auto &p : module.named_parameters(true))
        out->emplace_back(prefix + QString::fromStdString(p.key()), p.value());
    for (const auto &b : module.named_buffers(true))
        out->emplace_back(prefix + QString::fromStdString(b.key()), b.value());
}

QString shapeText(const std::vector<int64_t> &shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

const QString kEncoderPrefix = QStringLiteral("audio_vae.encoder.");
const QString kDecoderPrefix = QStringLiteral("audio_vae.decoder.");
const QString kStatsPrefix = QStringLiteral("audio_vae.per_channel_statistics.");

}  // namespace

class LtxAudioVaeImpl {
public:
    LtxAudioVaeImpl(const LtxAudioVaeConfig &c, const torch::TensorOptions &o)
        : config(c), options(o), encoder(c, o), decoder(c, o), stats(c.tokenWidth(), o)
    {
    }
    NamedTensors tensors(bool withDecoder)
    {
        NamedTensors out;
        appendTensors(*encoder, kEncoderPrefix, &out);
        if (withDecoder)
            appendTensors(*decoder, kDecoderPrefix, &out);
        appendTensors(*stats, kStatsPrefix, &out);
        return out;
    }
    // All-or-nothing: every tensor is checked before any is copied.
    QString load(const SafetensorsFile &file, bool withDecoder)
    {
        NamedTensors targets = tensors(withDecoder);
        std::set<QString> wanted;
        QStringList missing;
        QString shapeError;
        for (const auto &[name, t] : targets) {
            wanted.insert(name);
            const TensorInfo *info = file.info(name);
            if (!info)
                missing << name;
            else if (info->shape != t.sizes().vec() && shapeError.isEmpty())
                shapeError = QStringLiteral("%1: tensor %2 has shape %3 but the audio_vae config needs %4")
                                 .arg(file.path(), name, shapeText(info->shape), shapeText(t.sizes().vec()));
        }
        if (!missing.isEmpty())
            return QStringLiteral("%1: %2 audio VAE tensor(s) missing: %3%4")
                .arg(file.path(), QString::number(missing.size()), missing.mid(0, 5).join(QStringLiteral(", ")),
                     missing.size() > 5 ? QStringLiteral(", ...") : QString());
        if (!shapeError.isEmpty())
            return shapeError;
        // A tensor the config does not build (e.g. attention weights) means config and weights disagree.
        QStringList prefixes{kEncoderPrefix, kStatsPrefix};
        if (withDecoder)
            prefixes << kDecoderPrefix;
        for (const QString &name : file.tensorNames()) {
            const bool ours = std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return name.startsWith(p); });
            if (ours && !wanted.count(name))
                return QStringLiteral("%1: tensor %2 is not part of the audio VAE this config builds "
                                      "(attention blocks and other variants are not supported)")
                    .arg(file.path(), name);
        }
        torch::NoGradGuard noGrad;
        for (auto &[name, t] : targets)
            t.copy_(readTensor(file, name, t.scalar_type()));
        encoderReady = true;
        decoderReady = withDecoder;
        return {};
    }

    torch::Tensor normalize(const torch::Tensor &latent, bool forward) const
    {
        auto tokens = LtxAudioVae::latentToTokens(latent);
        TORCH_CHECK(tokens.size(2) == stats->std.size(0), "LtxAudioVae: latent token width ", tokens.size(2),
                    " (channels x mel bins) does not match the per-channel statistics' ", stats->std.size(0));
        tokens = forward ? (tokens - stats->mean) / stats->std : tokens * stats->std + stats->mean;
        return LtxAudioVae::tokensToLatent(tokens, int(latent.size(1)));
    }

    LtxAudioVaeConfig config;
    torch::TensorOptions options;
    Encoder encoder;
    Decoder decoder;
    Statistics stats;
    bool encoderReady = false;
    bool decoderReady = false;
};

// --- config ----------------------------------------------------------------------------------------

namespace {

// Reads ltx-core's `cfg.get(key, default)`: absent keeps *out; present must have the right type.
struct JsonReader {
    QString *error;
    bool ok = true;
    bool fail(const QString &path, const QString &what)
    {
        if (ok && error)
            *error = QStringLiteral("audio_vae config: %1 %2").arg(path, what);
        ok = false;
        return false;
    }
    QJsonObject object(const QJsonObject &parent, const QString &key, const QString &path)
    {
        const QJsonValue v = parent.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(path, QStringLiteral("must be an object"));
        return v.toObject();
    }
    void integer(const QJsonObject &o, const QString &key, const QString &path, int *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
            fail(path + key, QStringLiteral("must be an integer"));
        else
            *out = int(d);
    }
    void number(const QJsonObject &o, const QString &key, const QString &path, double *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isDouble())
            fail(path + key, QStringLiteral("must be a number"));
        else
            *out = v.toDouble();
    }
    void boolean(const QJsonObject &o, const QString &key, const QString &path, bool *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool())
            fail(path + key, QStringLiteral("must be true or false"));
        else
            *out = v.toBool();
    }
    void string(const QJsonObject &o, const QString &key, const QString &path, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isString())
            fail(path + key, QStringLiteral("must be a string"));
        else
            *out = v.toString();
    }
    void intList(const QJsonObject &o, const QString &key, const QString &path, std::vector<int> *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return;
        if (!v.isArray())
            return void(fail(path + key, QStringLiteral("must be a list of integers")));
        std::vector<int> list;
        for (const QJsonValue &e : v.toArray()) {
            const double d = e.toDouble(std::nan(""));
            if (!e.isDouble() || d != std::floor(d) || std::abs(d) > 1e9)
                return void(fail(path + key, QStringLiteral("must be a list of integers")));
            list.push_back(int(d));
        }
        *out = list;
    }
};

QJsonArray intArray(const std::vector<int> &v)
{
    QJsonArray a;
    for (int x : v)
        a.append(x);
    return a;
}

// One downsampling step's output length along H (time) and W (mel) for a causality axis.
int downsampledLength(int length, bool timeAxis, Axis axis)
{
    const Pad4 p = downsamplePad(axis);
    const int64_t pad = timeAxis ? p[2] + p[3] : p[0] + p[1];
    return int(floorDiv(length + pad - 3, 2) + 1);
}

}  // namespace

int LtxAudioVaeConfig::latentMelBins() const
{
    int f = melBins;
    for (size_t i = 1; i < chMult.size(); ++i)
        f = downsampledLength(f, false, axisFrom(causalityAxis));
    return f;
}

int LtxAudioVaeConfig::latentFrames(int melFrames) const
{
    int t = melFrames;
    for (size_t i = 1; i < chMult.size(); ++i)
        t = downsampledLength(t, true, axisFrom(causalityAxis));
    return std::max(t, 0);
}

int LtxAudioVaeConfig::decodedFrames(int latentFrames) const
{
    const int frames = latentFrames * kLatentDownsample;
    return axisFrom(causalityAxis) == Axis::None ? frames : std::max(frames - (kLatentDownsample - 1), 1);
}

QString LtxAudioVaeConfig::validate() const
{
    const QString dd = QStringLiteral("audio_vae config: model.params.ddconfig.");
    auto positive = [&](int v, const char *key) {
        return v > 0 ? QString() : dd + QLatin1String(key) + QStringLiteral(" must be positive (got %1)").arg(v);
    };
    for (const QString &e : {positive(ch, "ch"), positive(inChannels, "in_channels"), positive(outCh, "out_ch"),
                             positive(numResBlocks, "num_res_blocks"), positive(zChannels, "z_channels"),
                             positive(melBins, "mel_bins"), positive(resolution, "resolution")})
        if (!e.isEmpty())
            return e;
    if (chMult.empty() || std::any_of(chMult.begin(), chMult.end(), [](int m) { return m <= 0; }))
        return dd + QStringLiteral("ch_mult must be a non-empty list of positive integers");
    if (normType != QLatin1String("pixel"))
        return dd + QStringLiteral("norm_type \"%1\" is not supported (LTX-2.3 uses \"pixel\"; GroupNorm is not ported)").arg(normType);
    static const QStringList axes{QStringLiteral("height"), QStringLiteral("width"), QStringLiteral("width-compatibility"),
                                  QStringLiteral("none")};
    if (!axes.contains(causalityAxis))
        return dd + QStringLiteral("causality_axis \"%1\" is not one of height, width, width-compatibility, null").arg(causalityAxis);
    if (midBlockAddAttention)
        return dd + QStringLiteral("mid_block_add_attention is true (or absent, which ltx-core reads as true): "
                                   "the mid AttnBlock is not ported (LTX-2.3 sets it false)");
    // The levels' resolutions as ltx-core's down and up paths compute them (they differ for odd sizes).
    const int n = int(chMult.size());
    std::set<int> levels;
    for (int i = 0, r = resolution; i < n; ++i, r /= 2)
        levels.insert(r);
    for (int i = 0, r = resolution >> (n - 1); i < n; ++i, r *= 2)
        levels.insert(r);
    for (int a : attnResolutions)
        if (levels.count(a))
            return dd + QStringLiteral("attn_resolutions contains %1, a level's resolution for resolution %2, so "
                                       "ltx-core would build AttnBlocks, which are not ported (LTX-2.3: none)")
                            .arg(a)
                            .arg(resolution);
    if (!doubleZ)
        return dd + QStringLiteral("double_z false is not supported (ltx-core would still keep only the first half of the "
                                   "z channels; LTX-2.3 uses true)");
    if (!resampWithConv)
        return dd + QStringLiteral("resamp_with_conv false is not supported (LTX-2.3 uses strided convs)");
    if (latentMelBins() <= 0)
        return dd + QStringLiteral("mel_bins %1 is too small for %2 levels").arg(melBins).arg(n);
    return {};
}

bool LtxAudioVaeConfig::fromJson(const QJsonObject &audioVae, LtxAudioVaeConfig *out, QString *error)
{
    JsonReader r{error};
    LtxAudioVaeConfig c = ltx23();
    // Where the section is silent ltx-core's configurator defaults apply; they equal 2.3 except these two.
    c.attnResolutions = {8, 16, 32};
    c.midBlockAddAttention = true;
    const QJsonObject model = r.object(audioVae, QStringLiteral("model"), QStringLiteral("model"));
    const QJsonObject params = r.object(model, QStringLiteral("params"), QStringLiteral("model.params"));
    const QJsonObject dd = r.object(params, QStringLiteral("ddconfig"), QStringLiteral("model.params.ddconfig"));
    const QJsonObject pre = r.object(audioVae, QStringLiteral("preprocessing"), QStringLiteral("preprocessing"));
    const QJsonObject audio = r.object(pre, QStringLiteral("audio"), QStringLiteral("preprocessing.audio"));
    const QJsonObject stft = r.object(pre, QStringLiteral("stft"), QStringLiteral("preprocessing.stft"));
    const QJsonObject mel = r.object(pre, QStringLiteral("mel"), QStringLiteral("preprocessing.mel"));
    const QJsonObject vars = r.object(audioVae, QStringLiteral("variables"), QStringLiteral("variables"));
    const QString p = QStringLiteral("model.params.ddconfig.");
    r.integer(dd, QStringLiteral("ch"), p, &c.ch);
    r.integer(dd, QStringLiteral("in_channels"), p, &c.inChannels);
    r.integer(dd, QStringLiteral("out_ch"), p, &c.outCh);
    r.intList(dd, QStringLiteral("ch_mult"), p, &c.chMult);
    r.integer(dd, QStringLiteral("num_res_blocks"), p, &c.numResBlocks);
    r.integer(dd, QStringLiteral("z_channels"), p, &c.zChannels);
    r.boolean(dd, QStringLiteral("double_z"), p, &c.doubleZ);
    r.integer(dd, QStringLiteral("resolution"), p, &c.resolution);
    r.string(dd, QStringLiteral("norm_type"), p, &c.normType);
    if (dd.contains(QStringLiteral("causality_axis")) && dd.value(QStringLiteral("causality_axis")).isNull())
        c.causalityAxis = QStringLiteral("none");  // CausalityAxis.NONE's value is None
    else
        r.string(dd, QStringLiteral("causality_axis"), p, &c.causalityAxis);
    if (c.causalityAxis == QLatin1String("none") && !dd.value(QStringLiteral("causality_axis")).isNull())
        r.fail(p + QStringLiteral("causality_axis"), QStringLiteral("\"none\" is not a CausalityAxis value (use null)"));
    r.intList(dd, QStringLiteral("attn_resolutions"), p, &c.attnResolutions);
    r.boolean(dd, QStringLiteral("mid_block_add_attention"), p, &c.midBlockAddAttention);
    r.boolean(dd, QStringLiteral("resamp_with_conv"), p, &c.resampWithConv);
    r.number(dd, QStringLiteral("dropout"), p, &c.dropout);
    // mel_bins: ddconfig.mel_bins or preprocessing.mel.n_mel_channels or variables.mel_bins (first non-zero).
    int ddMel = 0, preMel = 0, varMel = 0;
    r.integer(dd, QStringLiteral("mel_bins"), p, &ddMel);
    r.integer(mel, QStringLiteral("n_mel_channels"), QStringLiteral("preprocessing.mel."), &preMel);
    r.integer(vars, QStringLiteral("mel_bins"), QStringLiteral("variables."), &varMel);
    c.melBins = ddMel ? ddMel : preMel ? preMel : varMel;
    if (r.ok && !c.melBins)
        r.fail(p + QStringLiteral("mel_bins"), QStringLiteral("is absent (also preprocessing.mel.n_mel_channels)"));
    r.integer(params, QStringLiteral("sampling_rate"), QStringLiteral("model.params."), &c.sampleRate);
    const QString ps = QStringLiteral("preprocessing.stft.");
    r.integer(stft, QStringLiteral("hop_length"), ps, &c.hop);
    r.integer(stft, QStringLiteral("filter_length"), ps, &c.nFft);
    c.winLength = c.nFft;
    r.integer(stft, QStringLiteral("win_length"), ps, &c.winLength);
    r.boolean(stft, QStringLiteral("causal"), ps, &c.causal);
    r.number(mel, QStringLiteral("mel_fmin"), QStringLiteral("preprocessing.mel."), &c.melFmin);
    c.melFmax = c.sampleRate / 2.0;
    r.number(mel, QStringLiteral("mel_fmax"), QStringLiteral("preprocessing.mel."), &c.melFmax);
    const QString pa = QStringLiteral("preprocessing.audio.");
    r.number(audio, QStringLiteral("max_wav_value"), pa, &c.maxWavValue);
    r.number(audio, QStringLiteral("duration"), pa, &c.duration);
    r.boolean(audio, QStringLiteral("stereo"), pa, &c.stereo);
    r.integer(audio, QStringLiteral("causal_padding"), pa, &c.causalPadding);
    if (!r.ok)
        return false;
    const QString why = c.validate();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    *out = c;
    return true;
}

QJsonObject LtxAudioVaeConfig::toJson() const
{
    QJsonObject dd;
    dd.insert(QStringLiteral("double_z"), doubleZ);
    dd.insert(QStringLiteral("mel_bins"), melBins);
    dd.insert(QStringLiteral("z_channels"), zChannels);
    dd.insert(QStringLiteral("resolution"), resolution);
    dd.insert(QStringLiteral("downsample_time"), false);
    dd.insert(QStringLiteral("in_channels"), inChannels);
    dd.insert(QStringLiteral("out_ch"), outCh);
    dd.insert(QStringLiteral("ch"), ch);
    dd.insert(QStringLiteral("ch_mult"), intArray(chMult));
    dd.insert(QStringLiteral("num_res_blocks"), numResBlocks);
    dd.insert(QStringLiteral("attn_resolutions"), intArray(attnResolutions));
    dd.insert(QStringLiteral("dropout"), dropout);
    dd.insert(QStringLiteral("mid_block_add_attention"), midBlockAddAttention);
    dd.insert(QStringLiteral("norm_type"), normType);
    dd.insert(QStringLiteral("causality_axis"), causalityAxis == QLatin1String("none") ? QJsonValue() : QJsonValue(causalityAxis));
    if (!resampWithConv)
        dd.insert(QStringLiteral("resamp_with_conv"), false);
    QJsonObject params{{QStringLiteral("ddconfig"), dd}, {QStringLiteral("sampling_rate"), sampleRate}};
    QJsonObject audio{{QStringLiteral("sampling_rate"), sampleRate},
                      {QStringLiteral("max_wav_value"), maxWavValue},
                      {QStringLiteral("duration"), duration},
                      {QStringLiteral("stereo"), stereo},
                      {QStringLiteral("causal_padding"), causalPadding}};
    QJsonObject stft{{QStringLiteral("filter_length"), nFft},
                     {QStringLiteral("hop_length"), hop},
                     {QStringLiteral("win_length"), winLength},
                     {QStringLiteral("causal"), causal}};
    QJsonObject mel{{QStringLiteral("n_mel_channels"), melBins}, {QStringLiteral("mel_fmin"), melFmin}, {QStringLiteral("mel_fmax"), melFmax}};
    QJsonObject pre{{QStringLiteral("audio"), audio}, {QStringLiteral("stft"), stft}, {QStringLiteral("mel"), mel}};
    return QJsonObject{{QStringLiteral("model"), QJsonObject{{QStringLiteral("params"), params}}}, {QStringLiteral("preprocessing"), pre}};
}

LtxAudioVaeConfig LtxAudioVaeConfig::ltx23()
{
    return LtxAudioVaeConfig{};  // the struct's defaults are the 2.3 checkpoint's values
}

// --- LtxAudioVae -------------------------------------------------------------------------------------

namespace {
const LtxAudioVaeConfig &checked(const LtxAudioVaeConfig &config)
{
    const QString why = config.validate();
    if (!why.isEmpty())
        throw std::invalid_argument(why.toStdString());
    return config;
}
}  // namespace

LtxAudioVae::LtxAudioVae(const LtxAudioVaeConfig &config, const torch::TensorOptions &options)
    : d(std::make_unique<LtxAudioVaeImpl>(checked(config), options))
{
}
LtxAudioVae::~LtxAudioVae() = default;
LtxAudioVae::LtxAudioVae(LtxAudioVae &&) noexcept = default;
LtxAudioVae &LtxAudioVae::operator=(LtxAudioVae &&) noexcept = default;

const LtxAudioVaeConfig &LtxAudioVae::config() const { return d->config; }
bool LtxAudioVae::encoderReady() const { return d->encoderReady; }
bool LtxAudioVae::decoderReady() const { return d->decoderReady; }

QString LtxAudioVae::load(const SafetensorsFile &file) { return d->load(file, true); }
QString LtxAudioVae::loadEncoderOnly(const SafetensorsFile &file) { return d->load(file, false); }

NamedTensors LtxAudioVae::checkpointTensors() { return d->tensors(true); }

torch::Tensor LtxAudioVae::encode(const torch::Tensor &mel) const
{
    torch::NoGradGuard noGrad;
    TORCH_CHECK(d->encoderReady, "LtxAudioVae::encode: no weights loaded (load / loadEncoderOnly / initRandom)");
    TORCH_CHECK(mel.dim() == 4 && mel.size(1) == d->config.inChannels, "LtxAudioVae::encode: mel must be [B,",
                d->config.inChannels, ",T,", d->config.melBins, "], got ", mel.sizes());
    const auto x = mel.to(d->options.device(), d->options.dtype().toScalarType());
    const auto h = d->encoder->forward(x);
    // The posterior's mean: the first half of the 2z channels (no sampling, logvar unused).
    return d->normalize(h.chunk(2, 1)[0], true);
}

torch::Tensor LtxAudioVae::decode(const torch::Tensor &latent) const
{
    torch::NoGradGuard noGrad;
    TORCH_CHECK(d->decoderReady, "LtxAudioVae::decode: decoder weights not loaded (load() or initRandom(), not loadEncoderOnly())");
    TORCH_CHECK(latent.dim() == 4 && latent.size(1) == d->config.zChannels, "LtxAudioVae::decode: latent must be [B,",
                d->config.zChannels, ",T,f], got ", latent.sizes());
    const auto x = d->normalize(latent.to(d->options.device(), d->options.dtype().toScalarType()), false);
    auto h = d->decoder->forward(x);
    // Crop, then zero-pad at the end of time/mel, to exactly [outCh, 4T-3, melBins] (_adjust_output_shape).
    const int64_t targetT = d->config.decodedFrames(int(latent.size(2)));
    const int64_t targetF = d->config.melBins;
    h = h.slice(1, 0, d->config.outCh).slice(2, 0, std::min(h.size(2), targetT)).slice(3, 0, std::min(h.size(3), targetF));
    const int64_t padT = targetT - h.size(2), padF = targetF - h.size(3);
    if (padT > 0 || padF > 0)
        h = torch::constant_pad_nd(h, {0, std::max<int64_t>(padF, 0), 0, std::max<int64_t>(padT, 0)}, 0);
    return h.contiguous();
}

torch::Tensor LtxAudioVae::latentToTokens(const torch::Tensor &latent)
{
    TORCH_CHECK(latent.dim() == 4, "LtxAudioVae::latentToTokens: expected [B,C,T,F], got ", latent.sizes());
    return latent.permute({0, 2, 1, 3}).reshape({latent.size(0), latent.size(2), latent.size(1) * latent.size(3)});
}

torch::Tensor LtxAudioVae::tokensToLatent(const torch::Tensor &tokens, int zChannels)
{
    TORCH_CHECK(tokens.dim() == 3 && zChannels > 0 && tokens.size(2) % zChannels == 0,
                "LtxAudioVae::tokensToLatent: expected [B,T,", zChannels, "*F], got ", tokens.sizes());
    return tokens.reshape({tokens.size(0), tokens.size(1), zChannels, tokens.size(2) / zChannels}).permute({0, 2, 1, 3}).contiguous();
}

void LtxAudioVae::initRandom(uint64_t seed)
{
    d->encoderReady = d->decoderReady = true;
    if (d->options.device().type() == torch::kMeta)
        return;
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32);
    for (auto &[name, t] : checkpointTensors()) {
        torch::Tensor v;
        if (name.endsWith(QLatin1String("mean-of-means")))
            v = 0.1 * torch::randn(t.sizes(), gen, f32);
        else if (name.endsWith(QLatin1String("std-of-means")))
            v = 0.5 + torch::rand(t.sizes(), gen, f32);  // must stay positive: it divides
        else if (name.endsWith(QLatin1String(".bias")))
            v = 0.01 * torch::randn(t.sizes(), gen, f32);
        else
            v = torch::randn(t.sizes(), gen, f32) / std::sqrt(double(t[0].numel()));  // fan_in = in·kh·kw
        t.copy_(v);
    }
}

}  // namespace a2a
