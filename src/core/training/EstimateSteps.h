#pragma once
// The timed LoRA training step both estimates run (the whole embedded base, or one real-size
// block): frozen base, LoRA alpha = rank on every target, AdamW, clip 1.0, backward — the
// trainer's step on random tokens, whose values cost nothing extra.
// Torch header: engine code only. Thread rule: the calling thread.

#include "TrainingData.h"
#include "TrainingRequest.h"
#include "IcLoraStrategy.h"
#include "model/AudioTransformer.h"

#include <functional>

namespace a2a {

// Mean seconds of `timed` steps after `warmup` untimed ones; < 0 when stopped() said so.
// afterStep runs after each step (memory sampling).
double timeLoraTrainingSteps(AudioTransformer &model, const TrainingExample &example, const TrainingRequest &request, int warmup, int timed,
                             ReferencePositions convention, const std::function<bool()> &stopped,
                             const std::function<void()> &afterStep = {});

}  // namespace a2a
