#pragma once
// Decoded PCM in memory: interleaved float samples in [-1, 1].
// Thread rule: a plain value; copy or move between threads.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace a2a {

struct AudioBuffer {
    int sampleRate = 0;
    int channels = 0;
    std::vector<float> samples;  // interleaved, frames() * channels values

    int64_t frames() const { return channels > 0 ? int64_t(samples.size()) / channels : 0; }
    double durationSeconds() const { return sampleRate > 0 ? double(frames()) / sampleRate : 0.0; }
    bool isEmpty() const { return samples.empty(); }
    float sample(int64_t frame, int channel) const { return samples[size_t(frame * channels + channel)]; }
};

// Copies frames [start, start + count) (clamped to the buffer) into a new buffer.
AudioBuffer sliceFrames(const AudioBuffer &in, int64_t start, int64_t count);

// Largest absolute sample value.
float peakLevel(const AudioBuffer &in);

// Scales the buffer so its peak equals targetPeak (linear). Silence stays silent.
void normalizePeak(AudioBuffer &buffer, float targetPeak);

// The peak that audio_normalize brings every fitted clip to: -1 dBFS leaves headroom for resampling.
constexpr float kNormalizedPeak = 0.891f;

// Index of the first non-finite sample, or -1.
int64_t firstNonFiniteSample(const AudioBuffer &in);

}  // namespace a2a
