#pragma once
// What a dataset amounts to under a given bucket: which pairs are usable, skipped (and why),
// in error, and whether the reference service would refuse the request (its HTTP 422).
// The CLI prints it, the app shows it, the trainer checks it before anything runs.
// Thread rule: stateless, any thread.

#include "CuratedDataset.h"

#include <QJsonObject>

namespace a2a {

struct BucketSuggestion {
    double bucketSeconds = 0.0;  // the largest bucket (0.1 s steps, ≥ 0.5 s) that keeps `keeps` more pairs
    int keeps = 0;               // how many currently skipped pairs it would keep
};

struct DatasetSummary {
    int total = 0;
    int usable = 0;
    int skipped = 0;   // a side shorter than the bucket
    int errors = 0;    // a clip unreadable
    int excluded = 0;  // by the user
    int warnings = 0;  // usable pairs with warnings
    QList<PairId> usableIds;
    bool refused = false;       // the service would answer 422
    IssueList datasetIssues;    // the dataset's own issues plus the computed ones (few pairs, none usable)
    BucketSuggestion keepAll;   // the bucket that keeps every skipped pair
    BucketSuggestion bestGain;  // the longest bucket that keeps any skipped pair: "a 4 s bucket would keep 7 more pairs"
};

// The longest bucket the pair fills (the shorter of its two clips), 0 if a clip is unreadable.
double maxBucketFor(const DatasetPair &pair);

DatasetSummary summarizeDataset(const CuratedDataset &dataset, const FitOptions &fit);

QString formatDatasetReport(const CuratedDataset &dataset, const DatasetSummary &summary, const FitOptions &fit);
QJsonObject datasetReportJson(const CuratedDataset &dataset, const DatasetSummary &summary, const FitOptions &fit);

// Fewer usable pairs than this draws the service's "aim for at least 10 pairs" warning.
constexpr int kRecommendedPairs = 10;

}  // namespace a2a
