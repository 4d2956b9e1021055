#pragma once
// The LTX-2.3 audio stream in libtorch (spec §4): AdaLN with 9-row tables, per-head gated
// attention, prompt AdaLN on the text cross-attention, q/k RMSNorm over the inner dim, 1-D RoPE
// in seconds with the split layout, GELU-tanh feed-forward, output head. The attention,
// feed-forward, LinearLayer and RoPE it shares with the text connector are in
// TransformerLayers.h. Sized by ModelConfig; module and parameter names equal the checkpoint's
// state-dict names, so one loader and one LoRA saver serve the real 48 × 2048 model and the
// small embedded one.
// Torch header: only engine code includes it (never Qt UI code).
// Thread rule: a module is used by one thread at a time; read-only weights may be shared.

#include "ModelConfig.h"
#include "TransformerLayers.h"

#include <torch/torch.h>

#include <set>

namespace a2a {

// Inputs of one forward, named after ltx-core's audio Modality fields.
struct AudioTokens {
    torch::Tensor latent;       // [B, T, inChannels]
    torch::Tensor sigma;        // [B]        the sample's σ (drives prompt AdaLN)
    torch::Tensor timesteps;    // [B, T]     per-token σ (0 on clean reference tokens)
    torch::Tensor positions;    // [B, 1, T, 2] [start, end) seconds of each latent frame
    torch::Tensor context;      // [B, L, crossAttentionDim]
    torch::Tensor contextMask;  // [B, L] 1 = keep, 0 = padding; undefined = all kept
};

// STG: blocks whose self-attention outputs its value projection instead of attention.
struct Perturbation {
    std::set<int> skipSelfAttentionBlocks;
    bool empty() const { return skipSelfAttentionBlocks.empty(); }
};

class AudioTransformerImpl;

class AudioTransformer {
public:
    // device may be torch::kMeta to build the module tree without allocating weights.
    AudioTransformer(const ModelConfig &config, const torch::TensorOptions &options);
    ~AudioTransformer();
    AudioTransformer(AudioTransformer &&) noexcept;

    const ModelConfig &config() const;
    torch::nn::Module &module();  // named_parameters() gives checkpoint state-dict names

    // Per-block gradient checkpointing: one more forward per block in backward for almost no
    // saved activations (on for a real-size base). Off by default.
    void setGradientCheckpointing(bool on);
    bool gradientCheckpointing() const;

    // Velocity [B, T, outChannels]. Weights may be stored bf16/f16: on a CPU each layer computes
    // in fp32 from a temporary upcast copy.
    torch::Tensor forward(const AudioTokens &tokens, const Perturbation &perturbation = {});

    // Every LoRA target of spec §8, by state-dict module name ("transformer_blocks.0.audio_attn1.to_q").
    std::vector<std::pair<std::string, LinearLayer>> loraTargets();

private:
    std::shared_ptr<AudioTransformerImpl> d;
};

// Per-latent-frame positions [B, 1, T, 2] in seconds, starting at frame 0 (spec §4.6), shifted by
// offsetSeconds (the "before" reference convention uses a negative offset).
torch::Tensor audioLatentPositions(int64_t batch, int64_t frames, double offsetSeconds = 0.0,
                                   const torch::TensorOptions &options = torch::kFloat32);

}  // namespace a2a
