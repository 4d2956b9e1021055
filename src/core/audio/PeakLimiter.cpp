#include "PeakLimiter.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <vector>

namespace a2a {
namespace {

// Sliding minimum over [i - radius, i + radius] (monotonic deque, O(n)).
std::vector<float> slidingMinimum(const std::vector<float> &x, int64_t radius)
{
    const int64_t n = int64_t(x.size());
    std::vector<float> out(x.size());
    std::deque<int64_t> window;
    int64_t next = 0;
    for (int64_t i = 0; i < n; ++i) {
        for (; next < n && next <= i + radius; ++next) {
            while (!window.empty() && x[size_t(window.back())] >= x[size_t(next)])
                window.pop_back();
            window.push_back(next);
        }
        while (window.front() < i - radius)
            window.pop_front();
        out[size_t(i)] = x[size_t(window.front())];
    }
    return out;
}

}  // namespace

double limitPeaks(AudioBuffer &audio, const PeakLimiterOptions &o)
{
    const int64_t frames = audio.frames();
    if (frames == 0 || audio.channels <= 0)
        return 0.0;
    std::vector<float> needed(size_t(frames), 1.f);
    bool any = false;
    for (int64_t f = 0; f < frames; ++f) {
        float peak = 0.f;
        for (int ch = 0; ch < audio.channels; ++ch)
            peak = std::max(peak, std::fabs(audio.samples[size_t(f * audio.channels + ch)]));
        if (peak > o.ceiling) {
            needed[size_t(f)] = o.ceiling / peak;
            any = true;
        }
    }
    if (!any)
        return 0.0;
    const int64_t radius = std::max<int64_t>(1, int64_t(o.lookAheadSeconds * audio.sampleRate));
    // Hold the floor over ±radius, recover smoothly afterwards, then average over the same span:
    // every gain in the averaging window of a peak is already at or below what that peak needs,
    // so the smoothed gain still keeps it under the ceiling, with no step to click.
    std::vector<float> gain = slidingMinimum(needed, radius);
    const float recover = float(1.0 - std::exp(-1.0 / std::max(1.0, o.releaseSeconds * audio.sampleRate)));
    for (int64_t f = 1; f < frames; ++f)
        gain[size_t(f)] = std::min(gain[size_t(f)], gain[size_t(f - 1)] + (1.f - gain[size_t(f - 1)]) * recover);
    std::vector<double> prefix(size_t(frames + 1), 0.0);
    for (int64_t f = 0; f < frames; ++f)
        prefix[size_t(f + 1)] = prefix[size_t(f)] + gain[size_t(f)];
    float deepest = 1.f;
    for (int64_t f = 0; f < frames; ++f) {
        const int64_t a = std::max<int64_t>(0, f - radius), b = std::min(frames, f + radius + 1);
        const float g = float((prefix[size_t(b)] - prefix[size_t(a)]) / double(b - a));
        deepest = std::min(deepest, g);
        for (int ch = 0; ch < audio.channels; ++ch)
            audio.samples[size_t(f * audio.channels + ch)] *= g;
    }
    return -20.0 * std::log10(deepest);
}

}  // namespace a2a
