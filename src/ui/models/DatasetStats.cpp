#include "DatasetStats.h"

#include "CaptionLinter.h"

#include <algorithm>
#include <cmath>

namespace a2a {

int DurationHistogram::peak() const
{
    int p = 0;
    for (int v : reference)
        p = std::max(p, v);
    for (int v : target)
        p = std::max(p, v);
    return p;
}

DatasetStats computeDatasetStats(const CuratedDataset &dataset)
{
    DatasetStats s;
    std::vector<double> durations;
    std::vector<int> words;
    for (const DatasetPair &p : dataset.pairs) {
        if (p.excluded)
            continue;
        for (const ClipRef *c : {&p.reference, &p.target}) {
            if (!c->decoded)
                continue;
            ++s.clips;
            s.formats[c->info.container] += 1;
            s.sampleRates[c->info.sampleRate] += 1;
            durations.push_back(c->durationSeconds());
        }
        if (!p.caption.trimmed().isEmpty()) {
            ++s.captioned;
            words.push_back(wordCount(p.caption));
        }
        if (wordCount(dataset.finalCaption(p)) > kMaxCaptionWords)
            ++s.captionsTooLong;
    }
    if (!durations.empty()) {
        s.shortestSeconds = *std::min_element(durations.begin(), durations.end());
        s.longestSeconds = *std::max_element(durations.begin(), durations.end());
    }
    if (!words.empty()) {
        std::sort(words.begin(), words.end());
        s.captionWordsMin = words.front();
        s.captionWordsMax = words.back();
        s.captionWordsMedian = words[words.size() / 2];
    }
    // At most 16 bins over the range, in steps people read easily.
    const double range = std::max(1.0, s.longestSeconds);
    double bin = 0.1;
    for (double candidate : {0.1, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 300.0})
        if (range / candidate <= 16.0) {
            bin = candidate;
            break;
        }
    s.durations.binSeconds = bin;
    const size_t bins = size_t(std::floor(range / bin)) + 1;
    s.durations.reference.assign(bins, 0);
    s.durations.target.assign(bins, 0);
    for (const DatasetPair &p : dataset.pairs) {
        if (p.excluded)
            continue;
        if (p.reference.decoded)
            s.durations.reference[std::min(bins - 1, size_t(p.reference.durationSeconds() / bin))] += 1;
        if (p.target.decoded)
            s.durations.target[std::min(bins - 1, size_t(p.target.durationSeconds() / bin))] += 1;
    }
    return s;
}

}  // namespace a2a
