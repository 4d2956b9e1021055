#include "AudioTransformer.h"

#include <cmath>

namespace a2a {
namespace {

// Sinusoidal timestep features, cos first: [cos(t f_i), sin(t f_i)], f_i = exp(-ln(1e4) i / half).
torch::Tensor timestepFeatures(const torch::Tensor &t, int dim)
{
    const int half = dim / 2;
    const auto freqs = torch::exp(-std::log(10000.0) * torch::arange(half, t.options().dtype(torch::kFloat32)) / double(half));
    const auto args = t.to(torch::kFloat32).unsqueeze(-1) * freqs;
    return torch::cat({torch::cos(args), torch::sin(args)}, -1);
}

class TimestepEmbedderImpl : public torch::nn::Module {
public:
    TimestepEmbedderImpl(int64_t features, int64_t d, const torch::TensorOptions &o)
    {
        linear_1 = register_module("linear_1", LinearLayer(features, d, o));
        linear_2 = register_module("linear_2", LinearLayer(d, d, o));
    }
    torch::Tensor forward(const torch::Tensor &f) { return linear_2(torch::silu(linear_1(f))); }
    LinearLayer linear_1{nullptr}, linear_2{nullptr};
};
TORCH_MODULE(TimestepEmbedder);

// PixArt-style AdaLayerNormSingle: sinusoid → MLP ("emb.timestep_embedder") → SiLU → linear.
class AdaLayerNormSingleImpl : public torch::nn::Module {
public:
    AdaLayerNormSingleImpl(int64_t features, int64_t d, int64_t rows, const torch::TensorOptions &o) : m_features(int(features))
    {
        auto emb = std::make_shared<torch::nn::Module>();
        embedder = TimestepEmbedder(features, d, o);
        emb->register_module("timestep_embedder", embedder);
        register_module("emb", emb);
        linear = register_module("linear", LinearLayer(d, rows * d, o));
    }
    // t: any shape; returns (modulation [..., rows·D], embedded [..., D]).
    std::pair<torch::Tensor, torch::Tensor> forward(const torch::Tensor &t)
    {
        const auto embedded = embedder(timestepFeatures(t, m_features));
        return {linear(torch::silu(embedded)), embedded};
    }
    TimestepEmbedder embedder{nullptr};
    LinearLayer linear{nullptr};

private:
    int m_features;
};
TORCH_MODULE(AdaLayerNormSingle);

class TransformerBlockImpl : public torch::nn::Module {
public:
    TransformerBlockImpl(const ModelConfig &c, const torch::TensorOptions &o) : m_eps(c.normEps), m_rows(c.adalnRows())
    {
        const int64_t d = c.innerDim();
        audio_attn1 = register_module("audio_attn1", LtxAttention(d, d, c.numHeads, c.headDim, c.normEps, c.gatedAttention, o));
        audio_attn2 = register_module("audio_attn2", LtxAttention(d, c.crossAttentionDim, c.numHeads, c.headDim, c.normEps, c.gatedAttention, o));
        audio_ff = register_module("audio_ff", LtxFeedForward(d, c.ffInnerDim(), o));
        table = register_parameter("audio_scale_shift_table", torch::zeros({m_rows, d}, o));
        if (c.crossAttentionAdaln)
            promptTable = register_parameter("audio_prompt_scale_shift_table", torch::zeros({2, d}, o));
    }

    // mod: [B, T, rows, D]; promptMod: [B, 1, 2, D] or undefined.
    torch::Tensor forward(torch::Tensor x, const torch::Tensor &mod, const torch::Tensor &promptMod, const torch::Tensor &ctx,
                          const torch::Tensor &ctxMask, const torch::Tensor &cosA, const torch::Tensor &sinA, bool skipSelfAttention)
    {
        const auto ada = castLike(table, x).unsqueeze(0).unsqueeze(0) + mod;  // [B, T, rows, D]
        auto row = [&](int i) { return ada.select(2, i); };
        auto h = ltxRmsNorm(x, m_eps) * (1 + row(1)) + row(0);
        x = x + audio_attn1(h, h, cosA, sinA, torch::Tensor(), skipSelfAttention) * row(2);

        auto xn = ltxRmsNorm(x, m_eps);
        if (promptTable.defined()) {
            const auto kv = castLike(promptTable, x).unsqueeze(0).unsqueeze(0) + promptMod;  // [B, 1, 2, D]
            const auto q = xn * (1 + row(7)) + row(6);
            const auto c = ctx * (1 + kv.select(2, 1)) + kv.select(2, 0);
            x = x + audio_attn2(q, c, torch::Tensor(), torch::Tensor(), ctxMask, false) * row(8);
        } else {
            x = x + audio_attn2(xn, ctx, torch::Tensor(), torch::Tensor(), ctxMask, false);
        }
        h = ltxRmsNorm(x, m_eps) * (1 + row(4)) + row(3);
        return x + audio_ff(h) * row(5);
    }

    LtxAttention audio_attn1{nullptr}, audio_attn2{nullptr};
    LtxFeedForward audio_ff{nullptr};
    torch::Tensor table, promptTable;

private:
    double m_eps;
    int64_t m_rows;
};
TORCH_MODULE(TransformerBlock);

// Per-block gradient checkpointing (ltx-trainer's enable_gradient_checkpointing): the forward
// keeps only the block's input; the backward runs the block again with gradients on and
// back-propagates through that recompute, which accumulates the LoRA gradients and returns the
// input's. Only the residual stream needs a gradient (the modulation, the context and RoPE come
// from frozen weights), so a block costs one extra forward and almost no saved activations.
// Function::apply cannot take undefined tensors: absent inputs travel as empty ones.
torch::Tensor orEmpty(const torch::Tensor &t) { return t.defined() ? t : torch::empty({0}); }
torch::Tensor orUndefined(const torch::Tensor &t) { return t.numel() == 0 ? torch::Tensor() : t; }

struct CheckpointedBlock : public torch::autograd::Function<CheckpointedBlock> {
    static torch::autograd::variable_list forward(torch::autograd::AutogradContext *c, torch::Tensor x, torch::Tensor mod, torch::Tensor promptMod,
                                                  torch::Tensor ctx, torch::Tensor mask, torch::Tensor cosA, torch::Tensor sinA,
                                                  int64_t block, bool skipSelfAttention)
    {
        c->save_for_backward({x, mod, promptMod, ctx, mask, cosA, sinA});
        c->saved_data["block"] = block;
        c->saved_data["skip"] = skipSelfAttention;
        auto *b = reinterpret_cast<TransformerBlockImpl *>(block);
        return {b->forward(x, mod, orUndefined(promptMod), ctx, orUndefined(mask), orUndefined(cosA), orUndefined(sinA), skipSelfAttention)};
    }

    static torch::autograd::variable_list backward(torch::autograd::AutogradContext *c, torch::autograd::variable_list grads)
    {
        const auto s = c->get_saved_variables();
        auto *b = reinterpret_cast<TransformerBlockImpl *>(c->saved_data["block"].toInt());
        torch::AutoGradMode enable(true);
        auto x = s[0].detach().requires_grad_(true);
        const auto out = b->forward(x, s[1], orUndefined(s[2]), s[3], orUndefined(s[4]), orUndefined(s[5]), orUndefined(s[6]), c->saved_data["skip"].toBool());
        torch::autograd::backward({out}, {grads[0]});
        return {x.grad(), {}, {}, {}, {}, {}, {}, {}, {}};
    }
};

}  // namespace

class AudioTransformerImpl : public torch::nn::Module {
public:
    AudioTransformerImpl(const ModelConfig &c, const torch::TensorOptions &o) : config(c)
    {
        const int64_t d = c.innerDim();
        audio_patchify_proj = register_module("audio_patchify_proj", LinearLayer(c.inChannels, d, o));
        audio_adaln_single = register_module("audio_adaln_single", AdaLayerNormSingle(c.timestepEmbeddingDim, d, c.adalnRows(), o));
        if (c.crossAttentionAdaln)
            audio_prompt_adaln_single = register_module("audio_prompt_adaln_single", AdaLayerNormSingle(c.timestepEmbeddingDim, d, 2, o));
        audio_scale_shift_table = register_parameter("audio_scale_shift_table", torch::zeros({2, d}, o));
        audio_proj_out = register_module("audio_proj_out", LinearLayer(d, c.outChannels, o));
        auto list = torch::nn::ModuleList();
        for (int i = 0; i < c.numLayers; ++i) {
            blocks.push_back(TransformerBlock(c, o));
            list->push_back(blocks.back());
        }
        register_module("transformer_blocks", list);
    }

    std::pair<torch::Tensor, torch::Tensor> rope(const torch::Tensor &positions, torch::ScalarType dtype) const
    {
        // One position per latent frame in seconds: the middle of its [start, end) interval
        // (use_middle_indices_grid), in float32 like ltx-core.
        auto pos = positions.to(torch::kFloat32).select(1, 0);  // [B, T, 2]
        pos = config.middleIndicesGrid ? (pos.select(-1, 0) + pos.select(-1, 1)) / 2.0 : pos.select(-1, 0);
        return ltxRope1d(pos, config.maxPositionSeconds, config.ropeTheta, config.innerDim(), config.numHeads, dtype);
    }

    torch::Tensor forward(const AudioTokens &callerTokens, const Perturbation &perturbation)
    {
        // Inputs may live anywhere: they move to the weights' device, the result moves back.
        const auto device = audio_patchify_proj->weight.device();
        AudioTokens in = callerTokens;
        for (torch::Tensor *t : {&in.latent, &in.sigma, &in.timesteps, &in.positions, &in.context, &in.contextMask})
            if (t->defined())
                *t = t->to(device);
        return forwardOnDevice(in, perturbation).to(callerTokens.latent.device());
    }

    torch::Tensor forwardOnDevice(const AudioTokens &in, const Perturbation &perturbation)
    {
        // fp32 compute on a CPU whatever the storage; on a GPU the weights' own dtype (bf16 there
        // runs on tensor cores).
        const auto weights = audio_patchify_proj->weight;
        const auto dtype = weights.device().is_cpu() ? torch::kFloat32 : weights.scalar_type();
        auto x = audio_patchify_proj(in.latent.to(dtype));
        const int64_t b = x.size(0), t = x.size(1), d = x.size(2);
        // The AdaLN rows depend on the timestep alone, and an IC-LoRA step has two distinct ones
        // (0 on the reference, σ on the target): compute each once, not once per token (at the
        // real size that is 9 × 2048 × 2048 per token).
        const auto flat = in.timesteps.to(torch::kFloat32).reshape({b * t}) * config.timestepScale;
        const auto [distinct, inverse, counts] = at::_unique2(flat, /*sorted=*/false, /*return_inverse=*/true);
        (void)counts;
        auto [modDistinct, embeddedDistinct] = audio_adaln_single(distinct);
        auto mod = modDistinct.index_select(0, inverse.reshape({-1})).view({b, t, config.adalnRows(), d});
        auto embedded = embeddedDistinct.index_select(0, inverse.reshape({-1})).view({b, t, d});
        torch::Tensor promptMod;
        if (!audio_prompt_adaln_single.is_empty())
            promptMod = audio_prompt_adaln_single(in.sigma.to(torch::kFloat32).reshape({b}) * config.timestepScale).first.view({b, 1, 2, d});
        torch::Tensor mask;
        if (in.contextMask.defined()) {
            const auto keep = in.contextMask.to(dtype).view({b, 1, 1, -1});
            mask = (keep - 1.0) * std::numeric_limits<float>::max();
        }
        const auto [cosA, sinA] = rope(in.positions, dtype);
        const auto ctx = in.context.to(dtype);
        // Checkpointing pays only when a backward follows and only the stream needs gradients
        // (LoRA training); full-weight pretraining keeps the plain graph.
        const bool checkpoint = gradientCheckpointing && torch::GradMode::is_enabled() && !mod.requires_grad()
                                && !(promptMod.defined() && promptMod.requires_grad());
        // The function sees only its tensor inputs: when the stream does not need a gradient yet
        // (the frozen patchify projection feeds the first block), mark it so the trainable LoRA
        // weights inside the block are reached by the backward.
        if (checkpoint && !x.requires_grad())
            x = x.detach().requires_grad_(true);
        for (size_t i = 0; i < blocks.size(); ++i) {
            const bool skip = perturbation.skipSelfAttentionBlocks.count(int(i)) > 0;
            if (checkpoint)
                x = CheckpointedBlock::apply(x, mod, orEmpty(promptMod), ctx, orEmpty(mask), orEmpty(cosA), orEmpty(sinA),
                                             reinterpret_cast<int64_t>(blocks[i].get()), skip)[0];
            else
                x = blocks[i]->forward(x, mod, promptMod, ctx, mask, cosA, sinA, skip);
        }
        const auto ss = castLike(audio_scale_shift_table, x).unsqueeze(0).unsqueeze(0) + embedded.unsqueeze(2);  // [B, T, 2, D]
        x = torch::layer_norm(x, {d}, {}, {}, config.normEps) * (1 + ss.select(2, 1)) + ss.select(2, 0);
        return audio_proj_out(x);
    }

    ModelConfig config;
    bool gradientCheckpointing = false;
    LinearLayer audio_patchify_proj{nullptr}, audio_proj_out{nullptr};
    AdaLayerNormSingle audio_adaln_single{nullptr}, audio_prompt_adaln_single{nullptr};
    torch::Tensor audio_scale_shift_table;
    std::vector<TransformerBlock> blocks;
};

AudioTransformer::AudioTransformer(const ModelConfig &config, const torch::TensorOptions &options)
    : d(std::make_shared<AudioTransformerImpl>(config, options))
{
}
AudioTransformer::~AudioTransformer() = default;
AudioTransformer::AudioTransformer(AudioTransformer &&) noexcept = default;

const ModelConfig &AudioTransformer::config() const { return d->config; }
torch::nn::Module &AudioTransformer::module() { return *d; }
void AudioTransformer::setGradientCheckpointing(bool on) { d->gradientCheckpointing = on; }
bool AudioTransformer::gradientCheckpointing() const { return d->gradientCheckpointing; }

torch::Tensor AudioTransformer::forward(const AudioTokens &tokens, const Perturbation &perturbation)
{
    return d->forward(tokens, perturbation);
}

std::vector<std::pair<std::string, LinearLayer>> AudioTransformer::loraTargets()
{
    std::vector<std::pair<std::string, LinearLayer>> out;
    for (size_t i = 0; i < d->blocks.size(); ++i) {
        auto &blk = d->blocks[i];
        const std::string p = "transformer_blocks." + std::to_string(i) + ".";
        for (const auto &[name, attn] : {std::pair<std::string, LtxAttention>{"audio_attn1", blk->audio_attn1}, {"audio_attn2", blk->audio_attn2}}) {
            out.emplace_back(p + name + ".to_q", attn->to_q);
            out.emplace_back(p + name + ".to_k", attn->to_k);
            out.emplace_back(p + name + ".to_v", attn->to_v);
            out.emplace_back(p + name + ".to_out.0", attn->to_out_0);
        }
        out.emplace_back(p + "audio_ff.net.0.proj", blk->audio_ff->in->proj);
        out.emplace_back(p + "audio_ff.net.2", blk->audio_ff->out);
    }
    return out;
}

torch::Tensor audioLatentPositions(int64_t batch, int64_t frames, double offsetSeconds, const torch::TensorOptions &options)
{
    // Latent frame i covers mel frames [4i − 3, 4i + 1) (causal, clamped at 0), 10 ms each.
    const auto i = torch::arange(frames, torch::TensorOptions().dtype(torch::kFloat64));
    const auto start = torch::clamp_min(4 * i - 3, 0) * 0.01 + offsetSeconds;
    const auto end = (4 * i + 1) * 0.01 + offsetSeconds;
    return torch::stack({start, end}, -1).unsqueeze(0).unsqueeze(0).expand({batch, 1, frames, 2}).to(options).contiguous();
}

}  // namespace a2a
