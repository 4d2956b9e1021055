#pragma once
// Building blocks of the LTX-2.3 audio VAE (ltx-core model/audio_vae: causal_conv_2d, resnet, downsample,
// upsample, the encoder/decoder trunks, the per-channel statistics) as libtorch modules whose parameter
// names are the checkpoint's. Only LtxAudioVae.cpp includes this; use LtxAudioVae.h.
// Thread rule: every forward is const and mutates nothing, so one set of loaded blocks may run from many
// threads at once; construction and weight filling need exclusive use.

#include "LtxAudioVae.h"

#include <torch/torch.h>

#include <algorithm>
#include <vector>

namespace a2a {
namespace ltxvae {

// ltx-core's LATENT_DOWNSAMPLE_FACTOR: the decoder's target length uses it whatever ch_mult says.
constexpr int kLatentDownsample = 4;
constexpr double kPixelNormEps = 1e-6;  // build_normalization_layer's PixelNorm eps (not the class default 1e-8)

enum class Axis { None, Width, Height, WidthCompat };

inline Axis axisFrom(const QString &name)
{
    if (name == QLatin1String("height"))
        return Axis::Height;
    if (name == QLatin1String("width"))
        return Axis::Width;
    if (name == QLatin1String("width-compatibility"))
        return Axis::WidthCompat;
    return Axis::None;
}

// F.pad order for a 4-D tensor: (W-left, W-right, H-top, H-bottom).
using Pad4 = std::vector<int64_t>;

inline int64_t floorDiv(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

// Pads of Downsample's stride-2 3×3 conv per causality axis (downsample.py).
inline Pad4 downsamplePad(Axis axis)
{
    switch (axis) {
    case Axis::None: return {0, 1, 0, 1};
    case Axis::Width: return {2, 0, 0, 1};
    case Axis::Height: return {0, 1, 2, 0};
    case Axis::WidthCompat: return {1, 0, 0, 1};
    }
    return {0, 1, 2, 0};
}

// PixelNorm divides by the root (not multiply by rsqrt): the rounding must match ltx-core's.
inline torch::Tensor pixelNorm(const torch::Tensor &x) { return x / torch::sqrt(x.pow(2).mean({1}, true) + kPixelNormEps); }

// A bare conv kernel ("weight" [out,in,k,k], "bias" [out]) run unpadded: the callers pad as ltx-core does.
class ConvKernelImpl : public torch::nn::Module {
public:
    ConvKernelImpl(int64_t in, int64_t out, int64_t k, int64_t stride, const torch::TensorOptions &o) : m_stride(stride)
    {
        weight = register_parameter("weight", torch::empty({out, in, k, k}, o), false);
        bias = register_parameter("bias", torch::empty({out}, o), false);
    }
    torch::Tensor forward(const torch::Tensor &x) const { return torch::conv2d(x, weight, bias, m_stride); }
    torch::Tensor weight, bias;

private:
    int64_t m_stride;
};
TORCH_MODULE(ConvKernel);

// CausalConv2d: asymmetric zero padding on the causal axis, then the unpadded conv (causal_conv_2d.py).
class CausalConv2dImpl : public torch::nn::Module {
public:
    CausalConv2dImpl(int64_t in, int64_t out, int64_t k, Axis axis, const torch::TensorOptions &o)
        : conv(register_module("conv", ConvKernel(in, out, k, 1, o)))
    {
        const int64_t p = k - 1;  // dilation 1 everywhere in the VAE
        switch (axis) {
        case Axis::None: m_pad = {p / 2, p - p / 2, p / 2, p - p / 2}; break;
        case Axis::Width:
        case Axis::WidthCompat: m_pad = {p, 0, p / 2, p - p / 2}; break;
        case Axis::Height: m_pad = {p / 2, p - p / 2, p, 0}; break;
        }
    }
    torch::Tensor forward(const torch::Tensor &x) const
    {
        const bool any = std::any_of(m_pad.begin(), m_pad.end(), [](int64_t v) { return v != 0; });
        return conv->forward(any ? torch::constant_pad_nd(x, m_pad, 0) : x);
    }
    ConvKernel conv;

private:
    Pad4 m_pad;
};
TORCH_MODULE(CausalConv2d);

// ResnetBlock with PixelNorm, no temb, dropout inactive (resnet.py).
class ResnetBlockImpl : public torch::nn::Module {
public:
    ResnetBlockImpl(int64_t in, int64_t out, Axis axis, const torch::TensorOptions &o)
        : conv1(register_module("conv1", CausalConv2d(in, out, 3, axis, o))),
          conv2(register_module("conv2", CausalConv2d(out, out, 3, axis, o)))
    {
        if (in != out)
            nin_shortcut = register_module("nin_shortcut", CausalConv2d(in, out, 1, axis, o));
    }
    torch::Tensor forward(const torch::Tensor &x) const
    {
        auto h = conv1->forward(torch::silu(pixelNorm(x)));
        h = conv2->forward(torch::silu(pixelNorm(h)));
        return (nin_shortcut ? nin_shortcut->forward(x) : x) + h;
    }
    CausalConv2d conv1, conv2, nin_shortcut{nullptr};
};
TORCH_MODULE(ResnetBlock);

class DownsampleImpl : public torch::nn::Module {
public:
    DownsampleImpl(int64_t ch, Axis axis, const torch::TensorOptions &o)
        : conv(register_module("conv", ConvKernel(ch, ch, 3, 2, o))), m_pad(downsamplePad(axis))
    {
    }
    torch::Tensor forward(const torch::Tensor &x) const { return conv->forward(torch::constant_pad_nd(x, m_pad, 0)); }
    ConvKernel conv;

private:
    Pad4 m_pad;
};
TORCH_MODULE(Downsample);

// Nearest ×2, causal conv, then drop the first row on the causal axis so T -> 2T-1 (upsample.py).
class UpsampleImpl : public torch::nn::Module {
public:
    UpsampleImpl(int64_t ch, Axis axis, const torch::TensorOptions &o)
        : conv(register_module("conv", CausalConv2d(ch, ch, 3, axis, o))), m_axis(axis)
    {
    }
    torch::Tensor forward(const torch::Tensor &x) const
    {
        namespace F = torch::nn::functional;
        auto h = F::interpolate(x, F::InterpolateFuncOptions().scale_factor(std::vector<double>{2.0, 2.0}).mode(torch::kNearest));
        h = conv->forward(h);
        if (m_axis == Axis::Height)
            return h.slice(2, 1);
        if (m_axis == Axis::Width)
            return h.slice(3, 1);
        return h;
    }
    CausalConv2d conv;

private:
    Axis m_axis;
};
TORCH_MODULE(Upsample);

// One resolution level: "block.<i>" plus "downsample" or "upsample" (the empty "attn" list has no tensors).
class StageImpl : public torch::nn::Module {
public:
    StageImpl() : blockList(register_module("block", torch::nn::ModuleList())) {}
    void addBlock(const ResnetBlock &b)
    {
        blockList->push_back(b);
        blocks.push_back(b);
    }
    torch::Tensor runBlocks(torch::Tensor h) const
    {
        for (const auto &b : blocks)
            h = b->forward(h);
        return h;
    }
    torch::nn::ModuleList blockList;
    std::vector<ResnetBlock> blocks;
    Downsample downsample{nullptr};
    Upsample upsample{nullptr};
};
TORCH_MODULE(Stage);

class MidBlockImpl : public torch::nn::Module {
public:
    MidBlockImpl(int64_t ch, Axis axis, const torch::TensorOptions &o)
        : block_1(register_module("block_1", ResnetBlock(ch, ch, axis, o))),
          block_2(register_module("block_2", ResnetBlock(ch, ch, axis, o)))
    {
    }
    // attn_1 is Identity in 2.3 (mid_block_add_attention false; the config check refuses true).
    torch::Tensor forward(const torch::Tensor &x) const { return block_2->forward(block_1->forward(x)); }
    ResnetBlock block_1, block_2;
};
TORCH_MODULE(MidBlock);

class EncoderImpl : public torch::nn::Module {
public:
    EncoderImpl(const LtxAudioVaeConfig &c, const torch::TensorOptions &o)
    {
        const Axis axis = axisFrom(c.causalityAxis);
        const int n = int(c.chMult.size());
        conv_in = register_module("conv_in", CausalConv2d(c.inChannels, c.ch, 3, axis, o));
        auto downList = register_module("down", torch::nn::ModuleList());
        int64_t blockIn = c.ch;
        for (int level = 0; level < n; ++level) {
            blockIn = int64_t(c.ch) * (level == 0 ? 1 : c.chMult[size_t(level - 1)]);
            const int64_t blockOut = int64_t(c.ch) * c.chMult[size_t(level)];
            Stage stage;
            for (int i = 0; i < c.numResBlocks; ++i) {
                stage->addBlock(ResnetBlock(blockIn, blockOut, axis, o));
                blockIn = blockOut;
            }
            if (level != n - 1)
                stage->downsample = stage->register_module("downsample", Downsample(blockIn, axis, o));
            downList->push_back(stage);
            down.push_back(stage);
        }
        mid = register_module("mid", MidBlock(blockIn, axis, o));
        conv_out = register_module("conv_out", CausalConv2d(blockIn, c.doubleZ ? 2 * c.zChannels : c.zChannels, 3, axis, o));
    }
    torch::Tensor forward(const torch::Tensor &mel) const
    {
        auto h = conv_in->forward(mel);
        for (const auto &stage : down) {
            h = stage->runBlocks(h);
            if (stage->downsample)
                h = stage->downsample->forward(h);
        }
        h = mid->forward(h);
        return conv_out->forward(torch::silu(pixelNorm(h)));  // norm_out, SiLU, conv_out
    }
    CausalConv2d conv_in{nullptr}, conv_out{nullptr};
    std::vector<Stage> down;
    MidBlock mid{nullptr};
};
TORCH_MODULE(Encoder);

class DecoderImpl : public torch::nn::Module {
public:
    DecoderImpl(const LtxAudioVaeConfig &c, const torch::TensorOptions &o)
    {
        const Axis axis = axisFrom(c.causalityAxis);
        const int n = int(c.chMult.size());
        int64_t blockIn = int64_t(c.ch) * c.chMult.back();
        conv_in = register_module("conv_in", CausalConv2d(c.zChannels, blockIn, 3, axis, o));
        mid = register_module("mid", MidBlock(blockIn, axis, o));
        // Built from the deepest level up (channel counts chain that way) but named up.<level>.
        std::vector<Stage> byLevel(size_t(n), Stage{nullptr});
        for (int level = n - 1; level >= 0; --level) {
            const int64_t blockOut = int64_t(c.ch) * c.chMult[size_t(level)];
            Stage stage;
            for (int i = 0; i < c.numResBlocks + 1; ++i) {
                stage->addBlock(ResnetBlock(blockIn, blockOut, axis, o));
                blockIn = blockOut;
            }
            if (level != 0)
                stage->upsample = stage->register_module("upsample", Upsample(blockIn, axis, o));
            byLevel[size_t(level)] = stage;
        }
        auto upList = register_module("up", torch::nn::ModuleList());
        for (const auto &stage : byLevel)
            upList->push_back(stage);
        up = byLevel;
        conv_out = register_module("conv_out", CausalConv2d(blockIn, c.outCh, 3, axis, o));
    }
    torch::Tensor forward(const torch::Tensor &z) const
    {
        auto h = mid->forward(conv_in->forward(z));
        for (auto it = up.rbegin(); it != up.rend(); ++it) {
            h = (*it)->runBlocks(h);
            if ((*it)->upsample)
                h = (*it)->upsample->forward(h);
        }
        return conv_out->forward(torch::silu(pixelNorm(h)));  // no tanh (tanh_out false)
    }
    CausalConv2d conv_in{nullptr}, conv_out{nullptr};
    MidBlock mid{nullptr};
    std::vector<Stage> up;
};
TORCH_MODULE(Decoder);

// Dataset statistics over the (c f) token axis; sized by the token width (path doc §8).
class StatisticsImpl : public torch::nn::Module {
public:
    StatisticsImpl(int64_t width, const torch::TensorOptions &o)
    {
        std = register_buffer("std-of-means", torch::empty({width}, o));
        mean = register_buffer("mean-of-means", torch::empty({width}, o));
    }
    torch::Tensor std, mean;
};
TORCH_MODULE(Statistics);

}  // namespace ltxvae
}  // namespace a2a
