#pragma once
// The run's outputs, with the reference service's names, written atomically into the output
// folder: lora_file (bf16, ComfyUI/LTX keys, metadata), config_file (JSON), audio (all previews
// in one file with short gaps) and, when asked, debug_dataset (fitted clips, captions, cached
// latents, manifest). The LoRA is re-opened and checked before the run reports success.
// Torch header: engine code only. Thread rule: the trainer's thread.

#include "TrainingData.h"
#include "TrainingTypes.h"
#include "model/AudioTransformer.h"
#include "training/TrainingRequest.h"

namespace a2a {

struct LoraMetadata {
    QString baseModel;        // file name of the base checkpoint
    int rank = 32;
    QString triggerPhrase;
    QString referencePositions = QStringLiteral("overlap");
    int steps = 0;
    double bucketSeconds = 5.0;  // audio_duration_seconds: inference windows default to it
};

// Writes lora_file.safetensors; returns "" on success.
QString writeLoraFile(const QString &path, AudioTransformer &model, const LoraMetadata &meta);

// Re-opens a LoRA file and checks it against the base config: every key an audio LoRA target of a
// block that exists, shapes [r, in] / [out, r], dtype BF16, metadata present. "" = fine.
QString checkLoraFile(const QString &path, const ModelConfig &base, int rank);

// Loads a LoRA file (ComfyUI/LTX keys, alpha/r folded into B) onto the model's targets, with
// scale 1. Reports the metadata's reference positions and bucket. "" on success.
QString readLoraFile(const QString &path, AudioTransformer &model, QString *referencePositions = nullptr, double *bucketSeconds = nullptr);

QString writeConfigFile(const QString &path, const TrainingRequest &request, const LoraMetadata &meta, const QJsonObject &extra);

// Concatenates the wavs with `gapSeconds` of silence between them.
QString writeCombinedAudio(const QString &path, const QStringList &wavs, double gapSeconds = 0.5);

QString writeDebugDataset(const QString &zipPath, const TrainingSet &set, const AudioCodec &codec, const PrepareOptions &prepare,
                          const CuratedDataset &dataset);

}  // namespace a2a
