#pragma once
// What a unified LTX-2.3 checkpoint (the 46 GB `ltx-2.3-22b-dev.safetensors`, or a small file in
// its layout) holds for the audio path, read from its header and config alone: the groups of
// the contract (ltx23-real-cli-contract.md), each checked name by name and shape by shape against
// what the file's own `__metadata__["config"]` implies. No tensor data is read, and nothing
// outside these groups (the video stream, the video VAE) is ever looked at beyond its header
// entry. `a2a-train check-base` prints it; the trainer and the app refuse a base it finds unusable.
// Torch-free header. Thread rule: pure functions.

#include "LtxMemoryPlan.h"
#include "ModelConfig.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace a2a {

enum class LtxGroup { Dit, Connector, TextProjection, VaeEncoder, VaeDecoder, VaeStatistics, Vocoder, Bwe, MelStft };

struct LtxGroupReport {
    LtxGroup group = LtxGroup::Dit;
    QString name;           // "audio VAE encoder"
    QString pattern;        // "audio_vae.encoder.*"
    bool neededToTrain = false;   // training cannot start without it
    bool neededToListen = false;  // previews, Try it and audio-decode need it
    int expected = 0;       // tensors the config implies
    int found = 0;          // tensors under the pattern in the file
    int64_t parameters = 0; // elements of the tensors found
    QMap<QString, int> dtypes;  // "BF16" → count
    QStringList missing;    // expected names absent from the file (full checkpoint names)
    QStringList unexpected; // names under the pattern the config does not have
    QStringList misshapen;  // "name: file [a, b], config [c, d]"
    bool complete() const { return found > 0 && missing.isEmpty() && unexpected.isEmpty() && misshapen.isEmpty(); }
};

struct LtxCheckpointReport {
    QString path;
    QString error;           // the file cannot be read at all (truncated, not safetensors, no config)
    int64_t fileTensors = 0; // every tensor in the header
    int64_t skippedTensors = 0;  // outside the audio groups (never read)
    ModelConfig transformer;
    QString audioVaeJson;    // the config's audio_vae and vocoder sections, compact JSON
    QString vocoderJson;
    QStringList configErrors;    // sections that are absent or that the port cannot run
    std::vector<LtxGroupReport> groups;
    LtxMemoryPlan memory;    // for a training run at the default bucket and rank
    int64_t textProjectionInputs = 0;  // the text encoder's hidden × (layers + 1) the projection takes

    const LtxGroupReport *group(LtxGroup g) const;
    bool trainable() const;  // every group needed to train is complete and consistent
    bool listenable() const; // every group needed to listen is complete and consistent
    QStringList problems() const;  // one sentence each, first the ones that block training
};

// Reads the header (and the config) only. A missing file or a broken header fills `error`.
LtxCheckpointReport inspectLtxCheckpoint(const QString &path);

// The report as `check-base` prints it: groups, counts, dtypes, parameters, problems, memory.
QString formatLtxCheckpointReport(const LtxCheckpointReport &report);

}  // namespace a2a
