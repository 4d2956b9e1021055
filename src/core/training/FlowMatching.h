#pragma once
// Rectified-flow training pieces (spec §6, §7 item 4): the σ sampler of ltx-trainer
// ("shifted_logit_normal", or "uniform"), the noised input with its velocity target, and the
// masked per-sample MSE. Every random draw takes the caller's generator so a run is reproducible
// and resumable from a saved generator state.
// Torch header: engine code only. Thread rule: pure functions; a generator is used by one thread
// at a time.

#include <torch/torch.h>

namespace a2a {

struct SigmaSamplerConfig {
    bool uniform = false;              // true: "uniform" sampler, σ ~ U[uniformMin, uniformMax)
    double uniformMin = 0.0;           // UniformTimestepSampler.min_value
    double uniformMax = 1.0;           // UniformTimestepSampler.max_value
    double uniformProbability = 0.1;   // shifted_logit_normal: share replaced by U[eps, 1)
    double std = 1.0;                  // σ of the normal before the sigmoid (also scales the percentiles)
    double eps = 1e-3;                 // reflection point near σ = 0 and floor of the uniform fallback
};

// μ of the shifted logit-normal for a target of `tokens` tokens: linear through
// (1024, 0.95) and (4096, 2.05), not clamped (audio clips of 4–10 s give μ ≈ 0.62–0.67).
double sigmaShiftForTokens(int64_t tokens);

// [batch] float32 σ on the generator's device. targetTokens is the target's token count only
// (reference tokens do not count). Draw order equals ltx-trainer's: normals, then the uniform
// fallback values, then the fallback coin.
torch::Tensor sampleTrainingSigmas(int64_t batch, int64_t targetTokens, torch::Generator &gen,
                                   const SigmaSamplerConfig &config = {});

struct NoisedTarget {
    torch::Tensor noisy;           // x_σ = (1 − σ)·x0 + σ·ε, dtype and device of x0
    torch::Tensor velocityTarget;  // v = ε − x0 (what the model is trained to output)
};

// x0 [B, T, C], sigma [B]; ε is drawn from gen (on the generator's device, then moved to x0's).
NoisedTarget noiseTarget(const torch::Tensor &x0, const torch::Tensor &sigma, torch::Generator &gen);

// Per-sample loss [B] (float32): mean over tokens×channels of (pred − target)²·mask divided by the
// mean of the mask (clamped at 1e-8, so an all-masked sample gives 0, not NaN). mask is [B, T]
// bool or 0/1. When pred (or mask) has more tokens than target, only the last T are used: the
// model sees [reference ; target] and the reference tokens carry no loss. The caller takes the
// batch mean.
torch::Tensor maskedMse(const torch::Tensor &pred, const torch::Tensor &target, const torch::Tensor &mask);

}  // namespace a2a
