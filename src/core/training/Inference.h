#pragma once
// "Try it" and `a2a-train infer`: apply a trained IC-LoRA (or the base alone, same seed) to any
// reference clip. A reference longer than the bucket is processed in overlapping windows joined
// with raised-cosine crossfades. No torch here: UI code may include it.
// Thread rule: runs on the calling thread; one inference per thread.

#include "audio/AudioBuffer.h"

#include <QString>

#include <functional>

namespace a2a {

struct InferenceConfig {
    QString basePath;
    QString textEncoderPath;  // Gemma-3 folder, for a real LTX-2.3 base
    QString loraPath;            // empty = the base alone
    bool useLora = true;         // false: same seed, LoRA switched off (the A/B baseline)
    QString referencePath;
    QString prompt;              // include the trigger phrase, as in training
    QString negativePrompt;      // empty = the built-in audio negative prompt
    int steps = 0;               // 0 = the base's recommendation (LTX: 30)
    double cfgScale = -1.0;      // < 0 = the base's recommendation (LTX: 7)
    double stgScale = 1.0;
    uint64_t seed = 42;
    double windowSeconds = 0.0;  // 0 = the LoRA's bucket (metadata), else 5 s
    double overlapSeconds = 0.5;
    int threads = 1;
    QString device = QStringLiteral("auto");  // "cpu", "cuda" or "auto"
};

struct InferenceResult {
    AudioBuffer audio;  // same length as the reference, at the codec rate, stereo
    QString error;
    int windows = 0;
    bool ok() const { return error.isEmpty(); }
};

InferenceResult runInference(const InferenceConfig &config, const std::function<bool(int done, int total)> &progress = {});

}  // namespace a2a
