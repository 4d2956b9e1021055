#pragma once
// The transformer pieces ltx-core's audio DiT and its text embeddings connector share
// (ltx_core/model/transformer/{attention,feed_forward,rope}.py): the LoRA-capable linear layer,
// RMSNorm with a weight, per-head gated attention with q/k RMSNorm over the inner dim and split
// RoPE, the GELU-tanh feed-forward and the 1-D RoPE angle table. Module and parameter names are
// ltx-core's state-dict names (to_q, q_norm, to_out.0, net.0.proj, net.2), so either owner's
// tree loads its checkpoint group as is.
// Torch header: engine code only. Thread rule: a module is used by one thread at a time when it
// trains (LoRA state, autograd); forwards under NoGradGuard only read weights and may run
// concurrently.

#include <torch/torch.h>

#include <cstdint>
#include <utility>

namespace a2a {

// Linear layer with an optional LoRA branch: y = W x + b + (alpha / r) · B (A x).
class LinearLayerImpl : public torch::nn::Module {
public:
    LinearLayerImpl(int64_t in, int64_t out, const torch::TensorOptions &options, bool bias = true);
    torch::Tensor forward(const torch::Tensor &x);

    void enableLora(int rank, double alpha, torch::Generator &generator);
    void setLoraActive(bool active);  // off: the base layer alone (same weights kept)
    bool hasLora() const { return m_loraA.defined(); }
    double loraScale() const { return m_loraScale; }  // the only alpha / rank computation
    torch::Tensor &loraA() { return m_loraA; }  // [rank, in]
    torch::Tensor &loraB() { return m_loraB; }  // [out, rank]
    torch::Tensor weight, bias;

private:
    torch::Tensor m_loraA, m_loraB;
    double m_loraScale = 1.0;
    bool m_loraActive = true;
};
TORCH_MODULE(LinearLayer);

// A weight in the compute dtype of `like`: a real base may be stored bf16 and computed fp32
// (bf16 matmuls run at ~1 GFLOP/s on a CPU without AVX512-BF16). The copy lives only as long
// as its use.
torch::Tensor castLike(const torch::Tensor &w, const torch::Tensor &like);

// x · rsqrt(mean(x²) + eps) over the last dim, no weight (ltx_core.utils.rms_norm).
torch::Tensor ltxRmsNorm(const torch::Tensor &x, double eps);

// torch.nn.RMSNorm(dim, eps) with its weight ("weight").
class LtxRmsNormImpl : public torch::nn::Module {
public:
    LtxRmsNormImpl(int64_t dim, double eps, const torch::TensorOptions &o);
    torch::Tensor forward(const torch::Tensor &x);
    torch::Tensor weight;

private:
    double m_eps;
};
TORCH_MODULE(LtxRmsNorm);

// ltx-core's Attention: to_q/to_k/to_v (with bias), q_norm/k_norm over the whole inner dim
// before RoPE, optional to_gate_logits (2·sigmoid per head), to_out.0.
class LtxAttentionImpl : public torch::nn::Module {
public:
    LtxAttentionImpl(int64_t queryDim, int64_t contextDim, int64_t heads, int64_t headDim, double normEps, bool gated,
                     const torch::TensorOptions &o);

    // x: [B, T, Dq] queries; ctx: [B, S, Dc]; cosA/sinA: [B or 1, H, T, hd/2] or undefined (no
    // RoPE); mask: additive, broadcastable to [B, H, T, S], or undefined. skipAttention (STG):
    // the value projection stands in for the attention result.
    torch::Tensor forward(const torch::Tensor &x, const torch::Tensor &ctx, const torch::Tensor &cosA, const torch::Tensor &sinA,
                          const torch::Tensor &mask, bool skipAttention = false);

    // Split layout: the two halves of each head rotate against each other.
    static torch::Tensor applyRope(const torch::Tensor &x, const torch::Tensor &cosA, const torch::Tensor &sinA);

    LinearLayer to_q{nullptr}, to_k{nullptr}, to_v{nullptr}, to_out_0{nullptr}, to_gate_logits{nullptr};
    LtxRmsNorm q_norm{nullptr}, k_norm{nullptr};

private:
    int64_t m_heads, m_headDim;
};
TORCH_MODULE(LtxAttention);

// GELUApprox: "proj" then gelu(tanh).
class LtxGeluProjImpl : public torch::nn::Module {
public:
    LtxGeluProjImpl(int64_t in, int64_t out, const torch::TensorOptions &o);
    torch::Tensor forward(const torch::Tensor &x);
    LinearLayer proj{nullptr};
};
TORCH_MODULE(LtxGeluProj);

// FeedForward: net.0 (GELUApprox d → inner), net.1 (dropout, no weights), net.2 (inner → d).
class LtxFeedForwardImpl : public torch::nn::Module {
public:
    LtxFeedForwardImpl(int64_t d, int64_t inner, const torch::TensorOptions &o);
    torch::Tensor forward(const torch::Tensor &x);
    LtxGeluProj in{nullptr};
    LinearLayer out{nullptr};
};
TORCH_MODULE(LtxFeedForward);

// 1-D split RoPE (precompute_freqs_cis with one position dimension): positions [B, T] in the
// caller's unit (the DiT: seconds, middle of each latent frame's interval; the connector: token
// indices 0..S−1), maxPosition the matching max_pos (20 s; 4096 tokens). Returns (cos, sin)
// [B, heads, T, innerDim / (2·heads)] in `dtype`.
// Frequencies θ^(j/(N−1))·π/2, j < N = innerDim/2: only this grid is float64
// (frequencies_precision "float64", generate_freq_grid_np); ltx-core rounds it to float32 and
// computes the fractional positions, angles, cos and sin in float32. Doing those in float64
// moves the DiT's output by ~1e-4.
std::pair<torch::Tensor, torch::Tensor> ltxRope1d(const torch::Tensor &positions, double maxPosition, double theta, int64_t innerDim,
                                                  int64_t heads, torch::ScalarType dtype);

}  // namespace a2a
