#pragma once
// "How long and how much memory?" before a run starts, measured on this machine: the base is
// loaded with a LoRA of the request's rank, one warm-up and a few timed IC-LoRA training steps run
// on random tokens of the bucket's length (AdamW, clip, backward: the trainer's step), one
// guided sampler step and one codec decode are timed for the validation previews, and the peak
// resident memory added meanwhile is read from /proc/self/status. projectTraining() turns these
// figures into the run's time for any number of steps without measuring again.
// No torch here: UI code may include it. Thread rule: runs on the calling thread (blocking,
// seconds for the embedded model); one estimate per process at a time (it sets torch's thread count).

#include "TrainingRequest.h"

#include <QString>

#include <functional>

namespace a2a {

struct TrainingEstimateOptions {
    QString basePath;               // base checkpoint in the LTX-2.3 layout
    QString textEncoderPath;        // Gemma-3 folder, for a real LTX-2.3 base
    int warmupSteps = 1;            // untimed: first-call allocations and lazy initialisation
    int timedSteps = 3;             // averaged
    bool heldOut = false;           // a held-out pair is also sampled at every validation (≥ 5 usable pairs)
    int validationInterval = 0;     // as TrainingJobConfig: 0 = a quarter of number_of_steps
    int validationSteps = 0;        // Euler steps per preview; 0 = the base's recommendation
    double cfgScale = -1.0;         // < 0 = the base's recommendation
    int threads = 1;                // intra-op threads, as the run will use
    QString device = QStringLiteral("cpu");
    int distinctTexts = 2;          // captions, validation prompts and the negative prompt to encode
};

struct TrainingEstimate {
    QString error;                  // empty = measured; "cancelled" when shouldStop said so

    // Measured.
    double secondsPerStep = 0.0;        // one training step at the bucket's length
    double secondsPerSamplerStep = 0.0; // one guided Euler step at the bucket's length (all passes)
    double secondsPerDecode = 0.0;      // codec decode of one bucket-long clip
    int samplerSteps = 0;               // Euler steps per preview (the base's recommendation or the option)
    qint64 peakBytes = 0;               // resident memory added at the peak of the warm-up
    double textEncodingSeconds = 0.0;   // one caption through the text encoder (0 = negligible: the embedded model)
    QString basis;                      // how it was measured, when not the whole base
    double measuredSeconds = 0.0;       // wall time of the measurement itself, loading included

    // Projected by projectTraining().
    int validations = 0;                // validation rounds, the step-0 baseline included
    int previewsPerValidation = 0;      // validation entries (or the one default preview) + held-out
    double trainingSeconds = 0.0;       // number_of_steps × secondsPerStep
    double validationSeconds = 0.0;     // all validation rounds
    double textSeconds = 0.0;           // every distinct caption, prompt and the negative prompt, once
    double totalSeconds = 0.0;

    bool ok() const { return error.isEmpty(); }
};

// Measures, then projects for `request`. shouldStop is checked between steps.
TrainingEstimate estimateTraining(const TrainingRequest &request, const TrainingEstimateOptions &options,
                                  const std::function<bool()> &shouldStop = {});

// Fills the projected fields of a measured estimate for `request` (its steps, validation entries
// and preview length); cheap, so a changed step count needs no new measurement.
void projectTraining(TrainingEstimate *estimate, const TrainingRequest &request, const TrainingEstimateOptions &options);

// Validation rounds of a run, as the trainer schedules them: step 0, every interval, the last step.
int validationRounds(int numberOfSteps, int validationInterval);

// Whether the trainer sets a pair aside for the held-out metric with this many usable pairs.
bool hasHeldOutPair(int usablePairs);

}  // namespace a2a
