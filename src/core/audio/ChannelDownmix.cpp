#include "ChannelDownmix.h"

#include <array>
#include <vector>

namespace a2a {
namespace {

// Weights per input channel for the left output; the right output mirrors them.
// WAVE channel order: FL FR FC LFE BL BR (5.1) + SL SR (7.1).
std::vector<std::array<float, 2>> surroundWeights(int channels)
{
    constexpr float k = 0.707f;
    std::vector<std::array<float, 2>> w(size_t(channels), {0.f, 0.f});
    w[0] = {1.f, 0.f};
    w[1] = {0.f, 1.f};
    w[2] = {k, k};
    // w[3] is the LFE: dropped
    w[4] = {k, 0.f};
    w[5] = {0.f, k};
    if (channels == 8) {
        w[6] = {k, 0.f};
        w[7] = {0.f, k};
    }
    float sumLeft = 0.f;
    for (const auto &c : w)
        sumLeft += c[0];
    for (auto &c : w) {
        c[0] /= sumLeft;
        c[1] /= sumLeft;
    }
    return w;
}

}  // namespace

AudioBuffer downmixToStereo(const AudioBuffer &in)
{
    if (in.channels == 2)
        return in;
    AudioBuffer out;
    out.sampleRate = in.sampleRate;
    out.channels = 2;
    const int64_t frames = in.frames();
    out.samples.resize(size_t(frames * 2));
    if (in.channels == 6 || in.channels == 8) {
        const auto w = surroundWeights(in.channels);
        for (int64_t f = 0; f < frames; ++f) {
            float l = 0.f, r = 0.f;
            const float *src = in.samples.data() + f * in.channels;
            for (int c = 0; c < in.channels; ++c) {
                l += w[size_t(c)][0] * src[c];
                r += w[size_t(c)][1] * src[c];
            }
            out.samples[size_t(2 * f)] = l;
            out.samples[size_t(2 * f + 1)] = r;
        }
        return out;
    }
    for (int64_t f = 0; f < frames; ++f) {
        float sum = 0.f;
        const float *src = in.samples.data() + f * in.channels;
        for (int c = 0; c < in.channels; ++c)
            sum += src[c];
        const float mono = in.channels > 0 ? sum / float(in.channels) : 0.f;
        out.samples[size_t(2 * f)] = mono;
        out.samples[size_t(2 * f + 1)] = mono;
    }
    return out;
}

}  // namespace a2a
