#pragma once
// The only place LTX-2.3 checkpoint keys and LoRA key names are spelled (after whisper.cpp's
// arch table). The loader, the LoRA saver and the key test against ltx23-audio-keys.tsv all use
// it. Thread rule: stateless.

#include "ModelConfig.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace a2a {

// Prefix of the transformer's tensors in a unified LTX checkpoint.
inline const char *kDiffusionModelPrefix = "model.diffusion_model.";
// Prefix of LoRA tensors in the ComfyUI/LTX format.
inline const char *kLoraPrefix = "diffusion_model.";

struct TensorSpec {
    QString name;  // state-dict name, without kDiffusionModelPrefix
    std::vector<int64_t> shape;
};

// The other groups of a unified LTX-2.3 checkpoint that the audio path reads (the contract in
// ltx23-real-cli-contract.md); nothing else in the file is ever touched.
inline const char *kAudioConnectorPrefix = "model.diffusion_model.audio_embeddings_connector.";
inline const char *kTextProjectionPrefix = "text_embedding_projection.audio_aggregate_embed.";
inline const char *kAudioVaeEncoderPrefix = "audio_vae.encoder.";
inline const char *kAudioVaeDecoderPrefix = "audio_vae.decoder.";
inline const char *kAudioVaeStatisticsPrefix = "audio_vae.per_channel_statistics.";
inline const char *kVocoderPrefix = "vocoder.vocoder.";
inline const char *kBwePrefix = "vocoder.bwe_generator.";
inline const char *kMelStftPrefix = "vocoder.mel_stft.";

// ltx-core's audio-only key filter: a name (without kDiffusionModelPrefix) of the audio stream,
// not of the connector, the video stream or the audio↔video cross-attention.
bool isAudioStreamKey(const QString &name);

// Every DiT tensor of the audio stream for a config, in a fixed order.
std::vector<TensorSpec> audioTransformerTensors(const ModelConfig &config);

// The audio embeddings connector's tensors (names without kAudioConnectorPrefix); empty when the
// config has no connector.
std::vector<TensorSpec> audioConnectorTensors(const ModelConfig &config);

// The per-block modules a LoRA targets (spec §8): audio_attn{1,2}.{to_q,to_k,to_v,to_out.0},
// audio_ff.net.0.proj, audio_ff.net.2.
const QStringList &loraTargetModules();

// "diffusion_model.transformer_blocks.{block}.{module}.lora_{A,B}.weight"
QString loraKey(int block, const QString &module, bool isA);

}  // namespace a2a
