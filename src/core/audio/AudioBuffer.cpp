#include "AudioBuffer.h"

#include <algorithm>
#include <cmath>

namespace a2a {

AudioBuffer sliceFrames(const AudioBuffer &in, int64_t start, int64_t count)
{
    AudioBuffer out;
    out.sampleRate = in.sampleRate;
    out.channels = in.channels;
    start = std::clamp<int64_t>(start, 0, in.frames());
    count = std::clamp<int64_t>(count, 0, in.frames() - start);
    out.samples.assign(in.samples.begin() + start * in.channels,
                       in.samples.begin() + (start + count) * in.channels);
    return out;
}

float peakLevel(const AudioBuffer &in)
{
    float peak = 0.f;
    for (float s : in.samples)
        peak = std::max(peak, std::fabs(s));
    return peak;
}

void normalizePeak(AudioBuffer &buffer, float targetPeak)
{
    const float peak = peakLevel(buffer);
    if (peak <= 1e-9f)
        return;
    const float gain = targetPeak / peak;
    for (float &s : buffer.samples)
        s *= gain;
}

int64_t firstNonFiniteSample(const AudioBuffer &in)
{
    for (size_t i = 0; i < in.samples.size(); ++i)
        if (!std::isfinite(in.samples[i]))
            return int64_t(i);
    return -1;
}

}  // namespace a2a
