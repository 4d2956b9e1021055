#pragma once
// Pair statistics for the Statistics view: a duration histogram of both sides, formats, sample
// rates and caption lengths. Excluded pairs and unreadable clips are left out of the histogram.
// Thread rule: stateless, any thread.

#include "dataset/CuratedDataset.h"

#include <QMap>

#include <vector>

namespace a2a {

struct DurationHistogram {
    double binSeconds = 0.5;
    std::vector<int> reference;  // reference[i]: clips in [i × bin, (i + 1) × bin)
    std::vector<int> target;
    int peak() const;
};

struct DatasetStats {
    DurationHistogram durations;
    QMap<QString, int> formats;      // "wav" → clips (both sides)
    QMap<int, int> sampleRates;      // Hz → clips
    int clips = 0;
    int captioned = 0;               // pairs with a non-empty caption
    int captionWordsMin = 0, captionWordsMedian = 0, captionWordsMax = 0;
    int captionsTooLong = 0;         // final caption over kMaxCaptionWords
    double shortestSeconds = 0.0, longestSeconds = 0.0;
};

DatasetStats computeDatasetStats(const CuratedDataset &dataset);

}  // namespace a2a
