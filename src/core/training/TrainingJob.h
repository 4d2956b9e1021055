#pragma once
// One training run, the whole of it: prepare latents, IC-LoRA training with checkpoints and
// validations, outputs. Runs on the calling thread and reports through TrainingCallbacks; the
// CLI calls it directly, the app from a worker thread. No torch here: UI code may include it.
// Thread rule: one job per output folder at a time.

#include "TrainingRequest.h"
#include "TrainingTypes.h"
#include "dataset/CuratedDataset.h"

namespace a2a {

struct TrainingJobConfig {
    TrainingRequest request;
    QString outputDir;
    QString basePath;                 // base checkpoint in the LTX-2.3 layout
    QString textEncoderPath;          // Gemma-3 folder (config.json, tokenizer.model, weights): a real LTX-2.3 base needs it
    // "overlap" (ltx-trainer), "negative" (ComfyUI's reference-audio node), or "" for the base's
    // default: negative for a real LTX-2.3 checkpoint (where the LoRA will be used in ComfyUI),
    // overlap for the embedded model (what it was pretrained with).
    QString referencePositions;
    int checkpointInterval = 250;     // steps between checkpoints
    int keepCheckpoints = 2;          // at least 2 are kept
    int validationInterval = 0;       // 0 = a quarter of number_of_steps
    int validationSteps = 0;          // Euler steps per preview; 0 = the base's recommendation (LTX: 30)
    double cfgScale = -1.0;           // text guidance of previews; < 0 = the base's recommendation (LTX: 7)
    int threads = 1;                  // intra-op threads: 1 measured fastest for small models
    QString device = QStringLiteral("auto");  // "cpu", "cuda" or "auto" (CUDA when this libtorch has it)
    uint64_t seed = 42;               // ltx-trainer's default
    QString cacheDir;                 // latent cache; empty = ~/.cache/a2a-studio/latents
    QList<QPair<QString, QString>> validationInputs;  // (prompt, local audio path), resolved by the caller
    bool timeShift = true;            // rotate each step's pair in time, jointly (see shiftedJointly)
    int injectNanAtStep = -1;         // tests: make the loss NaN at this step
};

// Starts a new run in config.outputDir (which must be new or empty of checkpoints).
TrainingResult runTrainingJob(const CuratedDataset &dataset, const TrainingJobConfig &config, const TrainingCallbacks &callbacks);

// Continues the run in outputDir from its newest complete checkpoint; the step count, the data
// order and every random draw continue as if it had never stopped.
TrainingResult resumeTrainingJob(const QString &outputDir, const TrainingCallbacks &callbacks);

}  // namespace a2a
