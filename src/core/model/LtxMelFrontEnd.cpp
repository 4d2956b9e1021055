#include "LtxMelFrontEnd.h"

#include <QJsonValue>

#include <cmath>
#include <map>
#include <mutex>
#include <numeric>
#include <stdexcept>
#include <string>
#include <tuple>

namespace a2a {

namespace {

const QString kSection = QStringLiteral("audio_vae");

// A sub-object at `key`; absent or null gives an empty object (ltx-core's `.get(key, {})`).
bool childObject(const QJsonObject &parent, const QString &key, const QString &path, QJsonObject *out,
                 QString *error)
{
    const QJsonValue v = parent.value(key);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isObject()) {
        if (error)
            *error = QStringLiteral("%1.%2: expected an object").arg(path, key);
        return false;
    }
    *out = v.toObject();
    return true;
}

// Parses `v` as a positive integer; `name` is the full key path for the message.
bool positiveInt(const QJsonValue &v, const QString &name, int *value, QString *error)
{
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::floor(d) || d < 1 || d > 1e9) {
        if (error)
            *error = QStringLiteral("%1: expected a positive integer").arg(name);
        return false;
    }
    *value = int(d);
    return true;
}

// Absent or null keeps the default, as `.get(key, default)` does.
bool readInt(const QJsonObject &obj, const QString &key, const QString &path, int *value, QString *error)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return true;
    return positiveInt(v, path + QLatin1Char('.') + key, value, error);
}

struct KernelKey {
    int64_t orig, next;
    c10::ScalarType dtype;
    bool operator<(const KernelKey &o) const
    {
        return std::tie(orig, next, dtype) < std::tie(o.orig, o.next, o.dtype);
    }
};

struct Kernel {
    torch::Tensor weights;  // [new, 1, 2·width + orig]
    int64_t width = 0;
};

constexpr int kLowpassFilterWidth = 6;
constexpr double kRolloff = 0.99;

// torchaudio's `_get_sinc_resample_kernel` (sinc_interpolation). Each op, its operand order and its
// scalar operands (Python doubles / ints, rounded to the tensor dtype by the same TensorIterator
// path) follow the Python code: a float64 kernel would be ~4e-6 off per tap (path doc §8).
Kernel buildKernel(int64_t orig, int64_t next, c10::ScalarType dtype)
{
    double baseFreq = double(std::min(orig, next));
    baseFreq *= kRolloff;
    Kernel k;
    k.width = int64_t(std::ceil(kLowpassFilterWidth * orig / baseFreq));
    const auto opts = torch::TensorOptions().dtype(dtype);
    const torch::Tensor idx = torch::arange(-k.width, k.width + orig, opts).view({1, 1, -1}) / orig;
    torch::Tensor t = torch::arange(0, -next, -1, opts).view({-1, 1, 1}) / next + idx;
    t.mul_(baseFreq);
    t.clamp_(-kLowpassFilterWidth, kLowpassFilterWidth);
    const torch::Tensor window = torch::cos(t * M_PI / kLowpassFilterWidth / 2).pow(2);
    t.mul_(M_PI);
    const double scale = baseFreq / double(orig);
    torch::Tensor kernels = torch::where(t == 0, torch::tensor(1.0).to(t), t.sin() / t);
    kernels.mul_(window * scale);
    k.weights = kernels;
    return k;
}

// Kernels per reduced ratio and dtype. The codec resamples from several threads at once; a kernel
// is immutable once stored, so handing out a shared reference after the lookup is safe.
Kernel cachedKernel(int64_t orig, int64_t next, c10::ScalarType dtype)
{
    static std::mutex mutex;
    static std::map<KernelKey, Kernel> cache;
    const KernelKey key{orig, next, dtype};
    {
        std::lock_guard<std::mutex> lock(mutex);
        const auto it = cache.find(key);
        if (it != cache.end())
            return it->second;
    }
    Kernel k = buildKernel(orig, next, dtype);  // outside the lock: a 44.1 kHz kernel takes a moment
    std::lock_guard<std::mutex> lock(mutex);
    if (cache.size() >= 32)  // a bound for apps that see many odd rates; rebuilding is cheap
        cache.clear();
    return cache.emplace(key, k).first->second;
}

}  // namespace

bool LtxMelConfig::fromAudioVaeJson(const QJsonObject &audioVae, LtxMelConfig *out, QString *error)
{
    LtxMelConfig c;
    QJsonObject model, params, ddconfig, preprocessing, stft, mel, variables;
    const QString pModel = kSection + QStringLiteral(".model");
    const QString pParams = pModel + QStringLiteral(".params");
    const QString pPre = kSection + QStringLiteral(".preprocessing");
    if (!childObject(audioVae, QStringLiteral("model"), kSection, &model, error)
        || !childObject(model, QStringLiteral("params"), pModel, &params, error)
        || !childObject(params, QStringLiteral("ddconfig"), pParams, &ddconfig, error)
        || !childObject(audioVae, QStringLiteral("preprocessing"), kSection, &preprocessing, error)
        || !childObject(preprocessing, QStringLiteral("stft"), pPre, &stft, error)
        || !childObject(preprocessing, QStringLiteral("mel"), pPre, &mel, error)
        || !childObject(audioVae, QStringLiteral("variables"), kSection, &variables, error))
        return false;
    const QString pStft = pPre + QStringLiteral(".stft");
    if (!readInt(params, QStringLiteral("sampling_rate"), pParams, &c.sampleRate, error)
        || !readInt(stft, QStringLiteral("filter_length"), pStft, &c.nFft, error)
        || !readInt(stft, QStringLiteral("hop_length"), pStft, &c.hop, error))
        return false;

    // `ddconfig.mel_bins or mel.n_mel_channels or variables.mel_bins`: the first present, non-zero one.
    const struct {
        const QJsonObject &obj;
        QString key, path;
    } candidates[] = {
        {ddconfig, QStringLiteral("mel_bins"), pParams + QStringLiteral(".ddconfig.mel_bins")},
        {mel, QStringLiteral("n_mel_channels"), pPre + QStringLiteral(".mel.n_mel_channels")},
        {variables, QStringLiteral("mel_bins"), kSection + QStringLiteral(".variables.mel_bins")},
    };
    bool found = false;
    for (const auto &cand : candidates) {
        const QJsonValue v = cand.obj.value(cand.key);
        if (v.isUndefined() || v.isNull() || (v.isDouble() && v.toDouble() == 0.0))
            continue;
        if (!positiveInt(v, cand.path, &c.melBins, error))
            return false;
        found = true;
        break;
    }
    if (!found) {
        if (error)
            *error = QStringLiteral("%1.ddconfig.mel_bins: missing (nor %2.mel.n_mel_channels)").arg(pParams, pPre);
        return false;
    }
    if (c.nFft < 2 || c.nFft % 2 != 0) {
        if (error)
            *error = QStringLiteral("%1.filter_length: %2 is not an even FFT size").arg(pStft).arg(c.nFft);
        return false;
    }
    *out = c;
    return true;
}

QJsonObject LtxMelConfig::toJson() const
{
    QJsonObject ddconfig{{QStringLiteral("mel_bins"), melBins}};
    QJsonObject params{{QStringLiteral("ddconfig"), ddconfig}, {QStringLiteral("sampling_rate"), sampleRate}};
    QJsonObject stft{{QStringLiteral("filter_length"), nFft},
                     {QStringLiteral("hop_length"), hop},
                     {QStringLiteral("win_length"), nFft},
                     {QStringLiteral("causal"), true}};
    QJsonObject mel{{QStringLiteral("n_mel_channels"), melBins},
                    {QStringLiteral("mel_fmin"), 0},
                    {QStringLiteral("mel_fmax"), sampleRate / 2}};
    return QJsonObject{{QStringLiteral("model"), QJsonObject{{QStringLiteral("params"), params}}},
                       {QStringLiteral("preprocessing"),
                        QJsonObject{{QStringLiteral("stft"), stft}, {QStringLiteral("mel"), mel}}}};
}

torch::Tensor ltxDownmixToStereo(const torch::Tensor &samples)
{
    if (samples.dim() != 2 && samples.dim() != 3)
        throw std::invalid_argument("ltxDownmixToStereo: expected [C,N] or [B,C,N], got "
                                    + std::to_string(samples.dim()) + " dims");
    const torch::Tensor w = (samples.dim() == 2 ? samples.unsqueeze(0) : samples).to(torch::kFloat32);
    const int64_t channels = w.size(1);
    if (channels == 0)
        throw std::invalid_argument("ltxDownmixToStereo: no channels");
    torch::Tensor out;
    const auto ch = [&](int64_t i) { return w.select(1, i); };
    if (channels == 1) {
        out = w.repeat({1, 2, 1});
    } else if (channels == 2) {
        out = w;
    } else if (channels == 6) {
        // The weights are the trainer's Python doubles; each product rounds to float32 in the same order.
        const double main = 1.0 / 2.414, other = 0.707 / 2.414;
        const torch::Tensor left = ch(0) * main + ch(2) * other + ch(4) * other;
        const torch::Tensor right = ch(1) * main + ch(2) * other + ch(5) * other;
        out = torch::stack({left, right}, 1);
    } else if (channels == 8) {
        const double main = 1.0 / 3.121, other = 0.707 / 3.121;
        const torch::Tensor center = ch(2);
        const torch::Tensor left = ch(0) * main + (center + ch(4) + ch(6)) * other;
        const torch::Tensor right = ch(1) * main + (center + ch(5) + ch(7)) * other;
        out = torch::stack({left, right}, 1);
    } else {
        out = w.mean(1, /*keepdim=*/true).repeat({1, 2, 1});
    }
    return samples.dim() == 2 ? out.squeeze(0) : out;
}

torch::Tensor torchaudioResample(const torch::Tensor &waveform, int origRate, int newRate)
{
    if (origRate <= 0 || newRate <= 0)
        throw std::invalid_argument("torchaudioResample: sample rates must be positive, got "
                                    + std::to_string(origRate) + " -> " + std::to_string(newRate));
    if (origRate == newRate)
        return waveform;
    if (!waveform.is_floating_point())
        throw std::invalid_argument("torchaudioResample: expected a floating-point waveform");
    if (waveform.dim() < 1)
        throw std::invalid_argument("torchaudioResample: expected [..., N]");
    const int64_t gcd = std::gcd(int64_t(origRate), int64_t(newRate));
    const int64_t orig = origRate / gcd, next = newRate / gcd;
    const Kernel kernel = cachedKernel(orig, next, waveform.scalar_type());

    const auto shape = waveform.sizes().vec();
    const int64_t length = shape.back();
    const torch::Tensor packed = waveform.reshape({-1, length});
    const int64_t numWavs = packed.size(0);
    const torch::Tensor padded = torch::constant_pad_nd(packed, {kernel.width, kernel.width + orig}, 0);
    torch::Tensor resampled = torch::conv1d(padded.unsqueeze(1), kernel.weights.to(waveform.device()), {},
                                            /*stride=*/orig);
    resampled = resampled.transpose(1, 2).reshape({numWavs, -1});
    // Python's `int(math.ceil(new * length / orig))`: an exact integer product, one rounded division.
    const int64_t target = int64_t(std::ceil(double(next * length) / double(orig)));
    resampled = resampled.slice(-1, 0, target);
    auto outShape = shape;
    outShape.back() = resampled.size(-1);
    return resampled.view(outShape);
}

int64_t ltxTrainerTrimFrames(int64_t frames, int sampleRate, double durationSeconds)
{
    if (frames <= 0 || sampleRate <= 0)
        return std::max<int64_t>(frames, 0);
    const double fileDuration = double(frames) / double(sampleRate);
    const double target = durationSeconds > 0.0 ? std::min(fileDuration, durationSeconds) : fileDuration;
    const int64_t kept = int64_t(target * double(sampleRate));  // Python int(): truncation toward zero
    return std::clamp<int64_t>(kept, 0, frames);
}

torch::Tensor torchaudioSlaneyMelBank(int nFreqs, double fMin, double fMax, int nMels, int sampleRate)
{
    // torchaudio's _hz_to_mel works on Python doubles, _mel_to_hz on float32 tensors.
    const double fSp = 200.0 / 3;
    const double minLogHz = 1000.0;
    const double minLogMel = minLogHz / fSp;
    const double logStep = std::log(6.4) / 27.0;
    const auto hzToMel = [&](double hz) {
        return hz >= minLogHz ? minLogMel + std::log(hz / minLogHz) / logStep : hz / fSp;
    };
    const auto opts = torch::TensorOptions().dtype(torch::kFloat32);
    const torch::Tensor allFreqs = torch::linspace(0, sampleRate / 2, nFreqs, opts);
    const torch::Tensor mPts = torch::linspace(hzToMel(fMin), hzToMel(fMax), nMels + 2, opts);
    torch::Tensor fPts = 0.0 + fSp * mPts;
    const torch::Tensor logT = mPts >= minLogMel;
    fPts.index_put_({logT}, minLogHz * torch::exp(logStep * (mPts.index({logT}) - minLogMel)));

    const torch::Tensor fDiff = fPts.slice(0, 1) - fPts.slice(0, 0, -1);
    const torch::Tensor slopes = fPts.unsqueeze(0) - allFreqs.unsqueeze(1);
    const torch::Tensor down = (-1.0 * slopes.slice(1, 0, -2)) / fDiff.slice(0, 0, -1);
    const torch::Tensor up = slopes.slice(1, 2) / fDiff.slice(0, 1);
    torch::Tensor fb = torch::max(torch::zeros(1, opts), torch::min(down, up));
    // Python's `2.0 / tensor` is `tensor.reciprocal() * 2.0` (Tensor.__rtruediv__), two roundings.
    const torch::Tensor enorm = (fPts.slice(0, 2, nMels + 2) - fPts.slice(0, 0, nMels)).reciprocal() * 2.0;
    fb.mul_(enorm.unsqueeze(0));
    return fb;
}

LtxMelFrontEnd::LtxMelFrontEnd(const LtxMelConfig &config)
    : m_config(config)
    , m_melBank(torchaudioSlaneyMelBank(config.nFreqs(), 0.0, config.sampleRate / 2.0, config.melBins,
                                        config.sampleRate))
    , m_window(torch::hann_window(config.nFft, torch::TensorOptions().dtype(torch::kFloat32)))
{
}

torch::Tensor LtxMelFrontEnd::toModelWaveform(const torch::Tensor &samples, int sampleRate) const
{
    if (samples.dim() != 2)
        throw std::invalid_argument("LtxMelFrontEnd::toModelWaveform: expected [C,N], got "
                                    + std::to_string(samples.dim()) + " dims");
    const torch::Tensor stereo = ltxDownmixToStereo(samples).unsqueeze(0);
    return torchaudioResample(stereo, sampleRate, m_config.sampleRate);
}

torch::Tensor LtxMelFrontEnd::melSpectrogram(const torch::Tensor &waveform) const
{
    if (waveform.dim() != 3)
        throw std::invalid_argument("LtxMelFrontEnd::melSpectrogram: expected [B,C,N], got "
                                    + std::to_string(waveform.dim()) + " dims");
    const int64_t length = waveform.size(-1);
    if (length < m_config.minimumSamples())
        throw std::invalid_argument("LtxMelFrontEnd::melSpectrogram: " + std::to_string(length)
                                    + " samples; the centered STFT needs at least "
                                    + std::to_string(m_config.minimumSamples()));
    const torch::Tensor w = waveform.to(torch::kFloat32);
    const auto shape = w.sizes().vec();
    // torch.stft(center=True) as Python 1.13 runs it: reflect-pad a [1, rows, N] view, then the
    // uncentered transform.
    const int64_t pad = m_config.nFft / 2;
    torch::Tensor packed = w.reshape({1, -1, length});
    packed = torch::reflection_pad1d(packed, {pad, pad}).squeeze(0);
    const torch::Tensor window = m_window.to(w.device());
    const torch::Tensor spec = torch::stft(packed, m_config.nFft, m_config.hop, m_config.nFft, window,
                                           /*normalized=*/false, /*onesided=*/true, /*return_complex=*/true);
    const torch::Tensor magnitude = spec.reshape({shape[0], shape[1], spec.size(-2), spec.size(-1)}).abs();
    const torch::Tensor mel =
        torch::matmul(magnitude.transpose(-1, -2), m_melBank.to(w.device())).transpose(-1, -2);
    return torch::log(torch::clamp(mel, 1e-5)).permute({0, 1, 3, 2}).contiguous();
}

}  // namespace a2a
