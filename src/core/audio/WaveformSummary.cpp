#include "WaveformSummary.h"

#include <algorithm>
#include <limits>

namespace a2a {

WaveformSummary::WaveformSummary(const AudioBuffer &audio)
    : m_channels(audio.channels), m_sampleRate(audio.sampleRate), m_frames(audio.frames())
{
    if (m_channels == 0 || m_frames == 0)
        return;
    const int64_t bins0 = (m_frames + kBaseBlockFrames - 1) / kBaseBlockFrames;
    std::vector<std::vector<SampleRange>> level0(static_cast<size_t>(m_channels), std::vector<SampleRange>(static_cast<size_t>(bins0)));
    for (int64_t b = 0; b < bins0; ++b) {
        const int64_t begin = b * kBaseBlockFrames;
        const int64_t end = std::min(m_frames, begin + kBaseBlockFrames);
        for (int c = 0; c < m_channels; ++c) {
            float lo = std::numeric_limits<float>::max(), hi = std::numeric_limits<float>::lowest();
            for (int64_t f = begin; f < end; ++f) {
                const float s = audio.sample(f, c);
                lo = std::min(lo, s);
                hi = std::max(hi, s);
            }
            level0[size_t(c)][size_t(b)] = {lo, hi};
        }
    }
    m_levels.push_back(std::move(level0));
    while (m_levels.back()[0].size() > 1) {
        const auto &prev = m_levels.back();
        const size_t n = (prev[0].size() + 1) / 2;
        std::vector<std::vector<SampleRange>> next(static_cast<size_t>(m_channels), std::vector<SampleRange>(n));
        for (int c = 0; c < m_channels; ++c) {
            for (size_t i = 0; i < n; ++i) {
                SampleRange r = prev[size_t(c)][2 * i];
                if (2 * i + 1 < prev[size_t(c)].size()) {
                    r.min = std::min(r.min, prev[size_t(c)][2 * i + 1].min);
                    r.max = std::max(r.max, prev[size_t(c)][2 * i + 1].max);
                }
                next[size_t(c)][i] = r;
            }
        }
        m_levels.push_back(std::move(next));
    }
}

int WaveformSummary::blockSizeFor(int desiredFramesPerBin) const
{
    int size = kBaseBlockFrames;
    for (int l = 1; l < levelCount() && size * 2 <= desiredFramesPerBin; ++l)
        size *= 2;
    return size;
}

std::vector<SampleRange> WaveformSummary::ranges(int channel, int64_t startFrame, int count, int blockSize) const
{
    std::vector<SampleRange> out(size_t(std::max(count, 0)));
    if (m_levels.empty() || channel < 0 || channel >= m_channels)
        return out;
    int level = 0;
    while ((kBaseBlockFrames << level) < blockSize && level + 1 < levelCount())
        ++level;
    const int levelBlock = kBaseBlockFrames << level;
    const auto &bins = m_levels[size_t(level)][size_t(channel)];
    for (int i = 0; i < count; ++i) {
        const int64_t first = (startFrame + int64_t(i) * blockSize) / levelBlock;
        const int64_t last = (startFrame + int64_t(i + 1) * blockSize - 1) / levelBlock;
        if (first < 0 || first >= int64_t(bins.size()))
            continue;
        SampleRange r = bins[size_t(first)];
        for (int64_t b = first + 1; b <= last && b < int64_t(bins.size()); ++b) {
            r.min = std::min(r.min, bins[size_t(b)].min);
            r.max = std::max(r.max, bins[size_t(b)].max);
        }
        out[size_t(i)] = r;
    }
    return out;
}

std::vector<SampleRange> WaveformSummary::overview(int channel, int bins) const
{
    bins = std::max(bins, 1);
    std::vector<SampleRange> out(static_cast<size_t>(bins));
    if (m_levels.empty() || channel < 0 || channel >= m_channels)
        return out;
    const int block = blockSizeFor(int(std::max<int64_t>(1, m_frames / bins)));
    const int64_t levelBins = (m_frames + block - 1) / block;
    const auto fine = ranges(channel, 0, int(levelBins), block);
    for (int b = 0; b < bins; ++b) {
        const int64_t first = int64_t(b) * levelBins / bins;
        const int64_t last = std::max(first, int64_t(b + 1) * levelBins / bins - 1);
        SampleRange r = fine[size_t(std::min<int64_t>(first, levelBins - 1))];
        for (int64_t i = first + 1; i <= last && i < levelBins; ++i) {
            r.min = std::min(r.min, fine[size_t(i)].min);
            r.max = std::max(r.max, fine[size_t(i)].max);
        }
        out[size_t(b)] = r;
    }
    return out;
}

}  // namespace a2a
