#include "IcLoraStrategy.h"

#include "FlowMatching.h"

namespace a2a {

QString referencePositionsName(ReferencePositions p)
{
    return p == ReferencePositions::Negative ? QStringLiteral("negative") : QStringLiteral("overlap");
}

bool parseReferencePositions(const QString &name, ReferencePositions *out)
{
    if (name == QLatin1String("overlap"))
        *out = ReferencePositions::Overlap;
    else if (name == QLatin1String("negative") || name == QLatin1String("before"))
        *out = ReferencePositions::Negative;
    else
        return false;
    return true;
}

torch::Tensor referencePositionsFor(int64_t frames, ReferencePositions convention)
{
    if (convention == ReferencePositions::Overlap)
        return audioLatentPositions(1, frames);
    // ComfyUI (LTXVReferenceAudio) and ltx-pipelines (patchify_dubit_audio_reference_latent):
    // [start, end] − (end of the last reference frame + 0.04 s), in float32 as they compute it.
    const auto positions = audioLatentPositions(1, frames);
    const float end = positions.select(-1, 1).max().item<float>();
    return positions - (double(end) + 0.04);
}

IcLoraBatch buildIcLoraBatch(const TrainingExample &example, const torch::Tensor &sigma, torch::Generator &gen,
                             ReferencePositions convention, bool withReference)
{
    IcLoraBatch b;
    const auto x0 = example.target.unsqueeze(0);  // [1, T, C]
    const int64_t t = x0.size(1);
    const NoisedTarget noised = noiseTarget(x0, sigma, gen);
    b.velocityTarget = noised.velocityTarget;
    const auto targetTimesteps = sigma.view({1, 1}).expand({1, t});
    const auto targetPositions = audioLatentPositions(1, t);
    if (withReference) {
        const auto ref = example.reference.unsqueeze(0);
        const int64_t tr = ref.size(1);
        b.tokens.latent = torch::cat({ref, noised.noisy}, 1);
        b.tokens.timesteps = torch::cat({torch::zeros({1, tr}), targetTimesteps}, 1);
        b.tokens.positions = torch::cat({referencePositionsFor(tr, convention), targetPositions}, 2);
        b.lossMask = torch::cat({torch::zeros({1, tr}, torch::kBool), torch::ones({1, t}, torch::kBool)}, 1);
    } else {
        b.tokens.latent = noised.noisy;
        b.tokens.timesteps = targetTimesteps.contiguous();
        b.tokens.positions = targetPositions;
        b.lossMask = torch::ones({1, t}, torch::kBool);
    }
    b.tokens.sigma = sigma.view({1});
    b.tokens.context = example.text.context.unsqueeze(0);
    b.tokens.contextMask = example.text.mask.unsqueeze(0);
    return b;
}

torch::Tensor icLoraLoss(const torch::Tensor &prediction, const IcLoraBatch &batch)
{
    return maskedMse(prediction, batch.velocityTarget, batch.lossMask).mean();
}

TrainingExample shiftedJointly(const TrainingExample &example, torch::Generator &gen)
{
    const int64_t frames = example.target.size(0);
    if (example.reference.size(0) != frames || frames < 2)
        return example;
    const int64_t shift = torch::randint(frames, {1}, gen, torch::kLong).item<int64_t>();
    TrainingExample out = example;
    out.reference = torch::roll(example.reference, {shift}, {0});
    out.target = torch::roll(example.target, {shift}, {0});
    return out;
}

}  // namespace a2a
