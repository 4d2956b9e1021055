#include "AudioMetrics.h"

#include "AudioCodec.h"
#include "audio/Resampler.h"

#include <torch/torch.h>

#include <algorithm>

namespace a2a {
namespace {

// Every distance is taken at 16 kHz: the real LTX codec decodes to 48 kHz and trains on clips at
// their own rate, the embedded one works at 16 kHz throughout.
constexpr int kMetricRate = 16000;

AudioBuffer atMetricRate(const AudioBuffer &audio)
{
    if (audio.sampleRate == kMetricRate || audio.sampleRate <= 0 || audio.isEmpty())
        return audio;
    QString error;
    return resample(audio, kMetricRate, ResampleQuality::Medium, &error);
}

torch::Tensor monoTensor(const AudioBuffer &in)
{
    const AudioBuffer audio = atMetricRate(in);
    std::vector<float> mono(size_t(audio.frames()));
    for (int64_t f = 0; f < audio.frames(); ++f) {
        float s = 0;
        for (int c = 0; c < audio.channels; ++c)
            s += audio.sample(f, c);
        mono[size_t(f)] = s / float(audio.channels);
    }
    return torch::from_blob(mono.data(), {int64_t(mono.size())}, torch::kFloat32).clone();
}

torch::Tensor powerSpectrum(const AudioBuffer &audio)
{
    static const torch::Tensor window = torch::hann_window(1024);
    return torch::stft(monoTensor(audio), 1024, 160, 1024, window, true, "reflect", false, true, true).abs().pow(2);
}

}  // namespace

double logMelDistance(const AudioBuffer &a, const AudioBuffer &b)
{
    static const torch::Tensor fb = slaneyMelFilterbank(16000, 1024, 64);
    const auto ma = torch::log(torch::clamp_min(torch::matmul(fb, powerSpectrum(a).sqrt()), 1e-5));
    const auto mb = torch::log(torch::clamp_min(torch::matmul(fb, powerSpectrum(b).sqrt()), 1e-5));
    const int64_t frames = std::min(ma.size(1), mb.size(1));
    return (ma.narrow(1, 0, frames) - mb.narrow(1, 0, frames)).abs().mean().item<double>();
}

double logSpectralDistance(const AudioBuffer &reference, const AudioBuffer &test)
{
    auto pr = powerSpectrum(reference), pt = powerSpectrum(test);
    const int64_t frames = std::min(pr.size(1), pt.size(1));
    pr = pr.narrow(1, 0, frames);
    pt = pt.narrow(1, 0, frames);
    const auto dr = 10 * torch::log10(pr + 1e-10), dt = 10 * torch::log10(pt + 1e-10);
    const auto perFrame = (dr - dt).pow(2).mean(0).sqrt();  // [frames]
    const auto frameDb = 10 * torch::log10(pr.sum(0) + 1e-10);
    const auto loud = frameDb > (frameDb.max() - 60.0);
    return perFrame.masked_select(loud).mean().item<double>();
}

double heldOutRatio(const AudioBuffer &outputIn, const AudioBuffer &referenceIn, const AudioBuffer &targetIn)
{
    const AudioBuffer output = atMetricRate(outputIn), reference = atMetricRate(referenceIn), target = atMetricRate(targetIn);
    const int64_t frames = std::min({output.frames(), reference.frames(), target.frames()});
    AudioBuffer o = sliceFrames(output, 0, frames), r = sliceFrames(reference, 0, frames), t = sliceFrames(target, 0, frames);
    // The inputs as the model sees them (peak-normalised over the span compared); the output is
    // taken at the level it was produced at, since loudness is part of a transform.
    for (AudioBuffer *b : {&r, &t})
        normalizePeak(*b, kNormalizedPeak);
    return logMelDistance(o, t) / std::max(logMelDistance(r, t), 1e-6);
}

}  // namespace a2a
