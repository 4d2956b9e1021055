#include "AudioCodec.h"

#include <cmath>

namespace a2a {
namespace {

double hzToMelSlaney(double hz)
{
    const double fSp = 200.0 / 3.0, minLogHz = 1000.0, minLogMel = minLogHz / fSp, logStep = std::log(6.4) / 27.0;
    return hz < minLogHz ? hz / fSp : minLogMel + std::log(hz / minLogHz) / logStep;
}

double melToHzSlaney(double mel)
{
    const double fSp = 200.0 / 3.0, minLogHz = 1000.0, minLogMel = minLogHz / fSp, logStep = std::log(6.4) / 27.0;
    return mel < minLogMel ? mel * fSp : minLogHz * std::exp(logStep * (mel - minLogMel));
}

torch::Tensor monoOf(const AudioBuffer &audio)
{
    const auto interleaved = torch::from_blob(const_cast<float *>(audio.samples.data()), {audio.frames(), audio.channels}, torch::kFloat32);
    return interleaved.mean(1).clone();
}

AudioBuffer stereoFrom(const torch::Tensor &mono, int rate)
{
    AudioBuffer out;
    out.sampleRate = rate;
    out.channels = 2;
    const auto m = mono.contiguous();
    out.samples.resize(size_t(m.numel() * 2));
    const float *src = m.data_ptr<float>();
    for (int64_t i = 0; i < m.numel(); ++i)
        out.samples[size_t(2 * i)] = out.samples[size_t(2 * i + 1)] = src[i];
    return out;
}

class MelCodec final : public AudioCodec {
public:
    explicit MelCodec(const MelCodecConfig &c) : m_c(c)
    {
        m_window = torch::hann_window(c.nFft, torch::kFloat32);
        m_mel = slaneyMelFilterbank(c.sampleRate, c.nFft, c.melBins);
        m_melPinv = torch::linalg::pinv(m_mel);
    }

    QString name() const override
    {
        return QStringLiteral("mel-gl/v1/sr%1/fft%2/hop%3/mel%4/fpt%5").arg(m_c.sampleRate).arg(m_c.nFft).arg(m_c.hop).arg(m_c.melBins).arg(m_c.framesPerToken);
    }
    int sampleRate() const override { return m_c.sampleRate; }
    int tokenWidth() const override { return m_c.melBins * m_c.framesPerToken; }

    torch::Tensor stft(const torch::Tensor &x) const
    {
        return torch::stft(x, m_c.nFft, m_c.hop, m_c.nFft, m_window, /*center=*/true, "reflect", /*normalized=*/false,
                           /*onesided=*/true, /*return_complex=*/true);
    }

    torch::Tensor encode(const AudioBuffer &audio) const override
    {
        torch::NoGradGuard ng;
        const auto mag = stft(monoOf(audio)).abs();                                      // [F, frames]
        auto logMel = torch::log(torch::clamp_min(torch::matmul(m_mel, mag), m_c.logFloor));  // [mel, frames]
        logMel = (logMel - m_c.mean) / m_c.stddev;
        const int64_t frames = logMel.size(1);
        const int64_t tokens = (frames - 1) / m_c.framesPerToken + 1;
        const int64_t padded = tokens * m_c.framesPerToken;
        if (padded > frames)  // repeat the last frame into the final patch
            logMel = torch::cat({logMel, logMel.narrow(1, frames - 1, 1).expand({m_c.melBins, padded - frames})}, 1);
        // token i = frames [4i, 4i + 4): laid out frame-major, bins inside.
        return logMel.t().reshape({tokens, tokenWidth()}).contiguous();
    }

    AudioBuffer decode(const torch::Tensor &tokens, const AudioBuffer *reference, int64_t outFrames) const override
    {
        torch::NoGradGuard ng;
        const int64_t t = tokens.size(0);
        // Frame k is centred on sample k·hop: outFrames samples need frames up to outFrames / hop.
        const int64_t samples = outFrames > 0 ? std::min<int64_t>(outFrames, t * m_c.framesPerToken * m_c.hop) : (t - 1) * m_c.framesPerToken * m_c.hop;
        const int64_t frames = std::min<int64_t>(t * m_c.framesPerToken, (samples + m_c.hop - 1) / m_c.hop + 1);
        const int64_t natural = (frames - 1) * m_c.hop;  // Griffin-Lim works at the frames' own length
        auto logMel = tokens.to(torch::kFloat32).reshape({t * m_c.framesPerToken, m_c.melBins}).t().narrow(1, 0, frames);
        const auto melMag = torch::exp(logMel * m_c.stddev + m_c.mean);
        const auto mag = torch::clamp_min(torch::matmul(m_melPinv, melMag), 0.0);  // [F, frames]

        torch::Tensor phase;
        if (reference && reference->frames() > 0) {
            auto ref = monoOf(*reference);
            ref = ref.numel() >= natural ? ref.narrow(0, 0, natural) : torch::constant_pad_nd(ref, {0, natural - ref.numel()});
            phase = torch::angle(stft(ref));
            if (phase.size(1) != frames)
                phase = torch::Tensor();
        }
        if (!phase.defined()) {
            auto gen = at::detail::createCPUGenerator(1234);
            phase = (torch::rand(mag.sizes(), gen) * 2 - 1) * M_PI;
        }
        torch::Tensor signal;
        for (int i = 0; i < m_c.griffinLimIterations; ++i) {
            const auto spec = torch::polar(mag, phase);
            signal = torch::istft(spec, m_c.nFft, m_c.hop, m_c.nFft, m_window, true, false, true, natural, false);
            phase = torch::angle(stft(signal));
        }
        signal = torch::istft(torch::polar(mag, phase), m_c.nFft, m_c.hop, m_c.nFft, m_window, true, false, true, natural, false);
        signal = natural >= samples ? signal.narrow(0, 0, samples) : torch::constant_pad_nd(signal, {0, samples - natural});
        return stereoFrom(signal.to(torch::kFloat32), m_c.sampleRate);
    }

private:
    MelCodecConfig m_c;
    torch::Tensor m_window, m_mel, m_melPinv;
};

}  // namespace

torch::Tensor slaneyMelFilterbank(int sampleRate, int nFft, int melBins, double fMin, double fMax)
{
    if (fMax <= 0)
        fMax = sampleRate / 2.0;
    const int bins = nFft / 2 + 1;
    std::vector<double> melPoints(size_t(melBins + 2));
    const double lo = hzToMelSlaney(fMin), hi = hzToMelSlaney(fMax);
    for (int i = 0; i < melBins + 2; ++i)
        melPoints[size_t(i)] = melToHzSlaney(lo + (hi - lo) * i / (melBins + 1));
    auto fb = torch::zeros({melBins, bins}, torch::kFloat64);
    auto acc = fb.accessor<double, 2>();
    for (int m = 0; m < melBins; ++m) {
        const double left = melPoints[size_t(m)], centre = melPoints[size_t(m + 1)], right = melPoints[size_t(m + 2)];
        const double norm = 2.0 / (right - left);  // Slaney: equal area per filter
        for (int k = 0; k < bins; ++k) {
            const double hz = double(k) * sampleRate / nFft;
            const double up = (hz - left) / (centre - left), down = (right - hz) / (right - centre);
            acc[m][k] = std::max(0.0, std::min(up, down)) * norm;
        }
    }
    return fb.to(torch::kFloat32);
}

std::unique_ptr<AudioCodec> makeMelCodec(const MelCodecConfig &config) { return std::make_unique<MelCodec>(config); }

std::unique_ptr<AudioCodec> makeCodecByName(const QString &name)
{
    if (name.startsWith(QLatin1String("env/")))
        return makeEnvelopeCodec();
    if (name.startsWith(QLatin1String("mel-gl/")))
        return makeMelCodec();
    return nullptr;
}

}  // namespace a2a
