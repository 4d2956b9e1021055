#pragma once
// The prompt to prefill where the LoRA is used (Try it, validation entries), as the reference
// doc's "Inference Format Matching" asks: the trigger phrase and the dataset's caption style.
// The style is the caption most pairs share (ties: the first pair's), or a given pair's caption.
// Thread rule: pure functions.

#include "dataset/CuratedDataset.h"

namespace a2a {

// "<trigger> <the most common caption of the usable pairs>"; the trigger alone when no pair has
// a caption; empty when there is neither.
QString suggestedPrompt(const CuratedDataset &dataset);

// The final caption of that pair (its caption with the trigger), or suggestedPrompt() when the
// pair has no caption.
QString suggestedPromptFor(const CuratedDataset &dataset, PairId id);

}  // namespace a2a
