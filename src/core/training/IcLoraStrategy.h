#pragma once
// The a2a IC-LoRA training rules of ltx-trainer (spec §7), in one place: the sequence is
// [reference ; target], reference tokens clean with timestep 0 and no loss, positions from 0 for
// both ("overlap", ltx-trainer's a2a convention) or the reference at negative times, ending 40 ms
// before the target starts ("negative": ComfyUI's LTXVReferenceAudio, LTX's Dub-It, musubi's
// --audio_ref_use_negative_positions), the sampled σ drives prompt AdaLN.
// Torch header: engine code only. Thread rule: pure functions.

#include "TrainingData.h"
#include "model/AudioTransformer.h"

namespace a2a {

enum class ReferencePositions { Overlap, Negative };
QString referencePositionsName(ReferencePositions p);  // "overlap" / "negative"
// "overlap", "negative" or "before" (the earlier name of "negative"); false for anything else.
bool parseReferencePositions(const QString &name, ReferencePositions *out);

struct IcLoraBatch {
    AudioTokens tokens;           // batch 1: [reference ; noisy target]
    torch::Tensor velocityTarget; // [1, T, C]
    torch::Tensor lossMask;       // [1, Tr + T] false on the reference
};

// Reference positions for a reference of `frames` tokens under a convention.
torch::Tensor referencePositionsFor(int64_t frames, ReferencePositions convention);

// withReference = false builds the plain text-to-audio step (no reference tokens): used to show
// that the reference matters.
IcLoraBatch buildIcLoraBatch(const TrainingExample &example, const torch::Tensor &sigma, torch::Generator &gen,
                             ReferencePositions convention, bool withReference = true);

// Augmentation: reference and target rotated together by one random whole number of tokens, so
// the pair's alignment is kept while the content moves against the positions. With ten pairs a
// LoRA otherwise learns where things happen in each clip rather than the transform (measured
// in bench/learn). Pairs of unequal length are returned unchanged.
TrainingExample shiftedJointly(const TrainingExample &example, torch::Generator &gen);

// Masked MSE on the target tokens, batch mean.
torch::Tensor icLoraLoss(const torch::Tensor &prediction, const IcLoraBatch &batch);

}  // namespace a2a
