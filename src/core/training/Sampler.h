#pragma once
// Validation sampling for the audio IC-LoRA (spec §6, §7): LTX2Scheduler's σ schedule, the
// guided x0 combination of ltx-core's MultiModalGuider (CFG + STG + rescale; audio-only, so no
// modality guidance), the Euler step, and the loop that denoises a target next to a clean
// reference. The building blocks are exposed so they can be tested one by one.
// Torch header: engine code only. Thread rule: one call per model at a time; runs on the
// calling thread (blocking) under NoGradGuard.

#include "model/AudioTransformer.h"

#include <cstdint>
#include <functional>
#include <set>
#include <vector>

namespace a2a {

// LTX2Scheduler: steps + 1 values from 1 down to 0, shifted for `tokens` tokens
// (4096 when no latent is passed, as the trainer's validation does: shift 2.05), then stretched
// so the last non-zero σ is 0.1. 30 steps: 1.0, 0.995, 0.9896, …, 0.3875, 0.2661, 0.1, 0.
std::vector<double> ltx2SigmaSchedule(int steps, int64_t tokens = 4096);

// LTX-2.3 audio defaults (pipes/utils/constants.py, trainer ValidationConfig): cfg 7, STG 1 on
// block 28, rescale 0.7, 30 steps. Modality guidance does not exist without video.
struct GuidanceConfig {
    double cfgScale = 7.0;         // 1 = no text guidance (the negative pass is skipped)
    double stgScale = 1.0;         // 0 = no STG (the perturbed pass is skipped)
    std::set<int> stgBlocks = {28};  // blocks whose self-attention STG skips (LTX-2.0 used 29)
    double rescale = 0.7;          // 0 = off; pulls std(pred) toward std(cond)
    int steps = 30;                // Euler steps = forwards per pass
};

struct SampleRequest {
    torch::Tensor referenceLatent;           // [1, Tr, C] clean reference tokens (required)
    int64_t targetTokens = 0;                // T: target length in tokens
    torch::Tensor context, contextMask;      // positive prompt [1, L, D], [1, L] (mask may be undefined)
    torch::Tensor negativeContext, negativeMask;  // negative prompt; needed when cfgScale ≠ 1
    torch::Tensor referencePositions;        // [1, 1, Tr, 2]; undefined = audioLatentPositions from 0
    torch::Tensor targetPositions;           // [1, 1, T, 2];  undefined = audioLatentPositions from 0
    uint64_t seed = 0;                       // initial target noise (CPU generator, device-independent)
    GuidanceConfig guidance;
};

// Called after each completed step with (completed, total); returning false cancels.
using SampleProgress = std::function<bool(int step, int total)>;

// A velocity model: AudioTransformer::forward or a stand-in (tests count and inspect calls).
using VelocityModel = std::function<torch::Tensor(const AudioTokens &, const Perturbation &)>;

// Denoised target latent [1, T, C] float32, or an undefined tensor when progress cancelled.
torch::Tensor sampleTarget(AudioTransformer &model, const SampleRequest &request,
                           const SampleProgress &progress = {});
torch::Tensor sampleTarget(const VelocityModel &model, const SampleRequest &request,
                           const SampleProgress &progress = {});

// ltx-core's X0Model: x0 = x − v·t with per-token timesteps t [B, T] (0 on clean tokens ⇒ x0 = x).
torch::Tensor x0FromVelocity(const torch::Tensor &x, const torch::Tensor &velocity, const torch::Tensor &timesteps);

// MultiModalGuider.calculate on x0 predictions: c + (cfg−1)(c − uText) + stg·(c − uStg), then
// if rescale r ≠ 0: ·(r·std(c)/std(pred) + 1 − r), std over the whole tensor. A pass whose scale
// makes it irrelevant may be undefined (uText when cfg = 1, uStg when stg = 0).
torch::Tensor guidedX0(const torch::Tensor &cond, const torch::Tensor &uncondText, const torch::Tensor &uncondStg,
                       const GuidanceConfig &guidance);

// EulerDiffusionStep: v = (x − x0)/σ, x + v·(σnext − σ). σ must be > 0.
torch::Tensor eulerStep(const torch::Tensor &x, const torch::Tensor &x0, double sigma, double sigmaNext);

}  // namespace a2a
