#pragma once
// Pairs `<name>_start.<ext>` (reference) with `<name>_end.<ext>` (target) and `<name>.txt`
// (caption) by the reference service's rules (DESIGN §2). Works on relative '/'-separated paths,
// so it serves archives and folders alike and never touches the disk.
// Thread rule: stateless, any thread.

#include "util/Issue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace a2a {

struct MatchedPair {
    QString name;         // <name>
    QString startPath;    // reference clip
    QString endPath;      // target clip
    QString captionPath;  // empty when the pair has no caption file
};

struct PairMatch {
    QList<MatchedPair> pairs;   // sorted by name, naturally ("a2" before "a10")
    QStringList orphanStarts;   // _start files with no _end (warned, skipped)
    QString manifestPath;       // our own a2a-dataset.json sidecar, if present
    IssueList issues;
};

// The file name of the sidecar that "Save dataset as…" writes next to the pairs.
extern const QString kDatasetManifestName;

PairMatch matchPairs(const QStringList &relativePaths);

// True for hidden files, macOS metadata (__MACOSX/, ._*), and OS clutter (Thumbs.db, desktop.ini).
bool isIgnoredPath(const QString &relativePath);

}  // namespace a2a
