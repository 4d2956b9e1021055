#pragma once
// The a2a-dataset.json sidecar that "Save dataset as…" writes beside the pairs: what the
// service's layout cannot carry (the trigger phrase, per-clip trim offsets). Other trainers
// ignore it; our ingest restores it. Thread rule: stateless, any thread.

#include "CuratedDataset.h"

#include <QByteArray>

namespace a2a {

QByteArray writeDatasetManifest(const CuratedDataset &dataset);

// Applies a manifest to freshly matched pairs (by pair name). Problems become warnings.
void applyDatasetManifest(const QByteArray &json, const QString &manifestPath, CuratedDataset &dataset);

}  // namespace a2a
