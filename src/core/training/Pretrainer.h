#pragma once
// Pretraining of the embedded base model on the synthetic corpus: all weights train to generate
// the target with the reference in context (and, 10 % of the time, without it), with the same
// flow-matching objective, sequence layout, codec and text encoder that IC-LoRA training uses.
// A producer thread makes and encodes pairs while the training thread steps (one intra-op thread
// each: measured fastest here). Saves the base periodically and at the end (bf16, LTX-2.3 layout).
// No torch here. Thread rule: blocks the calling thread for the time budget.

#include "samples/PretrainCorpus.h"
#include "util/Progress.h"

#include <QString>

#include <functional>

namespace a2a {

struct PretrainConfig {
    QString outPath;            // the base model file to write
    CorpusOptions corpus;       // sources, seconds (the bucket), rate, seed
    int layers = 8;
    int heads = 4;
    int headDim = 64;
    double minutes = 30.0;      // wall-clock budget of the training loop (when steps = 0)
    int steps = 0;              // > 0: train exactly this many steps (reproducible whatever the machine's load)
    QString initPath;           // continue from this base's weights (same shape) instead of random ones
    double learningRate = 5e-4;
    int warmupSteps = 300;
    double dropReference = 0.1; // share of steps trained without the reference (plain text-to-audio)
    double saveEveryMinutes = 5.0;
    uint64_t seed = 1;
};

struct PretrainReport {
    int step = 0;
    double loss = 0.0;          // running mean over the last 100 steps
    double elapsedMinutes = 0.0;
};

struct PretrainResult {
    bool ok = false;
    QString error;
    int steps = 0;
    double finalLoss = 0.0;
    QString corpusDescription;
};

PretrainResult runPretraining(const PretrainConfig &config, const ProgressSink &progress,
                              const std::function<void(const PretrainReport &)> &onReport);

}  // namespace a2a
