#pragma once
// Building blocks of LTX-2.3's BigVGAN-v2 generators (ltx-core `model/audio_vae/vocoder.py`): the conv holders,
// SnakeBeta, the anti-aliased Activation1d and AMPBlock1, as torch::nn::Modules whose parameter and buffer names
// are the checkpoint's. Used only by LtxVocoder.cpp. Torch header: engine code only.
// Thread rule: forward() is const and only reads the tensors, so one block may run on several threads at once.

#include <torch/torch.h>

#include <memory>
#include <utility>
#include <vector>

namespace a2a::ltx_vocoder {

inline const int64_t kNoPadding = 0;  // named: a literal 0 would also match conv1d's string padding overload

struct ConvImpl : torch::nn::Module {
    // Conv1d weight [out,in,k]; ConvTranspose1d weight [in,out,k] (torch layouts).
    ConvImpl(int64_t in, int64_t out, int64_t k, bool bias, bool transposed, const torch::TensorOptions &o)
        : kernel(k)
    {
        weight = register_parameter("weight", torch::zeros(transposed ? std::vector<int64_t>{in, out, k} : std::vector<int64_t>{out, in, k}, o), false);
        if (bias)
            this->bias = register_parameter("bias", torch::zeros({out}, o), false);
    }
    int64_t kernel;
    torch::Tensor weight, bias;
};

struct SnakeBetaImpl : torch::nn::Module {
    SnakeBetaImpl(int64_t c, const torch::TensorOptions &o)
    {
        alpha = register_parameter("alpha", torch::zeros({c}, o), false);  // log-scale (alpha_logscale=True)
        beta = register_parameter("beta", torch::zeros({c}, o), false);
    }
    torch::Tensor alpha, beta;
};

struct FilterImpl : torch::nn::Module {
    FilterImpl(int64_t k, const torch::TensorOptions &o) { filter = register_buffer("filter", torch::zeros({1, 1, k}, o)); }
    torch::Tensor filter;
};

struct DownSampleImpl : torch::nn::Module {
    DownSampleImpl(int64_t k, const torch::TensorOptions &o) { lowpass = register_module("lowpass", std::make_shared<FilterImpl>(k, o)); }
    std::shared_ptr<FilterImpl> lowpass;
};

// Activation1d: ×2 kaiser-sinc upsampling, SnakeBeta, ×2 kaiser-sinc low-pass decimation.
struct Activation1dImpl : torch::nn::Module {
    static constexpr int64_t kTaps = 12;  // ltx-core always builds Activation1d(up/down kernel 12, ratio 2)
    static constexpr int64_t kUpPad = kTaps / 2 - 1;                     // UpSample1d.pad = 5
    static constexpr int64_t kCropLeft = kUpPad * 2 + (kTaps - 2) / 2;   // pad_left = 15 (= pad_right)
    static constexpr int64_t kQMin = (kCropLeft - kTaps + 2) / 2;        // 2: first x offset with a tap
    static constexpr int64_t kQMax = (kCropLeft + 1) / 2;               // 8: last
    Activation1dImpl(int64_t c, const torch::TensorOptions &o)
    {
        act = register_module("act", std::make_shared<SnakeBetaImpl>(c, o));
        upsample = register_module("upsample", std::make_shared<FilterImpl>(kTaps, o));
        downsample = register_module("downsample", std::make_shared<DownSampleImpl>(kTaps, o));
    }
    std::shared_ptr<SnakeBetaImpl> act;
    std::shared_ptr<FilterImpl> upsample;
    std::shared_ptr<DownSampleImpl> downsample;

    torch::Tensor forward(const torch::Tensor &x) const
    {
        const int64_t c = x.size(1);
        const int64_t k = kTaps, ratio = 2;
        // UpSample1d (replicate-pad 5, 2·conv_transpose1d(stride 2), crop 15 | 15) in polyphase form, which is
        // the same sum without the zero-stuffing: output sample 2j+p = Σ_q x[clamp(j+q−5)] · 2·f[p + 15 − 2q],
        // q = 2..8. The two phases are 7-tap depthwise correlations over x replicate-padded by (3, 3).
        static const auto phaseTaps = [] {
            std::vector<int64_t> idx;
            std::vector<float> mask;
            for (int64_t p = 0; p < ratio; ++p)
                for (int64_t q = kQMin; q <= kQMax; ++q) {
                    const int64_t i = p + kCropLeft - ratio * q;
                    idx.push_back(i >= 0 && i < kTaps ? i : 0);
                    mask.push_back(i >= 0 && i < kTaps ? float(ratio) : 0.f);  // ×2 exact
                }
            return std::make_pair(torch::tensor(idx), torch::tensor(mask));
        }();
        const int64_t taps = kQMax - kQMin + 1;
        const auto w = (upsample->filter.flatten().index_select(0, phaseTaps.first.to(x.device())) * phaseTaps.second.to(x.device()))
                           .view({ratio, 1, 1, taps});
        const auto xp = torch::replication_pad1d(x, {kUpPad - kQMin, kQMax - kUpPad});
        const auto even = torch::conv1d(xp, w[0].expand({c, 1, taps}), torch::Tensor(), 1, torch::IntArrayRef(kNoPadding), 1, c);
        const auto odd = torch::conv1d(xp, w[1].expand({c, 1, taps}), torch::Tensor(), 1, torch::IntArrayRef(kNoPadding), 1, c);
        auto y = torch::stack({even, odd}, 3).view({x.size(0), c, ratio * x.size(2)});
        // SnakeBeta with log-scale parameters: y + sin²(y·e^α) / (e^β + 1e-9).
        const auto a = act->alpha.exp().view({1, c, 1});
        const auto invB = act->beta.exp().add_(1e-9).reciprocal_().view({1, c, 1});
        y = torch::addcmul(y, invB, (y * a).sin_().pow_(2));
        // DownSample1d → LowPassFilter1d(stride 2): replicate-pad (k/2 − 1, k/2), strided conv1d.
        y = torch::replication_pad1d(y, {k / 2 - 1, k / 2});
        return torch::conv1d(y, downsample->lowpass->filter.expand({c, 1, k}), torch::Tensor(), ratio, torch::IntArrayRef(kNoPadding), 1, c);
    }
};

inline int64_t getPadding(int64_t k, int64_t d) { return int64_t((k * d - d) / 2); }

// AMPBlock1: three (Activation1d → dilated conv → Activation1d → conv) residual branches.
struct AmpBlockImpl : torch::nn::Module {
    AmpBlockImpl(int64_t c, int64_t k, const std::vector<int> &dil, const torch::TensorOptions &o)
    {
        auto c1 = register_module("convs1", torch::nn::ModuleList());
        auto c2 = register_module("convs2", torch::nn::ModuleList());
        auto a1 = register_module("acts1", torch::nn::ModuleList());
        auto a2 = register_module("acts2", torch::nn::ModuleList());
        for (int j = 0; j < 3; ++j) {
            dilations.push_back(dil[size_t(j)]);
            convs1.push_back(std::make_shared<ConvImpl>(c, c, k, true, false, o));
            convs2.push_back(std::make_shared<ConvImpl>(c, c, k, true, false, o));
            acts1.push_back(std::make_shared<Activation1dImpl>(c, o));
            acts2.push_back(std::make_shared<Activation1dImpl>(c, o));
            c1->push_back(convs1.back());
            c2->push_back(convs2.back());
            a1->push_back(acts1.back());
            a2->push_back(acts2.back());
        }
    }
    std::vector<int64_t> dilations;
    std::vector<std::shared_ptr<ConvImpl>> convs1, convs2;
    std::vector<std::shared_ptr<Activation1dImpl>> acts1, acts2;

    torch::Tensor forward(torch::Tensor x) const
    {
        for (size_t j = 0; j < convs1.size(); ++j) {
            const ConvImpl &c1 = *convs1[j], &c2 = *convs2[j];
            auto xt = acts1[j]->forward(x);
            const int64_t p1 = getPadding(c1.kernel, dilations[j]), p2 = getPadding(c2.kernel, 1);
            xt = torch::conv1d(xt, c1.weight, c1.bias, 1, torch::IntArrayRef(p1), dilations[j]);
            xt = acts2[j]->forward(xt);
            xt = torch::conv1d(xt, c2.weight, c2.bias, 1, torch::IntArrayRef(p2));
            x = x + xt;
        }
        return x;
    }
};

}  // namespace a2a::ltx_vocoder
