#pragma once
// Caption checks the Fix panel and the table show: empty and duplicate captions, a missing trigger
// phrase or one repeated inside a caption, and captions longer than the text encoder reads.
// Excluded pairs are not checked. When every captioned pair has the same caption (common for one
// transform) that is one dataset-level note, not a flag on every pair. Thread rule: stateless.

#include "dataset/CuratedDataset.h"

#include <QHash>
#include <QStringList>

namespace a2a {

// Words of the final caption ("<trigger> <caption>") the text encoder reads; beyond, it is cut.
constexpr int kMaxCaptionWords = 32;

enum class CaptionProblem { Empty, Duplicate, TriggerRepeated, TooLong };

struct CaptionLintItem {
    CaptionProblem problem;
    QString message;
};

struct CaptionLint {
    QHash<PairId, QList<CaptionLintItem>> byPair;
    QStringList datasetLevel;  // e.g. no trigger phrase set

    bool has(PairId id) const { return byPair.contains(id); }
    // A finding worth fixing: anything but a duplicate (sharing a caption can be deliberate).
    bool hasProblem(PairId id) const;
    QStringList messages(PairId id) const;
    int count(CaptionProblem problem) const;
};

CaptionLint lintCaptions(const CuratedDataset &dataset);

int wordCount(const QString &text);

}  // namespace a2a
