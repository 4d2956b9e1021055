#include "Sampler.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>

namespace a2a {
namespace {

constexpr double kTerminalSigma = 0.1;  // LTX2Scheduler's `terminal`

// ltx-core runs the negative pass unless math.isclose(cfg, 1.0) (relative tolerance 1e-9).
bool differsFromOne(double value) { return std::abs(value - 1.0) > 1e-9 * std::max(1.0, std::abs(value)); }

struct Prompts {
    torch::Tensor context, mask;
};

// The positive and negative prompts stacked on the batch dim so both passes share one forward.
// Prompts of different lengths are padded with masked zeros: the attention mask adds −FLT_MAX
// there, so the padding gets exactly zero weight and each row equals its own unpadded forward.
Prompts stackPrompts(const SampleRequest &r, const torch::TensorOptions &f32)
{
    const auto pos = r.context.to(f32), neg = r.negativeContext.to(f32);
    if (pos.size(1) == neg.size(1) && !r.contextMask.defined() && !r.negativeMask.defined())
        return {torch::cat({pos, neg}, 0), {}};
    const int64_t length = std::max(pos.size(1), neg.size(1));
    auto padded = [&](const torch::Tensor &ctx, const torch::Tensor &mask, Prompts *out) {
        const int64_t missing = length - ctx.size(1);
        auto keep = mask.defined() ? mask.to(f32).view({1, -1}) : torch::ones({1, ctx.size(1)}, f32);
        out->context = missing ? torch::cat({ctx, torch::zeros({1, missing, ctx.size(2)}, f32)}, 1) : ctx;
        out->mask = missing ? torch::cat({keep, torch::zeros({1, missing}, f32)}, 1) : keep;
    };
    Prompts a, b;
    padded(pos, r.contextMask, &a);
    padded(neg, r.negativeMask, &b);
    return {torch::cat({a.context, b.context}, 0), torch::cat({a.mask, b.mask}, 0)};
}

torch::Tensor positionsOr(const torch::Tensor &given, int64_t tokens, const torch::TensorOptions &f32)
{
    // Default: the trainer's a2a convention, reference and target both from 0 s (overlapping).
    const auto p = given.defined() ? given : audioLatentPositions(1, tokens);
    TORCH_CHECK(p.dim() == 4 && p.size(0) == 1 && p.size(2) == tokens, "sampleTarget: positions must be [1,1,T,2]");
    return p.to(f32);
}

}  // namespace

std::vector<double> ltx2SigmaSchedule(int steps, int64_t tokens)
{
    TORCH_CHECK(steps >= 1, "ltx2SigmaSchedule: steps must be at least 1");
    const double shift = 0.95 + (double(tokens) - 1024.0) * (2.05 - 0.95) / (4096.0 - 1024.0);
    const double e = std::exp(shift);
    std::vector<double> sigmas(size_t(steps) + 1);
    for (int i = 0; i <= steps; ++i) {
        const double linear = 1.0 - double(i) / steps;
        // Flux-style time shift e^s / (e^s + (1/σ − 1)); σ = 0 stays 0.
        sigmas[size_t(i)] = linear > 0 ? e / (e + (1.0 / linear - 1.0)) : 0.0;
    }
    sigmas.back() = 0.0;
    // Stretch so the last non-zero σ lands on the terminal value. With one step that σ is 1 and
    // ltx-core divides 0 by 0 (NaN); keeping [1, 0] is the only meaningful schedule there.
    const double last = sigmas[size_t(steps) - 1];
    if (last < 1.0) {
        const double scale = (1.0 - last) / (1.0 - kTerminalSigma);
        for (int i = 0; i < steps; ++i)
            sigmas[size_t(i)] = 1.0 - (1.0 - sigmas[size_t(i)]) / scale;
    }
    return sigmas;
}

torch::Tensor x0FromVelocity(const torch::Tensor &x, const torch::Tensor &velocity, const torch::Tensor &timesteps)
{
    return x - velocity * timesteps.unsqueeze(-1);
}

torch::Tensor guidedX0(const torch::Tensor &cond, const torch::Tensor &uncondText, const torch::Tensor &uncondStg,
                       const GuidanceConfig &guidance)
{
    auto pred = cond;
    if (uncondText.defined())
        pred = pred + (guidance.cfgScale - 1.0) * (cond - uncondText);
    if (uncondStg.defined())
        pred = pred + guidance.stgScale * (cond - uncondStg);
    // Guidance inflates the prediction's spread (over-saturation); rescaling pulls its std
    // (unbiased, whole tensor, as torch.std()) back toward the conditional one.
    if (guidance.rescale != 0.0) {
        const auto factor = guidance.rescale * (cond.std() / pred.std()) + (1.0 - guidance.rescale);
        pred = pred * factor;
    }
    return pred;
}

torch::Tensor eulerStep(const torch::Tensor &x, const torch::Tensor &x0, double sigma, double sigmaNext)
{
    TORCH_CHECK(sigma > 0.0, "eulerStep: sigma must be > 0");
    const auto velocity = (x - x0) / sigma;
    return x + velocity * (sigmaNext - sigma);
}

torch::Tensor sampleTarget(AudioTransformer &model, const SampleRequest &request, const SampleProgress &progress)
{
    const VelocityModel forward = [&model](const AudioTokens &in, const Perturbation &p) { return model.forward(in, p); };
    return sampleTarget(forward, request, progress);
}

torch::Tensor sampleTarget(const VelocityModel &model, const SampleRequest &r, const SampleProgress &progress)
{
    torch::NoGradGuard noGrad;
    const GuidanceConfig &g = r.guidance;
    TORCH_CHECK(r.referenceLatent.defined() && r.referenceLatent.dim() == 3 && r.referenceLatent.size(0) == 1,
                "sampleTarget: referenceLatent must be [1,Tr,C]");
    TORCH_CHECK(r.targetTokens > 0 && g.steps >= 1, "sampleTarget: targetTokens and steps must be positive");
    TORCH_CHECK(r.context.defined() && r.context.dim() == 3, "sampleTarget: context must be [1,L,D]");

    const auto f32 = torch::TensorOptions().dtype(torch::kFloat32).device(r.referenceLatent.device());
    const auto reference = r.referenceLatent.to(f32);  // may alias the caller's tensor: only read
    const int64_t tr = reference.size(1), t = r.targetTokens, c = reference.size(2);

    // Noise from a CPU generator: the same seed gives the same preview on CPU and GPU.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(r.seed);
    auto target = torch::randn({1, t, c}, gen, torch::kFloat32).to(f32.device());

    // Training order [reference ; target]. Validation appends the reference instead; with full
    // attention and RoPE-only positions the order changes nothing (spec §7).
    const auto positions = torch::cat({positionsOr(r.referencePositions, tr, f32), positionsOr(r.targetPositions, t, f32)}, 2);
    const auto denoiseMask = torch::cat({torch::zeros({1, tr}, f32), torch::ones({1, t}, f32)}, 1);

    const bool textPass = differsFromOne(g.cfgScale);
    const bool stgPass = g.stgScale != 0.0 && !g.stgBlocks.empty();  // isclose(stg, 0) is exact
    TORCH_CHECK(!textPass || (r.negativeContext.defined() && r.negativeContext.dim() == 3),
                "sampleTarget: cfgScale != 1 needs a negative context [1,L,D]");
    // STG perturbs every sample of a forward, so only cond + negative share a batch.
    const int64_t batch = textPass ? 2 : 1;
    const Prompts positive{r.context.to(f32), r.contextMask.defined() ? r.contextMask.to(f32) : torch::Tensor()};
    const Prompts prompts = textPass ? stackPrompts(r, f32) : positive;
    const Perturbation skipSelfAttention{g.stgBlocks};

    const auto sigmas = ltx2SigmaSchedule(g.steps);
    for (int i = 0; i < g.steps; ++i) {
        const double sigma = sigmas[size_t(i)], next = sigmas[size_t(i) + 1];
        const auto x = torch::cat({reference, target}, 1);
        // Clean reference tokens carry timestep 0; the sample's σ drives prompt AdaLN.
        const auto timesteps = denoiseMask * sigma;

        AudioTokens in;
        in.latent = x.repeat({batch, 1, 1});
        in.sigma = torch::full({batch}, sigma, f32);
        in.timesteps = timesteps.repeat({batch, 1});
        in.positions = positions.repeat({batch, 1, 1, 1});
        in.context = prompts.context;
        in.contextMask = prompts.mask;
        const auto x0 = x0FromVelocity(in.latent, model(in, Perturbation{}).to(torch::kFloat32), in.timesteps);
        const auto cond = x0.narrow(0, 0, 1);
        const auto uncondText = textPass ? x0.narrow(0, 1, 1) : torch::Tensor();

        torch::Tensor uncondStg;
        if (stgPass) {
            const AudioTokens perturbed{x, in.sigma.narrow(0, 0, 1), timesteps, positions, positive.context, positive.mask};
            uncondStg = x0FromVelocity(x, model(perturbed, skipSelfAttention).to(torch::kFloat32), timesteps);
        }

        // Guidance sees the whole sequence, reference included, as ltx-core's does (it moves the
        // std of the rescale); the reference part of the result is then replaced by the clean
        // latent and only the target takes the Euler step.
        const auto pred = guidedX0(cond, uncondText, uncondStg, g);
        target = eulerStep(target, pred.narrow(1, tr, t), sigma, next);

        if (progress && !progress(i + 1, g.steps))
            return {};
    }
    return target;
}

}  // namespace a2a
