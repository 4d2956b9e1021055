#include "FlowMatching.h"

namespace a2a {
namespace {

// Percentiles of the standard normal that bound the stretch (ltx-trainer's constants, ×std).
constexpr double kNormal999 = 3.0902;   // 99.9th percentile
constexpr double kNormal005 = -2.5758;  // 0.5th percentile

torch::TensorOptions floatOn(const torch::Generator &gen)
{
    return torch::TensorOptions().dtype(torch::kFloat32).device(gen.device());
}

}  // namespace

double sigmaShiftForTokens(int64_t tokens)
{
    // Same line as ltx-trainer's _get_shift_for_sequence_length (slope then intercept).
    const double slope = (2.05 - 0.95) / (4096.0 - 1024.0);
    const double intercept = 0.95 - slope * 1024.0;
    return slope * double(tokens) + intercept;
}

torch::Tensor sampleTrainingSigmas(int64_t batch, int64_t targetTokens, torch::Generator &gen,
                                   const SigmaSamplerConfig &config)
{
    const auto options = floatOn(gen);
    if (config.uniform)
        return torch::rand({batch}, gen, options) * (config.uniformMax - config.uniformMin) + config.uniformMin;

    // float32 throughout, as the Python sampler computes: the same generator state then gives
    // the same σ as ltx-trainer on CPU.
    const double mu = sigmaShiftForTokens(targetTokens);
    const auto logitNormal = torch::sigmoid(torch::randn({batch}, gen, options) * config.std + mu);
    const auto upper = torch::sigmoid(torch::scalar_tensor(mu + kNormal999 * config.std, options));
    const auto lower = torch::sigmoid(torch::scalar_tensor(mu + kNormal005 * config.std, options));

    // Stretch so the [0.5 %, 99.9 %] band covers [0, 1]; the stretch pushes the lowest draws
    // below zero, and reflecting them about eps keeps them positive without piling them on 0.
    const auto stretched = (logitNormal - lower) / (upper - lower);
    auto sigma = torch::where(stretched >= config.eps, stretched, 2.0 * config.eps - stretched).clamp(0.0, 1.0);

    // The uniform fallback keeps every σ trained even where the logit-normal is thin.
    const auto uniform = torch::rand({batch}, gen, options) * (1.0 - config.eps) + config.eps;
    const auto coin = torch::rand({batch}, gen, options);
    return torch::where(coin > config.uniformProbability, sigma, uniform);
}

NoisedTarget noiseTarget(const torch::Tensor &x0, const torch::Tensor &sigma, torch::Generator &gen)
{
    TORCH_CHECK(sigma.dim() == 1 && sigma.size(0) == x0.size(0), "noiseTarget: sigma must be [B]");
    // Noise is drawn where the generator lives so a CPU generator gives the same ε on any device.
    const auto noise = torch::randn(x0.sizes(), gen, x0.options().device(gen.device())).to(x0.device());
    std::vector<int64_t> shape(size_t(x0.dim()), 1);
    shape[0] = x0.size(0);
    const auto s = sigma.to(x0.options()).view(shape);
    return {(1 - s) * x0 + s * noise, noise - x0};
}

torch::Tensor maskedMse(const torch::Tensor &pred, const torch::Tensor &target, const torch::Tensor &mask)
{
    TORCH_CHECK(pred.dim() == 3 && target.dim() == 3 && mask.dim() == 2, "maskedMse: pred/target [B,T,C], mask [B,T]");
    const int64_t t = target.size(1);
    TORCH_CHECK(pred.size(1) >= t && mask.size(1) >= t, "maskedMse: fewer predictions or mask entries than targets");
    const auto p = pred.narrow(1, pred.size(1) - t, t).to(torch::kFloat32);
    const auto m = mask.narrow(1, mask.size(1) - t, t).to(torch::kFloat32).unsqueeze(-1);
    const auto squared = (p - target.to(torch::kFloat32)).pow(2);
    // where() rather than a bare product: a masked token holding inf or NaN would give 0·inf = NaN.
    const auto kept = torch::where(m > 0, squared * m, torch::zeros_like(squared));
    // m is [B,T,1]: its mean over (T,1) equals the mean over T×C of the broadcast mask.
    return kept.mean({1, 2}) / m.mean({1, 2}).clamp_min(1e-8);
}

}  // namespace a2a
