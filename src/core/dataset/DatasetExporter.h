#pragma once
// "Save dataset as…": writes the curated dataset as a new zip in the service's layout
// (<name>_start.<ext>, <name>_end.<ext>, <name>.txt with the edited captions) plus the
// a2a-dataset.json sidecar. Excluded pairs are left out. The zip is built in a temp file beside
// the destination and renamed into place when complete; the source is never overwritten.
// Thread rule: any thread; reads the clips' local files.

#include "CuratedDataset.h"
#include "util/Progress.h"

namespace a2a {

struct ExportResult {
    bool ok = false;
    int pairsWritten = 0;
    QString error;
};

ExportResult exportDatasetZip(const CuratedDataset &dataset, const QString &destinationZip, const ProgressSink &progress = {});

}  // namespace a2a
