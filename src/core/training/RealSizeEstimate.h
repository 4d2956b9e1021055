#pragma once
// The estimate for a real-size LTX-2.3 base, measured on this machine without loading its 3.3 B
// parameters: one transformer block at the base's own size is built (held as the run will hold
// it: fp32-resident or bf16 upcast per layer, with gradient checkpointing) and timed for a LoRA
// training step and a guided sampler step, then scaled by the number of blocks; the real decoder
// and vocoder are timed on a bucket-long clip; text encoding is the Gemma-3 folder's FLOPs per
// caption (plus the feature extractor and connector) at the rate the block achieved; memory is
// LtxMemoryPlan's figure. Torch header: engine code only. Thread rule: the calling thread.

#include "TrainingEstimate.h"

#include <functional>

namespace a2a {

// The layer count above which a base is estimated block by block instead of as a whole.
constexpr int kWholeBaseEstimateLayers = 4;

// False when the base is not a real-size LTX-2.3 checkpoint (the caller measures it whole);
// otherwise true with *estimate filled (or its error set).
bool estimateRealSizeBase(const TrainingRequest &request, const TrainingEstimateOptions &options, const std::function<bool()> &shouldStop,
                          TrainingEstimate *estimate);

}  // namespace a2a
