#pragma once
// Turns what the user dropped (a .zip path, a folder, a file:// URL or an http(s):// URL to a
// zip) into a CuratedDataset: download, safe extraction into a private temp folder, pairing,
// captions, and a full decode of every clip (in parallel) for its duration, format and waveform.
// Never writes anywhere but its private temp folder; never modifies the user's files.
// Thread rule: ingestDataset() blocks its thread; startIngest() runs it on a pool thread and
// returns at once. Progress callbacks arrive on worker threads.

#include "CuratedDataset.h"
#include "HttpDownloader.h"
#include "ZipArchive.h"
#include "util/Progress.h"

#include <QFuture>

namespace a2a {

struct IngestOptions {
    ArchiveLimits limits;
    DownloadOptions download;
    int decodeThreads = 0;        // 0 = one per core
    bool buildWaveforms = true;   // summaries for the app's views; the CLI can skip them
    qint64 maxCaptionBytes = 64 * 1024;
    QString tempRoot;             // where the private work folder goes; empty = the system temp dir
};

struct IngestResult {
    CuratedDataset dataset;  // fatal problems are Error issues in dataset.issues
    bool cancelled = false;
};

// Decodes one clip (clip.localPath) for its duration and format, and its mono waveform summary
// when asked. Ingest uses it for every clip; the app for a replaced or hand-paired one.
void loadClip(ClipRef &clip, bool buildWaveform);

// (Re)computes the pair's "sides differ in length" warning after a clip changed.
void updatePairConsistencyIssues(DatasetPair &pair);

IngestResult ingestDataset(const QString &input, const IngestOptions &options, const ProgressSink &progress);

QFuture<IngestResult> startIngest(const QString &input, const IngestOptions &options, const ProgressSink &progress);

}  // namespace a2a
