// The quality codec of the embedded model (no learned vocoder). Tokens hold the spectral
// envelope: 64 Slaney mel bands in dB, two 20 ms frames per token (25 tokens/s × 128 values,
// LTX-2.3's token rate and width). Decoding takes the fine structure and phase from the clip the
// target was generated from: its STFT is shaped by the gain between the target's and its own
// envelope, and noise fills in where the target has energy the reference lacks. Without a
// reference, Griffin-Lim reconstructs the phase.

#include "AudioCodec.h"

#include <cmath>

namespace a2a {
namespace {

constexpr int kRate = 16000, kFft = 1024, kHop = 160, kMels = 64, kPool = 2, kFramesPerToken = 4;
constexpr double kFloorDb = -100.0, kMeanDb = -45.0, kStdDb = 20.0;
constexpr double kMaxBoostDb = 40.0;
// Only ~15.5 % of a random-phase STFT's power survives resynthesis and re-analysis at this hop
// (measured by the prototype): scale the fill-in noise so its level comes out right.
const double kNoiseCalibration = 1.0 / std::sqrt(0.155);

torch::Tensor monoOf(const AudioBuffer &audio)
{
    const auto interleaved = torch::from_blob(const_cast<float *>(audio.samples.data()), {audio.frames(), audio.channels}, torch::kFloat32);
    return interleaved.mean(1).clone();
}

class EnvelopeCodec final : public AudioCodec {
public:
    EnvelopeCodec()
    {
        m_window = torch::hann_window(kFft);
        m_mel = slaneyMelFilterbank(kRate, kFft, kMels);  // [64, 513]
        // Mel → linear interpolation weights: each linear bin takes the bands covering it.
        auto cover = m_mel / torch::clamp_min(m_mel.amax(1, true), 1e-12);  // peak 1 per band
        m_toLinear = cover.t() / torch::clamp_min(cover.sum(0).unsqueeze(1), 1e-6);  // [513, 64]
        // Bins no band covers (above the top band) copy the nearest band.
        const auto uncovered = cover.sum(0) < 1e-6;
        const int64_t top = kMels - 1;
        m_toLinear.index_put_({uncovered, top}, 1.0);
        m_melPinv = torch::linalg::pinv(m_mel);
        m_bandGain = m_mel.sum(1, true);  // a band's mel power for unit power in every bin it spans
    }

    QString name() const override { return QStringLiteral("env/v1/sr16000/fft1024/hop160/mel64/pool2"); }
    int sampleRate() const override { return kRate; }
    int tokenWidth() const override { return kMels * kPool; }

    torch::Tensor stft(const torch::Tensor &x) const
    {
        return torch::stft(x, kFft, kHop, kFft, m_window, true, "reflect", false, true, true);
    }
    torch::Tensor istft(const torch::Tensor &spec, int64_t length) const
    {
        return torch::istft(spec, kFft, kHop, kFft, m_window, true, false, true, length, false);
    }
    torch::Tensor melDb(const torch::Tensor &mag) const  // [513, F] → [64, F]
    {
        return 10.0 * torch::log10(torch::matmul(m_mel, mag.pow(2)) + 1e-10);
    }

    torch::Tensor encode(const AudioBuffer &audio) const override
    {
        torch::NoGradGuard ng;
        auto db = torch::clamp_min(melDb(stft(monoOf(audio)).abs()), kFloorDb);  // [64, F]
        const int64_t frames = db.size(1);
        const int64_t tokens = (frames - 1) / kFramesPerToken + 1;
        const int64_t padded = tokens * kFramesPerToken;
        if (padded > frames)
            db = torch::cat({db, db.narrow(1, frames - 1, 1).expand({kMels, padded - frames})}, 1);
        // Pool pairs of 10 ms frames: [64, tokens, 2, 2] → mean over the inner pair.
        const auto pooled = db.view({kMels, tokens, kPool, kFramesPerToken / kPool}).mean(3);  // [64, T, 2]
        return ((pooled.permute({1, 2, 0}) - kMeanDb) / kStdDb).reshape({tokens, tokenWidth()}).contiguous();
    }

    // Token envelope → mel dB per 10 ms frame [64, frames], linearly interpolated between the
    // pooled 20 ms frames.
    torch::Tensor envelopeFrames(const torch::Tensor &tokens, int64_t frames) const
    {
        const int64_t t = tokens.size(0);
        auto pooled = (tokens.to(torch::kFloat32).view({t, kPool, kMels}) * kStdDb + kMeanDb).reshape({t * kPool, kMels}).t();  // [64, 2T]
        // Pooled frame j is centred on 10 ms frame 2j + 0.5.
        auto pos = (torch::arange(frames, torch::kFloat32) - 0.5) / 2.0;
        pos = torch::clamp(pos, 0.0, double(t * kPool - 1));
        const auto lo = pos.floor().to(torch::kLong), hi = torch::clamp_max(lo + 1, t * kPool - 1);
        const auto w = (pos - lo.to(torch::kFloat32)).unsqueeze(0);
        return pooled.index_select(1, lo) * (1 - w) + pooled.index_select(1, hi) * w;
    }

    AudioBuffer decode(const torch::Tensor &tokens, const AudioBuffer *reference, int64_t outFrames) const override
    {
        torch::NoGradGuard ng;
        const int64_t t = tokens.size(0);
        const int64_t samples = outFrames > 0 ? std::min<int64_t>(outFrames, t * kFramesPerToken * kHop) : (t - 1) * kFramesPerToken * kHop;
        const int64_t frames = samples / kHop + 1;
        const auto targetDb = envelopeFrames(tokens, frames);                              // [64, F]
        torch::Tensor signal;
        if (reference && reference->frames() > 0) {
            auto ref = monoOf(*reference);
            ref = ref.numel() >= samples ? ref.narrow(0, 0, samples) : torch::constant_pad_nd(ref, {0, samples - ref.numel()});
            const auto spec = stft(ref);                                                   // [513, F]
            const auto refDb = torch::clamp_min(melDb(spec.abs()), kFloorDb);
            const auto gainDb = torch::matmul(m_toLinear, torch::clamp_max(targetDb - refDb, kMaxBoostDb));  // [513, F]
            auto shaped = spec * torch::pow(10.0, gainDb / 20.0);
            // Fill in with noise where a band of the target has more energy than the shaped
            // reference (more than 1 dB short); flat within the band.
            const auto wanted = torch::pow(10.0, targetDb / 10.0);
            const auto have = torch::matmul(m_mel, shaped.abs().pow(2));
            const auto deficit = torch::where(wanted > have * 1.26, wanted - have, torch::zeros_like(wanted));
            const auto missing = torch::matmul(m_toLinear, deficit / m_bandGain).sqrt() * kNoiseCalibration;
            auto gen = at::detail::createCPUGenerator(4242);
            const auto phase = (torch::rand(missing.sizes(), gen) * 2 - 1) * M_PI;
            shaped = shaped + torch::polar(missing, phase);
            signal = istft(shaped, samples);
        } else {
            const auto mag = torch::matmul(m_toLinear, torch::pow(10.0, targetDb / 10.0) / m_bandGain).sqrt();
            auto gen = at::detail::createCPUGenerator(1234);
            auto phase = (torch::rand(mag.sizes(), gen) * 2 - 1) * M_PI;
            for (int i = 0; i < 48; ++i) {
                signal = istft(torch::polar(mag, phase), samples);
                phase = torch::angle(stft(signal));
            }
            signal = istft(torch::polar(mag, phase), samples);
        }
        signal = signal - signal.mean();  // no DC offset, whatever the fill-in noise did
        AudioBuffer out;
        out.sampleRate = kRate;
        out.channels = 2;
        const auto s = signal.contiguous();
        out.samples.resize(size_t(samples * 2));
        const float *src = s.data_ptr<float>();
        for (int64_t i = 0; i < samples; ++i)
            out.samples[size_t(2 * i)] = out.samples[size_t(2 * i + 1)] = src[i];
        return out;
    }

private:
    torch::Tensor m_window, m_mel, m_toLinear, m_melPinv, m_bandGain;
};

}  // namespace

std::unique_ptr<AudioCodec> makeEnvelopeCodec() { return std::make_unique<EnvelopeCodec>(); }

}  // namespace a2a
