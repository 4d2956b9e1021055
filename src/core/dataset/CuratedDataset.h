#pragma once
// The curated dataset state that the CLI, the app and export share: pairs with their clips,
// captions, exclusions and trim offsets, the trigger phrase, and every issue found on ingest.
// Pairs are addressed by PairId, stable across sorting, filtering and exclusion.
// Thread rule: a plain value; the app edits it on the GUI thread and hands copies to workers.

#include "audio/AudioDecoder.h"
#include "audio/ClipFitter.h"
#include "audio/WaveformSummary.h"
#include "util/Issue.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>

class QTemporaryDir;

namespace a2a {

using PairId = int;

enum class PairStatus { Ok, Warning, Skipped, Error, Excluded };
QString pairStatusName(PairStatus s);

struct ClipRef {
    QString sourcePath;      // archive entry or path relative to the dataset folder, as the user named it
    QString localPath;       // readable file on disk: the private extracted copy, or the user's file
    AudioFileInfo info;      // filled by decoding; info.frames == 0 when it could not be decoded
    bool decoded = false;
    double trimOffsetSeconds = 0.0;
    std::shared_ptr<const WaveformSummary> waveform;  // native-rate summary for views
    IssueList issues;        // decode problems of this clip

    double durationSeconds() const { return info.durationSeconds(); }
    QString suffix() const;  // lower-case extension of sourcePath
};

struct DatasetPair {
    PairId id = -1;
    QString name;
    ClipRef reference;  // <name>_start
    ClipRef target;     // <name>_end
    QString caption;    // as edited; the trigger phrase is not part of it
    bool hasCaptionFile = false;
    bool excluded = false;
    IssueList issues;   // pair-level issues (caption problems, …); clip issues live on the clips
};

struct CuratedDataset {
    QString source;       // what the user opened: path or URL
    QString sourceFile;   // the local zip or folder read (the download's temp copy for a URL)
    bool sourceIsFolder = false;
    QString triggerPhrase;
    QList<DatasetPair> pairs;
    IssueList issues;             // dataset-level: pairing errors, unsafe entries, …
    QStringList orphanStarts;     // _start files without _end
    std::shared_ptr<QTemporaryDir> workDir;  // private extraction folder, removed with the last copy

    DatasetPair *pair(PairId id);
    const DatasetPair *pair(PairId id) const;
    PairId nextPairId() const;

    // "<trigger> <caption>", or the trigger alone, or the caption alone.
    QString finalCaption(const DatasetPair &pair) const;
};

QString composeCaption(const QString &triggerPhrase, const QString &caption);

// Status of a pair under a bucket: Error (a clip unreadable), Skipped (a side shorter than the
// bucket), Excluded (by the user), Warning (usable with warnings), Ok.
PairStatus pairStatus(const DatasetPair &pair, const FitOptions &fit);

// Every issue of the pair: its own and both clips'.
IssueList allIssues(const DatasetPair &pair);

}  // namespace a2a
