#pragma once
// Turns the curated dataset into what the trainer consumes: for every usable pair, the fitted
// reference and target clips encoded to latent tokens (through the on-disk LatentCache) and the
// final caption (trigger + caption) encoded to a text context. With at least 5 usable pairs one
// is held out for the held-out metric and never trained on.
// Torch header: engine code only. Thread rule: one call per thread.

#include "LatentCache.h"
#include "TrainingTypes.h"
#include "dataset/ClipPreparer.h"
#include "dataset/CuratedDataset.h"
#include "model/AudioCodec.h"
#include "model/TextEncoder.h"

#include <optional>
#include <vector>

namespace a2a {

struct TrainingExample {
    QString name;
    QString caption;           // final caption, trigger included
    torch::Tensor reference;   // [T, C]
    torch::Tensor target;      // [T, C]
    TextContext text;
    AudioBuffer referenceAudio;  // fitted audio at the codec rate: kept for the held-out pair only
    AudioBuffer targetAudio;
};

struct TrainingSet {
    std::vector<TrainingExample> train;
    std::optional<TrainingExample> heldOut;
    QString error;  // non-empty: nothing to train on, and why
};

// The minimum number of usable pairs for a held-out pair to be set aside.
constexpr int kMinPairsForHeldOut = 5;

TrainingSet prepareTrainingSet(const CuratedDataset &dataset, const PrepareOptions &prepare, const AudioCodec &codec,
                               const TextEncoder &text, const LatentCache &cache, const TrainingCallbacks &callbacks);

}  // namespace a2a
