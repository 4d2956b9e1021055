#include "TransformerLayers.h"

#include <cmath>

namespace a2a {

torch::Tensor castLike(const torch::Tensor &w, const torch::Tensor &like)
{
    return !w.defined() || w.scalar_type() == like.scalar_type() ? w : w.to(like.scalar_type());
}

torch::Tensor ltxRmsNorm(const torch::Tensor &x, double eps) { return x * torch::rsqrt(x.pow(2).mean(-1, true) + eps); }

LinearLayerImpl::LinearLayerImpl(int64_t in, int64_t out, const torch::TensorOptions &options, bool withBias)
{
    weight = register_parameter("weight", torch::empty({out, in}, options));
    if (withBias)
        bias = register_parameter("bias", torch::empty({out}, options));
    if (options.device().type() != torch::kMeta) {
        // nn.Linear's default init, so a model built from scratch is usable before loading.
        torch::NoGradGuard guard;
        const double bound = 1.0 / std::sqrt(double(in));
        weight.uniform_(-bound, bound);
        if (bias.defined())
            bias.uniform_(-bound, bound);
    }
}

torch::Tensor LinearLayerImpl::forward(const torch::Tensor &x)
{
    auto y = torch::linear(x, castLike(weight, x), castLike(bias, x));
    if (m_loraA.defined() && m_loraActive) {
        const auto xl = castLike(x, m_loraA);  // the LoRA trains in fp32 whatever the base's compute dtype
        y = y + castLike(torch::linear(torch::linear(xl, m_loraA), m_loraB) * m_loraScale, y);
    }
    return y;
}

void LinearLayerImpl::enableLora(int rank, double alpha, torch::Generator &generator)
{
    const int64_t in = weight.size(1), out = weight.size(0);
    const auto options = weight.options().dtype(torch::kFloat32).requires_grad(false);
    // PEFT's init: A Kaiming-uniform with a = √5 (bound 1/√in), B zero, so the LoRA starts as a no-op.
    const double bound = 1.0 / std::sqrt(double(in));
    // Drawn on the CPU (the generator's device), so a seed gives the same LoRA on any device.
    auto a = torch::empty({rank, in}, torch::kFloat32);
    a.uniform_(-bound, bound, generator);
    m_loraA = register_parameter("lora_A", a.to(options.device()));
    m_loraB = register_parameter("lora_B", torch::zeros({out, rank}, options));
    m_loraScale = alpha / double(rank);
}

void LinearLayerImpl::setLoraActive(bool active) { m_loraActive = active; }

LtxRmsNormImpl::LtxRmsNormImpl(int64_t dim, double eps, const torch::TensorOptions &o) : m_eps(eps)
{
    weight = register_parameter("weight", torch::ones({dim}, o));
}

torch::Tensor LtxRmsNormImpl::forward(const torch::Tensor &x) { return ltxRmsNorm(x, m_eps) * castLike(weight, x); }

LtxAttentionImpl::LtxAttentionImpl(int64_t queryDim, int64_t contextDim, int64_t heads, int64_t headDim, double normEps, bool gated,
                                   const torch::TensorOptions &o)
    : m_heads(heads), m_headDim(headDim)
{
    const int64_t d = heads * headDim;
    to_q = register_module("to_q", LinearLayer(queryDim, d, o));
    to_k = register_module("to_k", LinearLayer(contextDim, d, o));
    to_v = register_module("to_v", LinearLayer(contextDim, d, o));
    q_norm = register_module("q_norm", LtxRmsNorm(d, normEps, o));
    k_norm = register_module("k_norm", LtxRmsNorm(d, normEps, o));
    // ltx-core's to_out is Sequential(Linear, Identity): the linear is "to_out.0".
    to_out_0 = LinearLayer(d, queryDim, o);
    auto outList = torch::nn::ModuleList();
    outList->push_back(to_out_0);
    register_module("to_out", outList);
    if (gated)
        to_gate_logits = register_module("to_gate_logits", LinearLayer(queryDim, heads, o));
}

torch::Tensor LtxAttentionImpl::forward(const torch::Tensor &x, const torch::Tensor &ctx, const torch::Tensor &cosA,
                                        const torch::Tensor &sinA, const torch::Tensor &mask, bool skipAttention)
{
    const int64_t b = x.size(0), t = x.size(1), s = ctx.size(1);
    auto v = to_v(ctx);
    torch::Tensor out;
    if (skipAttention) {
        out = v;
    } else {
        auto q = q_norm(to_q(x));
        auto k = k_norm(to_k(ctx));
        q = q.view({b, t, m_heads, m_headDim}).transpose(1, 2);
        k = k.view({b, s, m_heads, m_headDim}).transpose(1, 2);
        auto vh = v.view({b, s, m_heads, m_headDim}).transpose(1, 2);
        if (cosA.defined()) {
            q = applyRope(q, cosA, sinA);
            k = applyRope(k, cosA, sinA);
        }
        auto scores = torch::matmul(q, k.transpose(-2, -1)) * (1.0 / std::sqrt(double(m_headDim)));
        if (mask.defined())
            scores = scores + mask;
        out = torch::matmul(torch::softmax(scores, -1), vh).transpose(1, 2).reshape({b, t, m_heads * m_headDim});
    }
    if (!to_gate_logits.is_empty()) {
        const auto gate = 2.0 * torch::sigmoid(to_gate_logits(x));  // [B, T, H]
        out = (out.view({b, t, m_heads, m_headDim}) * gate.unsqueeze(-1)).view({b, t, m_heads * m_headDim});
    }
    return to_out_0(out);
}

torch::Tensor LtxAttentionImpl::applyRope(const torch::Tensor &x, const torch::Tensor &cosA, const torch::Tensor &sinA)
{
    const int64_t half = x.size(-1) / 2;
    const auto x1 = x.narrow(-1, 0, half);
    const auto x2 = x.narrow(-1, half, half);
    return torch::cat({x1 * cosA - x2 * sinA, x2 * cosA + x1 * sinA}, -1);
}

LtxGeluProjImpl::LtxGeluProjImpl(int64_t in, int64_t out, const torch::TensorOptions &o)
{
    proj = register_module("proj", LinearLayer(in, out, o));
}

torch::Tensor LtxGeluProjImpl::forward(const torch::Tensor &x) { return torch::gelu(proj(x), "tanh"); }

LtxFeedForwardImpl::LtxFeedForwardImpl(int64_t d, int64_t inner, const torch::TensorOptions &o)
{
    in = LtxGeluProj(d, inner, o);
    out = LinearLayer(inner, d, o);
    auto net = torch::nn::ModuleList();
    net->push_back(in);
    net->push_back(torch::nn::Identity());  // dropout in ltx-core: index 1 holds no weights
    net->push_back(out);
    register_module("net", net);
}

torch::Tensor LtxFeedForwardImpl::forward(const torch::Tensor &x) { return out(in(x)); }

std::pair<torch::Tensor, torch::Tensor> ltxRope1d(const torch::Tensor &positions, double maxPosition, double theta, int64_t innerDim,
                                                  int64_t heads, torch::ScalarType dtype)
{
    const int64_t n = innerDim / 2;
    const auto dopt = torch::TensorOptions().dtype(torch::kFloat64).device(positions.device());
    const auto freqs = (torch::pow(theta, torch::linspace(0.0, 1.0, n, dopt)) * (M_PI / 2.0)).to(torch::kFloat32);
    // get_fractional_positions then ·2 − 1, in float32 like the positions themselves.
    const auto scaled = positions.to(torch::kFloat32) / maxPosition * 2.0 - 1.0;  // [B, T]
    auto angles = scaled.unsqueeze(-1) * freqs;                                    // [B, T, N]
    const int64_t b = angles.size(0), t = angles.size(1);
    angles = angles.view({b, t, heads, n / heads}).transpose(1, 2);  // [B, H, T, N/H]
    return {torch::cos(angles).to(dtype), torch::sin(angles).to(dtype)};
}

}  // namespace a2a
