#pragma once
// Multi-resolution min/max summary of a clip for waveform views (after Sonic Visualiser's
// RangeSummarisableTimeValueModel): level 0 holds one range per 64 frames, each further level
// doubles the block size. Views ask for the level nearest their frames-per-pixel and never loop
// over samples. Thread rule: immutable after construction; share freely between threads.

#include "AudioBuffer.h"

#include <vector>

namespace a2a {

struct SampleRange {
    float min = 0.f;
    float max = 0.f;
};

class WaveformSummary {
public:
    static constexpr int kBaseBlockFrames = 64;

    WaveformSummary() = default;
    explicit WaveformSummary(const AudioBuffer &audio);

    int channels() const { return m_channels; }
    int sampleRate() const { return m_sampleRate; }
    int64_t frames() const { return m_frames; }
    int levelCount() const { return int(m_levels.size()); }

    // The largest summary block size ≤ desired frames per bin (at least the base size).
    int blockSizeFor(int desiredFramesPerBin) const;

    // Ranges of frames [startFrame, startFrame + count × blockSize) of one channel, one per block.
    // blockSize must be a value returned by blockSizeFor(). Blocks past the end are empty ranges.
    std::vector<SampleRange> ranges(int channel, int64_t startFrame, int count, int blockSize) const;

    // The whole clip as `bins` ranges (any bins ≥ 1), aggregated from the nearest level.
    std::vector<SampleRange> overview(int channel, int bins) const;

private:
    int m_channels = 0;
    int m_sampleRate = 0;
    int64_t m_frames = 0;
    // m_levels[l][channel][bin]
    std::vector<std::vector<std::vector<SampleRange>>> m_levels;
};

}  // namespace a2a
