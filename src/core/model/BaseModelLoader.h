#pragma once
// Loads a base model whose file follows the real LTX-2.3 layout: transformer tensors under
// "model.diffusion_model.", the config as JSON in __metadata__["config"] (a `transformer`
// section with the real field names). Works for the real checkpoint (other modalities are
// skipped, only audio tensors are read from the mapping) and for the small embedded model.
// Fails listing missing and unexpected audio tensors, never half-loads.
// Torch header: engine code only. Thread rule: any thread.

#include "AudioTransformer.h"
#include "SafetensorsFile.h"

#include <QMap>
#include <QStringList>

#include <memory>

namespace a2a {

struct BaseModelLoadResult {
    std::unique_ptr<AudioTransformer> model;  // null on failure
    QString error;
    QStringList missing;     // audio tensors the config needs but the file lacks
    QStringList unexpected;  // audio tensors in the file the config does not have
    QString configJson;      // the file's __metadata__["config"]
    QMap<QString, QString> metadata;  // all of __metadata__ (a2a_codec, a2a_text_encoder, …)
};

BaseModelLoadResult loadBaseModel(const QString &path, const torch::TensorOptions &options = torch::kFloat32);

// "cpu", "cuda", "cuda:N" or "auto" (the first CUDA device when this libtorch has one, else the CPU).
// An unknown or unavailable device is an error naming it.
bool resolveDevice(const QString &name, torch::Device *out, QString *error);

// Writes a model in the same layout (prefix + config metadata), atomically. "" on success.
QString saveBaseModel(const QString &path, AudioTransformer &model, TensorDType dtype = TensorDType::F32,
                      const QMap<QString, QString> &extraMetadata = {});

// Guidance a base samples well with: __metadata__ a2a_cfg_scale / a2a_sampler_steps when present;
// the embedded family (an a2a_codec but no recommendation) gets EMBEDDED_DEFAULTS; a real LTX-2.3
// checkpoint gets LTX's audio defaults (cfg 7, 30 steps).
struct SamplerDefaults {
    double cfgScale = 7.0;
    int steps = 30;
};
SamplerDefaults samplerDefaultsForBase(const QMap<QString, QString> &metadata);

// True when the file's config carries the real LTX-2.3 audio codec (an `audio_vae` section):
// the real checkpoint or one in its full layout (init-base --ltx-layout).
bool hasLtxAudioCodec(const QMap<QString, QString> &metadata);

// The reference convention a new run on this base uses unless told otherwise: "negative" for a
// real LTX-2.3 base (ComfyUI's reference-audio node places references there), "overlap" for the
// embedded family (its pretraining used overlap).
QString defaultReferencePositions(const QMap<QString, QString> &metadata);

// The codec of a loaded base: the real LTX-2.3 audio VAE and vocoder from the file for a base in
// the full LTX layout, else the one named in its metadata. Null with *error when the file's audio
// groups cannot be loaded.
std::unique_ptr<class AudioCodec> codecForBase(const QString &basePath, const QMap<QString, QString> &metadata, QString *error);

// The codec a base was trained with (__metadata__["a2a_codec"]); bases without one (a bare
// LTX-layout file) get the envelope codec.
std::unique_ptr<class AudioCodec> codecForBase(const QMap<QString, QString> &metadata);

}  // namespace a2a
