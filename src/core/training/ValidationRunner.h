#pragma once
// Validation during training (spec §6–7): previews for each `validation` entry (the reference
// clip cut to the preview length, the prompt, the negative prompt, CFG + STG + rescale, a fixed
// seed so every preview is heard against the same noise), and the held-out metric: generate from
// the held-out pair's reference and compare with its true target.
// Torch header: engine code only. Thread rule: runs on the trainer's thread.

#include "Sampler.h"
#include "TrainingData.h"
#include "TrainingTypes.h"
#include "model/AudioCodec.h"
#include "model/TextEncoder.h"

namespace a2a {

struct ValidationInput {
    QString prompt;
    QString referencePath;  // a local audio file
    AudioBuffer reference;  // fitted to the preview length, codec rate, stereo
    torch::Tensor referenceTokens;
    TextContext text;
};

struct ValidationSetup {
    std::vector<ValidationInput> inputs;
    TextContext negative;
    GuidanceConfig guidance;
    int64_t previewTokens = 0;
    uint64_t seed = 42;
    QString previewDir;  // where preview wavs go
};

// Loads and fits each validation reference; returns an error naming the clip when one is unusable.
QString loadValidationInputs(const QList<QPair<QString, QString>> &promptAndPath, double previewSeconds, const AudioCodec &codec,
                             const TextEncoder &text, std::vector<ValidationInput> *out);

class ValidationRunner {
public:
    ValidationRunner(AudioTransformer &model, const AudioCodec &codec, ValidationSetup setup);

    // Previews (written as wav) and the held-out ratio at `step`. withLora = false renders the
    // base alone (the step-0 baseline). Returns an undefined report step (-1) when cancelled.
    ValidationReport run(int step, bool withLora, const std::optional<TrainingExample> &heldOut,
                         const std::function<bool()> &shouldStop);

private:
    AudioTransformer &m_model;
    const AudioCodec &m_codec;
    ValidationSetup m_setup;
};

void setLoraActive(AudioTransformer &model, bool active);

}  // namespace a2a
