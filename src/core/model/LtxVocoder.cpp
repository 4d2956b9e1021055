#include "LtxVocoder.h"

#include "AudioCodec.h"
#include "LtxVocoderBlocks.h"

#include <QJsonArray>

#include <cmath>
#include <cstring>

namespace a2a {
namespace {


// ---------------------------------------------------------------------------------------------
// Config parsing
// ---------------------------------------------------------------------------------------------

bool readInt(const QJsonObject &o, const QString &key, const QString &where, bool required, int *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined()) {
        if (required)
            *error = QStringLiteral("%1.%2 is missing").arg(where, key);
        return !required;
    }
    const double x = v.toDouble(std::nan(""));
    if (!v.isDouble() || x != std::floor(x) || std::abs(x) > 1e9) {
        *error = QStringLiteral("%1.%2 is not an integer").arg(where, key);
        return false;
    }
    *out = int(x);
    return true;
}

bool readIntList(const QJsonValue &v, const QString &name, std::vector<int> *out, QString *error)
{
    if (!v.isArray()) {
        *error = QStringLiteral("%1 is not a list of integers").arg(name);
        return false;
    }
    out->clear();
    for (const QJsonValue &e : v.toArray()) {
        const double x = e.toDouble(std::nan(""));
        if (!e.isDouble() || x != std::floor(x) || x < 1 || x > 1e6) {
            *error = QStringLiteral("%1 holds a value that is not a positive integer").arg(name);
            return false;
        }
        out->push_back(int(x));
    }
    return true;
}

bool readBool(const QJsonObject &o, const QString &key, const QString &where, bool *out, QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return true;  // keep the ltx-core default already in *out
    if (!v.isBool()) {
        *error = QStringLiteral("%1.%2 is not true/false").arg(where, key);
        return false;
    }
    *out = v.toBool();
    return true;
}

QString describe(const QJsonValue &v)
{
    if (v.isString())
        return QStringLiteral("\"%1\"").arg(v.toString());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QString::number(v.toDouble());
    return v.isNull() ? QStringLiteral("null") : QStringLiteral("not a string");
}

// ltx-core's check_config_value: a missing key is refused like a wrong one.
bool expectString(const QJsonObject &o, const QString &key, const QString &where, const QString &expected, QString *out,
                  QString *error)
{
    const QJsonValue v = o.value(key);
    if (v.toString() != expected || !v.isString()) {
        *error = v.isUndefined() ? QStringLiteral("%1.%2 is missing; LTX-2.3's vocoder needs \"%3\"").arg(where, key, expected)
                                 : QStringLiteral("%1.%2 is %3; only \"%4\" is supported (as in ltx-core)")
                                       .arg(where, key, describe(v), expected);
        return false;
    }
    *out = expected;
    return true;
}

QJsonArray toArray(const std::vector<int> &v)
{
    QJsonArray a;
    for (int x : v)
        a.append(x);
    return a;
}

// ---------------------------------------------------------------------------------------------
// The two generators and the BWE's mel front-end (building blocks in LtxVocoderBlocks.h)
// ---------------------------------------------------------------------------------------------

using namespace ltx_vocoder;

// ltx-core's Vocoder (BigVGAN v2, AMP1/snakebeta) on [B, 128, frames].
struct GeneratorImpl : torch::nn::Module {
    static constexpr int64_t kInputChannels = 128;  // conv_pre always takes 2 × 64 mel bins

    GeneratorImpl(const LtxVocoderStageConfig &c, bool finalActivation, const torch::TensorOptions &o)
        : config(c), applyFinal(finalActivation)
    {
        const int64_t c0 = c.upsampleInitialChannel;
        conv_pre = register_module("conv_pre", std::make_shared<ConvImpl>(kInputChannels, c0, 7, true, false, o));
        auto upsList = register_module("ups", torch::nn::ModuleList());
        auto resList = register_module("resblocks", torch::nn::ModuleList());
        for (size_t i = 0; i < c.upsampleRates.size(); ++i) {
            ups.push_back(std::make_shared<ConvImpl>(c0 >> i, c0 >> (i + 1), c.upsampleKernelSizes[i], true, true, o));
            upsList->push_back(ups.back());
            for (size_t r = 0; r < c.resblockKernelSizes.size(); ++r) {
                resblocks.push_back(std::make_shared<AmpBlockImpl>(c0 >> (i + 1), c.resblockKernelSizes[r], c.resblockDilationSizes[r], o));
                resList->push_back(resblocks.back());
            }
        }
        const int64_t finalChannels = c0 >> c.upsampleRates.size();
        act_post = register_module("act_post", std::make_shared<Activation1dImpl>(finalChannels, o));
        conv_post = register_module("conv_post", std::make_shared<ConvImpl>(finalChannels, 2, 7, c.useBiasAtFinal, false, o));
    }

    LtxVocoderStageConfig config;
    bool applyFinal;
    std::shared_ptr<ConvImpl> conv_pre, conv_post;
    std::vector<std::shared_ptr<ConvImpl>> ups;
    std::vector<std::shared_ptr<AmpBlockImpl>> resblocks;
    std::shared_ptr<Activation1dImpl> act_post;

    torch::Tensor forward(const torch::Tensor &input) const
    {
        auto x = torch::conv1d(input, conv_pre->weight, conv_pre->bias, 1, 3);
        const size_t kernels = config.resblockKernelSizes.size();
        for (size_t i = 0; i < ups.size(); ++i) {
            const int64_t s = config.upsampleRates[i], k = ups[i]->kernel;
            x = torch::conv_transpose1d(x, ups[i]->weight, ups[i]->bias, s, (k - s) / 2);
            // The resblocks all read the same input; their outputs are averaged (stack().mean(0)).
            torch::Tensor sum;
            for (size_t r = 0; r < kernels; ++r) {
                auto y = resblocks[i * kernels + r]->forward(x);
                sum = r == 0 ? y : sum.add_(y);
            }
            x = sum.div_(double(kernels));
        }
        x = act_post->forward(x);
        x = torch::conv1d(x, conv_post->weight, conv_post->bias, 1, 3);
        if (applyFinal)
            x = config.useTanhAtFinal ? torch::tanh(x) : torch::clamp(x, -1.0, 1.0);
        return x;
    }
};

struct StftFnImpl : torch::nn::Module {
    StftFnImpl(int64_t nFft, const torch::TensorOptions &o)
    {
        forward_basis = register_buffer("forward_basis", torch::zeros({2 * (nFft / 2 + 1), 1, nFft}, o));
        inverse_basis = register_buffer("inverse_basis", torch::zeros({2 * (nFft / 2 + 1), 1, nFft}, o));  // stored, unused
    }
    torch::Tensor forward_basis, inverse_basis;
};

struct MelStftImpl : torch::nn::Module {
    MelStftImpl(int64_t nFft, int64_t mels, const torch::TensorOptions &o)
    {
        stft_fn = register_module("stft_fn", std::make_shared<StftFnImpl>(nFft, o));
        mel_basis = register_buffer("mel_basis", torch::zeros({mels, nFft / 2 + 1}, o));
    }
    std::shared_ptr<StftFnImpl> stft_fn;
    torch::Tensor mel_basis;
};

// The VocoderWithBWE module tree, named as in the checkpoint below "vocoder.".
struct RootImpl : torch::nn::Module {
    RootImpl(const LtxVocoderConfig &c, const torch::TensorOptions &o)
    {
        vocoder = register_module("vocoder", std::make_shared<GeneratorImpl>(c.vocoder, true, o));
        bwe_generator = register_module("bwe_generator", std::make_shared<GeneratorImpl>(c.bwe, false, o));
        mel_stft = register_module("mel_stft", std::make_shared<MelStftImpl>(c.bweNfft, c.bweMels, o));
    }
    std::shared_ptr<GeneratorImpl> vocoder, bwe_generator;
    std::shared_ptr<MelStftImpl> mel_stft;
};

std::vector<std::pair<std::string, torch::Tensor>> allTensors(torch::nn::Module &m)
{
    std::vector<std::pair<std::string, torch::Tensor>> out;
    for (const auto &p : m.named_parameters(true))
        out.emplace_back(p.key(), p.value());
    for (const auto &b : m.named_buffers(true))
        out.emplace_back(b.key(), b.value());
    return out;
}

bool endsWith(const std::string &s, const char *tail)
{
    const size_t n = std::strlen(tail);
    return s.size() >= n && s.compare(s.size() - n, n, tail) == 0;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// Config
// ---------------------------------------------------------------------------------------------

bool LtxVocoderStageConfig::fromJson(const QJsonObject &json, const QString &section, LtxVocoderStageConfig *out, QString *error)
{
    QString err;
    LtxVocoderStageConfig c;
    // ltx-core's _vocoder_from_config defaults for absent keys.
    c.upsampleRates = {6, 5, 2, 2, 2};
    c.upsampleKernelSizes = {16, 15, 8, 4, 4};
    c.resblockKernelSizes = {3, 7, 11};
    c.resblockDilationSizes = {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
    c.upsampleInitialChannel = 1024;
    c.useTanhAtFinal = true;
    c.useBiasAtFinal = true;
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!expectString(json, QStringLiteral("resblock"), section, QStringLiteral("AMP1"), &c.resblock, &err))
        return fail(err);
    const QJsonValue stereo = json.value(QStringLiteral("stereo"));
    if (!stereo.isBool() || !stereo.toBool())
        return fail(stereo.isUndefined() ? QStringLiteral("%1.stereo is missing; LTX-2.3's vocoder needs true").arg(section)
                                         : QStringLiteral("%1.stereo is %2; only stereo (true) is supported (as in ltx-core)").arg(section, describe(stereo)));
    if (!expectString(json, QStringLiteral("activation"), section, QStringLiteral("snakebeta"), &c.activation, &err))
        return fail(err);
    if (!readInt(json, QStringLiteral("upsample_initial_channel"), section, false, &c.upsampleInitialChannel, &err)
        || !readBool(json, QStringLiteral("use_tanh_at_final"), section, &c.useTanhAtFinal, &err)
        || !readBool(json, QStringLiteral("use_bias_at_final"), section, &c.useBiasAtFinal, &err))
        return fail(err);
    const struct {
        const char *key;
        std::vector<int> *list;
    } lists[] = {{"upsample_rates", &c.upsampleRates}, {"upsample_kernel_sizes", &c.upsampleKernelSizes}, {"resblock_kernel_sizes", &c.resblockKernelSizes}};
    for (const auto &l : lists) {
        const QString key = QString::fromLatin1(l.key);
        if (json.contains(key) && !readIntList(json.value(key), section + QLatin1Char('.') + key, l.list, &err))
            return fail(err);
    }
    const QString dilKey = QStringLiteral("resblock_dilation_sizes");
    if (json.contains(dilKey)) {
        const QJsonValue v = json.value(dilKey);
        if (!v.isArray())
            return fail(QStringLiteral("%1.%2 is not a list of lists").arg(section, dilKey));
        c.resblockDilationSizes.clear();
        for (const QJsonValue &e : v.toArray()) {
            std::vector<int> d;
            if (!readIntList(e, section + QLatin1Char('.') + dilKey, &d, &err))
                return fail(err);
            c.resblockDilationSizes.push_back(d);
        }
    }
    if (c.upsampleInitialChannel < 1)
        return fail(QStringLiteral("%1.upsample_initial_channel must be positive").arg(section));
    if (c.upsampleRates.empty() || c.upsampleRates.size() != c.upsampleKernelSizes.size())
        return fail(QStringLiteral("%1.upsample_rates and upsample_kernel_sizes must be non-empty lists of the same length").arg(section));
    if ((int64_t(c.upsampleInitialChannel) >> c.upsampleRates.size()) < 1)
        return fail(QStringLiteral("%1.upsample_initial_channel %2 cannot be halved %3 times (upsample_rates)")
                        .arg(section)
                        .arg(c.upsampleInitialChannel)
                        .arg(c.upsampleRates.size()));
    for (size_t i = 0; i < c.upsampleRates.size(); ++i)
        if (c.upsampleKernelSizes[i] < c.upsampleRates[i])
            return fail(QStringLiteral("%1.upsample_kernel_sizes[%2] = %3 is smaller than its upsample rate %4 (negative ConvTranspose1d padding)")
                            .arg(section)
                            .arg(i)
                            .arg(c.upsampleKernelSizes[i])
                            .arg(c.upsampleRates[i]));
    if (c.resblockKernelSizes.empty() || c.resblockKernelSizes.size() != c.resblockDilationSizes.size())
        return fail(QStringLiteral("%1.resblock_kernel_sizes and resblock_dilation_sizes must be non-empty lists of the same length").arg(section));
    for (const auto &d : c.resblockDilationSizes)
        if (d.size() < 3)
            return fail(QStringLiteral("%1.resblock_dilation_sizes needs 3 dilations per resblock (AMPBlock1)").arg(section));
    *out = c;
    return true;
}

QJsonObject LtxVocoderStageConfig::toJson() const
{
    QJsonArray dil;
    for (const auto &d : resblockDilationSizes)
        dil.append(toArray(d));
    return QJsonObject{{QStringLiteral("upsample_initial_channel"), upsampleInitialChannel},
                       {QStringLiteral("resblock"), resblock},
                       {QStringLiteral("upsample_rates"), toArray(upsampleRates)},
                       {QStringLiteral("resblock_kernel_sizes"), toArray(resblockKernelSizes)},
                       {QStringLiteral("upsample_kernel_sizes"), toArray(upsampleKernelSizes)},
                       {QStringLiteral("resblock_dilation_sizes"), dil},
                       {QStringLiteral("stereo"), stereo},
                       {QStringLiteral("use_tanh_at_final"), useTanhAtFinal},
                       {QStringLiteral("activation"), activation},
                       {QStringLiteral("use_bias_at_final"), useBiasAtFinal}};
}

bool LtxVocoderConfig::fromJson(const QJsonObject &vocoderSection, LtxVocoderConfig *out, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const QJsonValue bwe = vocoderSection.value(QStringLiteral("bwe"));
    if (!bwe.isObject())
        return fail(bwe.isUndefined() ? QStringLiteral("vocoder.bwe is missing: only LTX-2.3's vocoder with bandwidth extension is supported")
                                      : QStringLiteral("vocoder.bwe is not an object"));
    const QJsonValue voc = vocoderSection.value(QStringLiteral("vocoder"));
    if (!voc.isUndefined() && !voc.isObject())
        return fail(QStringLiteral("vocoder.vocoder is not an object"));
    LtxVocoderConfig c;
    QString err;
    if (!LtxVocoderStageConfig::fromJson(voc.toObject(), QStringLiteral("vocoder.vocoder"), &c.vocoder, &err)
        || !LtxVocoderStageConfig::fromJson(bwe.toObject(), QStringLiteral("vocoder.bwe"), &c.bwe, &err))
        return fail(err);
    const QJsonObject b = bwe.toObject();
    const QString where = QStringLiteral("vocoder.bwe");
    if (!readInt(b, QStringLiteral("input_sampling_rate"), where, true, &c.bweInputRate, &err)
        || !readInt(b, QStringLiteral("output_sampling_rate"), where, true, &c.bweOutputRate, &err)
        || !readInt(b, QStringLiteral("hop_length"), where, true, &c.bweHop, &err)
        || !readInt(b, QStringLiteral("n_fft"), where, true, &c.bweNfft, &err)
        || !readInt(b, QStringLiteral("num_mels"), where, true, &c.bweMels, &err))
        return fail(err);
    if (c.bweInputRate < 1 || c.bweOutputRate < c.bweInputRate || c.bweOutputRate % c.bweInputRate != 0)
        return fail(QStringLiteral("vocoder.bwe.output_sampling_rate %1 is not a whole multiple of input_sampling_rate %2")
                        .arg(c.bweOutputRate)
                        .arg(c.bweInputRate));
    if (c.bweHop < 1)
        return fail(QStringLiteral("vocoder.bwe.hop_length must be positive"));
    if (c.bweNfft < 2)
        return fail(QStringLiteral("vocoder.bwe.n_fft must be at least 2"));
    if (2 * c.bweMels != GeneratorImpl::kInputChannels)
        return fail(QStringLiteral("vocoder.bwe.num_mels is %1, but the BWE generator's conv_pre takes 128 = 2 × 64 mel channels").arg(c.bweMels));
    *out = c;
    return true;
}

QJsonObject LtxVocoderConfig::toJson() const
{
    QJsonObject b = bwe.toJson();
    b.insert(QStringLiteral("apply_final_activation"), false);
    b.insert(QStringLiteral("input_sampling_rate"), bweInputRate);
    b.insert(QStringLiteral("output_sampling_rate"), bweOutputRate);
    b.insert(QStringLiteral("hop_length"), bweHop);
    b.insert(QStringLiteral("n_fft"), bweNfft);
    b.insert(QStringLiteral("win_size"), bweNfft);
    b.insert(QStringLiteral("num_mels"), bweMels);
    return QJsonObject{{QStringLiteral("vocoder"), vocoder.toJson()}, {QStringLiteral("bwe"), b}};
}

LtxVocoderConfig LtxVocoderConfig::ltx23()
{
    LtxVocoderConfig c;
    const std::vector<std::vector<int>> dil = {{1, 3, 5}, {1, 3, 5}, {1, 3, 5}};
    c.vocoder.upsampleInitialChannel = 1536;
    c.vocoder.upsampleRates = {5, 2, 2, 2, 2, 2};
    c.vocoder.upsampleKernelSizes = {11, 4, 4, 4, 4, 4};
    c.vocoder.resblockKernelSizes = {3, 7, 11};
    c.vocoder.resblockDilationSizes = dil;
    c.bwe.upsampleInitialChannel = 512;
    c.bwe.upsampleRates = {6, 5, 2, 2, 2};
    c.bwe.upsampleKernelSizes = {12, 11, 4, 4, 4};
    c.bwe.resblockKernelSizes = {3, 7, 11};
    c.bwe.resblockDilationSizes = dil;
    return c;  // the remaining fields' defaults are 2.3's values
}

int LtxVocoderConfig::stageUpsampling() const
{
    int p = 1;
    for (int r : vocoder.upsampleRates)
        p *= r;
    return p;
}

// ---------------------------------------------------------------------------------------------
// Filters ltx-core computes (same torch ops in the same order, so the float32 values agree)
// ---------------------------------------------------------------------------------------------

torch::Tensor ltxKaiserSincFilter(double cutoff, double halfWidth, int kernelSize)
{
    const bool even = kernelSize % 2 == 0;
    const int64_t half = kernelSize / 2;
    const double deltaF = 4 * halfWidth;
    const double amplitude = 2.285 * double(half - 1) * M_PI * deltaF + 7.95;
    double beta = 0.0;
    if (amplitude > 50.0)
        beta = 0.1102 * (amplitude - 8.7);
    else if (amplitude >= 21.0)
        beta = 0.5842 * std::pow(amplitude - 21, 0.4) + 0.07886 * (amplitude - 21.0);
    const auto window = torch::kaiser_window(kernelSize, /*periodic=*/false, beta, torch::kFloat32);
    const auto time = even ? torch::arange(-half, half) + 0.5 : torch::arange(int64_t(kernelSize)) - half;
    if (cutoff == 0)
        return torch::zeros({1, 1, kernelSize});
    const auto x = 2 * cutoff * time;
    const auto sinc = torch::where(x == 0, torch::ones({}, x.options()), torch::sin(M_PI * x) / M_PI / x);
    auto filter = 2 * cutoff * window * sinc;
    filter /= filter.sum();
    return filter.view({1, 1, kernelSize});
}

torch::Tensor ltxHannUpsampleFilter(int ratio)
{
    const double rolloff = 0.99;
    const int64_t lowpassWidth = 6;
    const int64_t width = int64_t(std::ceil(double(lowpassWidth) / rolloff));
    const int64_t kernel = 2 * width * ratio + 1;
    const auto time = (torch::arange(kernel) / ratio - width) * rolloff;
    const auto clamped = time.clamp(-double(lowpassWidth), double(lowpassWidth));
    const auto window = torch::cos(clamped * M_PI / double(lowpassWidth) / 2).pow(2);
    return (torch::sinc(time) * window * rolloff / ratio).view({1, 1, kernel});
}

// ---------------------------------------------------------------------------------------------
// LtxVocoder
// ---------------------------------------------------------------------------------------------

struct LtxVocoder::Impl {
    LtxVocoderConfig config;
    torch::TensorOptions options;
    std::shared_ptr<RootImpl> root;
    torch::Tensor resampleFilter;  // UpSample1d(hann) of the skip path: non-persistent in ltx-core
    int64_t resampleWidth = 7;     // ceil(lowpass_filter_width 6 / rolloff 0.99)

    void setKaiserFilters()
    {
        // Activation1d is ratio 2 / 12 taps everywhere: cutoff 0.5/2, half width 0.6/2 for both filters.
        const auto k = ltxKaiserSincFilter(0.25, 0.3, int(Activation1dImpl::kTaps));
        torch::NoGradGuard noGrad;
        for (auto &[name, t] : allTensors(*root))
            if (endsWith(name, ".filter"))
                t.copy_(k);
    }
};

LtxVocoder::LtxVocoder(const LtxVocoderConfig &config, const torch::TensorOptions &options) : d(std::make_unique<Impl>())
{
    d->config = config;
    d->options = options.dtype(torch::kFloat32);  // fp32 compute whatever the caller's dtype (as ltx-core's autocast)
    d->root = std::make_shared<RootImpl>(config, d->options);
    d->resampleFilter = ltxHannUpsampleFilter(config.bweRatio()).to(d->options.device());
    if (d->options.device().type() != torch::kMeta)
        d->setKaiserFilters();
}

LtxVocoder::~LtxVocoder() = default;
LtxVocoder::LtxVocoder(LtxVocoder &&) noexcept = default;
LtxVocoder &LtxVocoder::operator=(LtxVocoder &&) noexcept = default;

const LtxVocoderConfig &LtxVocoder::config() const { return d->config; }

QString LtxVocoder::load(const SafetensorsFile &file)
{
    if (d->options.device().type() == torch::kMeta)
        return QStringLiteral("cannot load %1 into a vocoder built on the meta device").arg(file.path());
    const QString err = loadModuleTensors(*d->root, file, QStringLiteral("vocoder."));
    return err.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(file.path(), err);
}

NamedTensors LtxVocoder::checkpointTensors()
{
    NamedTensors out;
    for (auto &[name, t] : allTensors(*d->root))
        out.emplace_back(QStringLiteral("vocoder.") + QString::fromStdString(name), t);
    return out;
}

void LtxVocoder::initRandom(uint64_t seed)
{
    if (d->options.device().type() == torch::kMeta)
        return;
    torch::NoGradGuard noGrad;
    auto gen = at::detail::createCPUGenerator(seed);
    auto randn = [&](const torch::Tensor &t) { return torch::randn(t.sizes(), gen, torch::kFloat32); };
    const auto kaiser = ltxKaiserSincFilter(0.25, 0.3, int(Activation1dImpl::kTaps));
    const int64_t nFft = d->config.bweNfft;
    // ltx-core only loads the STFT bases; these are the usual Hann-windowed DFT basis (real rows, then
    // imaginary rows) and its pseudo-inverse scaled by n_fft/hop, so a random checkpoint is still usable.
    const auto n = torch::arange(nFft, torch::kFloat64);
    const auto k = torch::arange(nFft / 2 + 1, torch::kFloat64).unsqueeze(1);
    const auto angle = 2 * M_PI * k * n / double(nFft);
    const auto fourier = torch::cat({torch::cos(angle), -torch::sin(angle)}, 0);
    const auto window = torch::hann_window(nFft, /*periodic=*/true, torch::kFloat64);
    const auto forwardBasis = (fourier * window).unsqueeze(1);
    const auto inverseBasis = (torch::linalg::pinv(fourier * (double(nFft) / d->config.bweHop)).t() * window).unsqueeze(1);
    const auto melBasis = slaneyMelFilterbank(d->config.bweInputRate, int(nFft), d->config.bweMels, 0.0, d->config.bweInputRate / 2.0);
    for (auto &[name, t] : allTensors(*d->root)) {
        torch::Tensor v;
        if (endsWith(name, ".filter")) {
            v = kaiser;
        } else if (endsWith(name, "forward_basis")) {
            v = forwardBasis;
        } else if (endsWith(name, "inverse_basis")) {
            v = inverseBasis;
        } else if (endsWith(name, "mel_basis")) {
            v = melBasis;
        } else if (endsWith(name, ".alpha") || endsWith(name, ".beta")) {
            v = randn(t) * 0.2;  // log-scale: e^α, e^β stay near 1 and positive
        } else if (endsWith(name, ".bias")) {
            v = randn(t) * 0.1;
        } else {
            // Conv1d [out, in, k]: fan-in in·k. ConvTranspose1d [in, out, k] (under ".ups."): each output
            // sample sums in·k/stride taps.
            const bool bwe = name.rfind("bwe_generator.", 0) == 0;
            double fanIn = double(t.size(1) * t.size(2));
            if (name.find(".ups.") != std::string::npos) {
                const GeneratorImpl &g = bwe ? *d->root->bwe_generator : *d->root->vocoder;
                const int i = std::stoi(name.substr(name.find(".ups.") + 5));
                fanIn = double(t.size(0) * t.size(2)) / g.config.upsampleRates[size_t(i)];
            }
            // Small residual branches and output convs, as in a trained BigVGAN: otherwise every AMP block
            // roughly doubles the signal and the random model saturates its clamp.
            double gain = 1.0;
            if (name.find(".convs2.") != std::string::npos)
                gain = 0.25;
            else if (endsWith(name, "conv_post.weight"))
                gain = bwe ? 0.05 : 0.04;
            v = randn(t) * (gain / std::sqrt(fanIn));
        }
        t.copy_(v.to(torch::kFloat32));
    }
}

torch::Tensor LtxVocoder::vocode(const torch::Tensor &mel) const
{
    TORCH_CHECK(mel.dim() == 4 && mel.size(1) == 2 && 2 * mel.size(3) == GeneratorImpl::kInputChannels,
                "LtxVocoder::vocode: expected a stereo log-mel [B, 2, T, 64], got ", mel.sizes());
    torch::NoGradGuard noGrad;
    const auto x = mel.to(d->options.device(), torch::kFloat32);
    // [B,2,T,64] -> [B,2,64,T] -> b (s c) t: channel s·64 + c.
    const auto in = x.transpose(2, 3).reshape({x.size(0), GeneratorImpl::kInputChannels, x.size(2)});
    return d->root->vocoder->forward(in);
}

torch::Tensor LtxVocoder::extendBandwidth(const torch::Tensor &wave16k) const
{
    TORCH_CHECK(wave16k.dim() == 3 && wave16k.size(1) * d->config.bweMels == GeneratorImpl::kInputChannels,
                "LtxVocoder::extendBandwidth: expected stereo audio [B, 2, L], got ", wave16k.sizes());
    torch::NoGradGuard noGrad;
    auto x = wave16k.to(d->options.device(), torch::kFloat32);
    const int64_t batch = x.size(0), channels = x.size(1), length = x.size(2);
    const int64_t hop = d->config.bweHop, nFft = d->config.bweNfft, ratio = d->config.bweRatio();
    const int64_t outLength = length * d->config.bweOutputRate / d->config.bweInputRate;
    if (length % hop != 0)  // whole mel frames
        x = torch::constant_pad_nd(x, {0, hop - length % hop});
    const int64_t padded = x.size(2);

    // Causal log-mel with the stored bases: left pad win − hop, DFT by strided conv, |·|, mel, log.
    const MelStftImpl &ms = *d->root->mel_stft;
    auto flat = torch::constant_pad_nd(x.reshape({batch * channels, 1, padded}), {std::max<int64_t>(0, nFft - hop), 0});
    const auto spec = torch::conv1d(flat, ms.stft_fn->forward_basis, torch::Tensor(), hop);
    const int64_t bins = spec.size(1) / 2;
    const auto re = spec.narrow(1, 0, bins), im = spec.narrow(1, bins, bins);
    const auto magnitude = torch::sqrt(re * re + im * im);
    const auto logMel = torch::log(torch::clamp_min(torch::matmul(ms.mel_basis, magnitude), 1e-5));
    // [B·2, 64, frames] is already b (s c) t for the generator.
    const auto residual = d->root->bwe_generator->forward(logMel.reshape({batch, channels * logMel.size(1), logMel.size(2)}));

    // Skip path: UpSample1d(ratio, hann): replicate-pad width, ratio·conv_transpose1d, crop.
    const int64_t w = d->resampleWidth, taps = d->resampleFilter.size(2);
    auto skip = torch::replication_pad1d(x, {w, w});
    skip = torch::conv_transpose1d(skip, d->resampleFilter.expand({channels, 1, taps}), torch::Tensor(), ratio, 0, 0, channels);
    const int64_t cropLeft = 2 * w * ratio, cropRight = taps - ratio;
    skip = skip.narrow(2, cropLeft, skip.size(2) - cropLeft - cropRight).mul_(double(ratio));
    TORCH_CHECK(residual.sizes() == skip.sizes(), "LtxVocoder::extendBandwidth: BWE residual ", residual.sizes(), " != skip ", skip.sizes(),
                " (the bwe upsampling must equal output/input rate × hop)");
    return torch::clamp(residual + skip, -1.0, 1.0).narrow(2, 0, outLength);
}

torch::Tensor LtxVocoder::forward(const torch::Tensor &mel) const { return extendBandwidth(vocode(mel)); }

}  // namespace a2a
