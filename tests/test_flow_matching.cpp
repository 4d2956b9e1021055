// Flow matching and validation sampling: the LTX2Scheduler σ values of spec §6, the training σ
// sampler against its analytic distribution, the noising identities, the masked loss, the
// guidance formula, the Euler step, and the guided sampler on a fake model (exact answer) and
// on a tiny random AudioTransformer (shapes, determinism, pass count, batching, cancel).

#include "support/TestMain.h"
#include "support/TestModels.h"

#include "model/AudioTransformer.h"
#include "training/FlowMatching.h"
#include "training/Sampler.h"

#include <ATen/CPUGeneratorImpl.h>

#include <algorithm>
#include <cmath>

using namespace a2a;

namespace {

torch::Generator cpuGenerator(uint64_t seed) { return at::make_generator<at::CPUGeneratorImpl>(seed); }

double sigmoid(double x) { return 1.0 / (1.0 + std::exp(-x)); }
double normalCdf(double z) { return 0.5 * std::erfc(-z / std::sqrt(2.0)); }

// CDF of the shifted-logit-normal σ, derived by hand rather than by simulation: s' is monotone
// in the normal draw z, the reflection maps s' < eps to 2·eps − s', the clamp puts the top tail
// on 1, and 10 % of the mass is U[eps, 1).
double sigmaCdf(double x, int64_t tokens)
{
    const double eps = 1e-3;
    if (x >= 1.0)
        return 1.0;
    const double mu = 0.95 + (tokens - 1024) * 1.1 / 3072.0;
    const double lo = sigmoid(mu - 2.5758), hi = sigmoid(mu + 3.0902);
    auto below = [&](double sPrime) {  // P(s' ≤ sPrime)
        const double s = lo + sPrime * (hi - lo);
        if (s <= 0.0)
            return 0.0;
        if (s >= 1.0)
            return 1.0;
        return normalCdf(std::log(s / (1.0 - s)) - mu);
    };
    const double logitNormal = x < eps ? 0.0 : below(x) - below(2 * eps - x);
    const double uniform = std::clamp((x - eps) / (1.0 - eps), 0.0, 1.0);
    return 0.9 * logitNormal + 0.1 * uniform;
}

SampleRequest tinyRequest(int64_t refTokens, int64_t targetTokens, int64_t channels, int64_t contextDim)
{
    torch::manual_seed(11);
    SampleRequest r;
    r.referenceLatent = torch::randn({1, refTokens, channels});
    r.targetTokens = targetTokens;
    r.context = torch::randn({1, 5, contextDim});
    r.negativeContext = torch::randn({1, 3, contextDim});  // another length: exercises padding
    r.seed = 1234;
    r.guidance.steps = 4;
    r.guidance.stgBlocks = {1};
    return r;
}

struct Call {
    int64_t batch;
    std::set<int> skipped;
};

}  // namespace

class TestFlowMatching : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void thirtyStepScheduleMatchesTheSpec()
    {
        const auto s = ltx2SigmaSchedule(30);
        QCOMPARE(s.size(), size_t(31));
        const double head[] = {1.0, 0.995, 0.9896};
        for (int i = 0; i < 3; ++i)
            QVERIFY2(std::abs(s[size_t(i)] - head[i]) < 5e-5, qPrintable(QString::number(s[size_t(i)], 'g', 10)));
        const double tail[] = {0.3875, 0.2661, 0.1, 0.0};
        for (int i = 0; i < 4; ++i)
            QVERIFY2(std::abs(s[27 + size_t(i)] - tail[i]) < 5e-5, qPrintable(QString::number(s[27 + size_t(i)], 'g', 10)));
        QCOMPARE(s.back(), 0.0);
        for (size_t i = 1; i < s.size(); ++i)
            QVERIFY(s[i] < s[i - 1]);
    }

    void otherStepCountsEndOnTheTerminal()
    {
        for (int steps : {2, 3, 8, 20, 40}) {
            for (int64_t tokens : {int64_t(126), int64_t(4096)}) {
                const auto s = ltx2SigmaSchedule(steps, tokens);
                QCOMPARE(s.size(), size_t(steps) + 1);
                QVERIFY(std::abs(s.front() - 1.0) < 1e-12);
                QVERIFY(std::abs(s[size_t(steps) - 1] - 0.1) < 1e-12);
                QCOMPARE(s.back(), 0.0);
                for (size_t i = 1; i < s.size(); ++i)
                    QVERIFY(s[i] < s[i - 1]);
            }
        }
        // A smaller shift keeps less of the schedule at high σ.
        QVERIFY(ltx2SigmaSchedule(30, 126)[15] < ltx2SigmaSchedule(30)[15]);
        // ltx-core yields NaN for one step (0/0 in the stretch); we keep [1, 0].
        QCOMPARE(ltx2SigmaSchedule(1), (std::vector<double>{1.0, 0.0}));
    }

    void sigmaSamplerMatchesItsAnalyticDistribution()
    {
        const int64_t n = 100000, tokens = 126;
        auto gen = cpuGenerator(42);
        const auto s = sampleTrainingSigmas(n, tokens, gen).to(torch::kFloat64);
        QCOMPARE(s.scalar_type(), torch::kFloat64);
        QCOMPARE(s.size(0), n);
        QVERIFY(s.min().item<double>() >= 1e-3 - 1e-6);  // reflection and uniform floor both sit at eps
        QVERIFY(s.max().item<double>() <= 1.0);

        // Empirical CDF within ~4 standard errors of the analytic one.
        for (double x : {0.02, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99}) {
            const double empirical = (s <= x).to(torch::kFloat64).mean().item<double>();
            const double expected = sigmaCdf(x, tokens);
            const double tolerance = 4 * std::sqrt(expected * (1 - expected) / n) + 1e-4;
            QVERIFY2(std::abs(empirical - expected) < tolerance,
                     qPrintable(QStringLiteral("x=%1 empirical %2 analytic %3").arg(x).arg(empirical).arg(expected)));
        }
        // Mean = ∫(1 − F) and median = F⁻¹(0.5), both from the analytic CDF.
        double mean = 0.0;
        const int slices = 20000;
        for (int i = 0; i < slices; ++i)
            mean += (1.0 - sigmaCdf((i + 0.5) / slices, tokens)) / slices;
        double lo = 0.0, hi = 1.0;
        for (int i = 0; i < 60; ++i)
            (sigmaCdf((lo + hi) / 2, tokens) < 0.5 ? lo : hi) = (lo + hi) / 2;
        QVERIFY2(std::abs(s.mean().item<double>() - mean) < 0.004, qPrintable(QString::number(mean)));
        QVERIFY2(std::abs(s.median().item<double>() - lo) < 0.006, qPrintable(QString::number(lo)));
        // The clamp puts the logit-normal's top 0.1 % exactly on 1.
        const double atOne = (s == 1.0).to(torch::kFloat64).mean().item<double>();
        QVERIFY2(atOne > 0.0004 && atOne < 0.0015, qPrintable(QString::number(atOne)));
    }

    void sigmaSamplerVariants()
    {
        auto gen = cpuGenerator(3);
        SigmaSamplerConfig allUniform;
        allUniform.uniformProbability = 1.0;
        const auto u = sampleTrainingSigmas(50000, 126, gen, allUniform);
        QVERIFY(u.min().item<double>() >= 1e-3 && u.max().item<double>() < 1.0);
        QVERIFY(std::abs(u.mean().item<double>() - 0.5005) < 0.005);
        QVERIFY((u == 1.0).sum().item<int64_t>() == 0);

        SigmaSamplerConfig plain;
        plain.uniform = true;
        const auto p = sampleTrainingSigmas(50000, 126, gen, plain);
        QVERIFY(p.min().item<double>() >= 0.0 && p.max().item<double>() < 1.0);
        QVERIFY(std::abs(p.mean().item<double>() - 0.5) < 0.005);

        // Longer targets shift σ up (μ grows with the token count).
        const auto longTarget = sampleTrainingSigmas(50000, 4096, gen);
        const auto shortTarget = sampleTrainingSigmas(50000, 126, gen);
        QVERIFY(longTarget.mean().item<double>() > shortTarget.mean().item<double>() + 0.05);
    }

    void sigmaSamplerIsReproducibleAndResumable()
    {
        auto a = cpuGenerator(7), b = cpuGenerator(7), c = cpuGenerator(8);
        const auto first = sampleTrainingSigmas(64, 126, a);
        QVERIFY(torch::equal(first, sampleTrainingSigmas(64, 126, b)));
        QVERIFY(!torch::equal(first, sampleTrainingSigmas(64, 126, c)));
        QCOMPARE(first.scalar_type(), torch::kFloat32);
        // The stream advances, and a copy of the generator state resumes it exactly.
        auto resumed = a.clone();
        const auto next = sampleTrainingSigmas(64, 126, a);
        QVERIFY(!torch::equal(first, next));
        QVERIFY(torch::equal(next, sampleTrainingSigmas(64, 126, resumed)));
    }

    void noiseTargetIdentities()
    {
        torch::manual_seed(5);
        const auto x0 = torch::randn({3, 7, 16});
        const auto sigma = torch::tensor({0.0f, 1.0f, 0.3f});
        auto gen = cpuGenerator(9);
        auto copy = gen.clone();
        const auto out = noiseTarget(x0, sigma, gen);
        const auto eps = torch::randn(x0.sizes(), copy, torch::kFloat32);  // the same draw
        QVERIFY(torch::equal(out.velocityTarget, eps - x0));
        QVERIFY(torch::equal(out.noisy[0], x0[0]));
        QVERIFY(torch::equal(out.noisy[1], eps[1]));
        QVERIFY(torch::allclose(out.noisy[2], 0.7 * x0[2] + 0.3 * eps[2], 1e-6, 1e-6));
        // x0 = x_σ − σ·v for every sample (what the sampler's x0 prediction relies on).
        QVERIFY(torch::allclose(out.noisy - sigma.view({3, 1, 1}) * out.velocityTarget, x0, 1e-5, 1e-5));
        QVERIFY(!torch::equal(noiseTarget(x0, sigma, gen).noisy[1], out.noisy[1]));
    }

    void maskedMseIgnoresMaskedTokens()
    {
        torch::manual_seed(6);
        auto pred = torch::randn({2, 6, 4}), target = torch::randn({2, 6, 4});
        auto mask = torch::zeros({2, 6}, torch::kBool);
        mask.index_put_({0, torch::indexing::Slice(0, 3)}, true);
        mask.index_put_({1, torch::indexing::Slice(3, 6)}, true);
        const auto kept0 = (pred[0].slice(0, 0, 3) - target[0].slice(0, 0, 3)).pow(2).mean().item<double>();
        const auto kept1 = (pred[1].slice(0, 3, 6) - target[1].slice(0, 3, 6)).pow(2).mean().item<double>();
        // Masked tokens may hold anything, even inf.
        pred.index_put_({0, torch::indexing::Slice(3, 6)}, 1e30);
        pred.index_put_({1, 0}, std::numeric_limits<float>::infinity());
        const auto loss = maskedMse(pred, target, mask);
        QCOMPARE(loss.sizes(), torch::IntArrayRef({2}));
        QVERIFY(std::abs(loss[0].item<double>() - kept0) < 1e-5);
        QVERIFY(std::abs(loss[1].item<double>() - kept1) < 1e-5);
        // 0/1 float mask, all-kept equals the plain MSE, all-masked gives 0.
        QVERIFY(torch::allclose(maskedMse(pred, target, mask.to(torch::kFloat32)), loss));
        const auto p = torch::randn({2, 6, 4});
        QVERIFY(torch::allclose(maskedMse(p, target, torch::ones({2, 6})), (p - target).pow(2).mean({1, 2})));
        QCOMPARE(maskedMse(p, target, torch::zeros({2, 6})).abs().sum().item<double>(), 0.0);
        // Predictions over [reference ; target]: only the last T count.
        const auto withReference = torch::cat({torch::full({2, 5, 4}, 1e30), p}, 1);
        QVERIFY(torch::allclose(maskedMse(withReference, target, torch::ones({2, 6})), maskedMse(p, target, torch::ones({2, 6}))));
    }

    void guidanceFormula()
    {
        torch::manual_seed(8);
        const auto c = torch::randn({1, 10, 8}), u = torch::randn({1, 10, 8}), p = torch::randn({1, 10, 8});
        GuidanceConfig g;  // cfg 7, stg 1
        g.rescale = 0.0;
        const auto raw = c + 6.0 * (c - u) + 1.0 * (c - p);
        QVERIFY(torch::allclose(guidedX0(c, u, p, g), raw, 1e-5, 1e-5));
        g.rescale = 1.0;
        QVERIFY(std::abs(guidedX0(c, u, p, g).std().item<double>() - c.std().item<double>()) < 1e-5);
        g.rescale = 0.7;
        const double factor = 0.7 * c.std().item<double>() / raw.std().item<double>() + 0.3;
        QVERIFY(torch::allclose(guidedX0(c, u, p, g), raw * factor, 1e-5, 1e-5));
        // Skipped passes contribute nothing; then rescale is the identity.
        QVERIFY(torch::allclose(guidedX0(c, {}, {}, g), c));
        QCOMPARE(GuidanceConfig{}.cfgScale, 7.0);
        QCOMPARE(GuidanceConfig{}.stgBlocks, std::set<int>{28});
    }

    void eulerFollowsTheStraightPath()
    {
        torch::manual_seed(9);
        const auto x0 = torch::randn({1, 12, 8}), eps = torch::randn({1, 12, 8});
        // One step with the exact x0 moves along the straight line: x_σ → x_σnext.
        const auto xs = 0.6 * x0 + 0.4 * eps;
        QVERIFY(torch::allclose(eulerStep(xs, x0, 0.4, 0.15), 0.85 * x0 + 0.15 * eps, 1e-5, 1e-5));
        // Integrating the whole schedule from pure noise lands on the (constant) x0.
        const auto sigmas = ltx2SigmaSchedule(30);
        auto x = eps.clone();
        for (size_t i = 0; i + 1 < sigmas.size(); ++i)
            x = eulerStep(x, x0, sigmas[i], sigmas[i + 1]);
        QVERIFY(torch::allclose(x, x0, 1e-5, 1e-5));
        QVERIFY(torch::allclose(x0FromVelocity(xs, eps - x0, torch::full({1, 12}, 0.4)), x0, 1e-5, 1e-5));
        QVERIFY(torch::equal(x0FromVelocity(xs, eps - x0, torch::zeros({1, 12})), xs));
    }

    void samplerWithAnExactFakeModelLandsOnItsTarget()
    {
        SampleRequest r = tinyRequest(6, 9, 8, 4);
        const auto referenceBefore = r.referenceLatent.clone();
        const auto answer = torch::randn({1, 9, 8});
        const auto sigmas = ltx2SigmaSchedule(r.guidance.steps);
        std::vector<Call> calls;
        bool inputsOk = true;
        // Predicts x0 = [reference ; answer] exactly, whatever the pass.
        const VelocityModel exact = [&](const AudioTokens &in, const Perturbation &p) {
            const int64_t b = in.latent.size(0);
            const double sigma = sigmas[calls.size() / 2];
            calls.push_back({b, p.skipSelfAttentionBlocks});
            const auto truth = torch::cat({referenceBefore, answer}, 1).expand({b, -1, -1});
            inputsOk = inputsOk && torch::equal(in.latent.slice(1, 0, 6), referenceBefore.expand({b, -1, -1}))
                       && in.timesteps.slice(1, 0, 6).abs().sum().item<double>() == 0.0
                       && torch::allclose(in.timesteps.slice(1, 6), torch::full({b, 9}, sigma))
                       && torch::allclose(in.sigma, torch::full({b}, sigma)) && in.positions.size(2) == 15;
            if (b == 1)  // the STG pass runs on the positive prompt
                inputsOk = inputsOk && torch::equal(in.context, r.context);
            if (b == 2)  // row 1 is the negative prompt, padded with masked zeros
                inputsOk = inputsOk && torch::equal(in.context[1].slice(0, 0, 3), r.negativeContext[0])
                           && in.contextMask[1].sum().item<double>() == 3.0 && in.contextMask[0].sum().item<double>() == 5.0;
            const auto t = in.timesteps.unsqueeze(-1);
            return torch::where(t > 0, (in.latent - truth) / t.clamp_min(1e-12), torch::zeros_like(t));
        };
        const auto out = sampleTarget(exact, r);
        QVERIFY(inputsOk);
        QCOMPARE(out.sizes(), torch::IntArrayRef({1, 9, 8}));
        QVERIFY(torch::allclose(out, answer, 1e-5, 1e-5));
        QVERIFY(torch::equal(r.referenceLatent, referenceBefore));
        // Defaults: per step one batch of (cond, negative) and one STG pass.
        QCOMPARE(calls.size(), size_t(2 * r.guidance.steps));
        for (size_t i = 0; i < calls.size(); ++i) {
            QCOMPARE(calls[i].batch, i % 2 == 0 ? int64_t(2) : int64_t(1));
            QCOMPARE(calls[i].skipped, i % 2 == 0 ? std::set<int>{} : std::set<int>{1});
        }
    }

    void samplerGuidesOverTheWholeSequence()
    {
        // Each pass predicts its own constant x0; one step (σ 1 → 0) lands on the guided x0. As in
        // ltx-core, the rescale std covers reference tokens too, which moves the result.
        SampleRequest r = tinyRequest(6, 9, 8, 4);
        r.guidance.steps = 1;
        const auto a = torch::randn({1, 9, 8}), b = torch::randn({1, 9, 8}), c = torch::randn({1, 9, 8});
        const VelocityModel passes = [&](const AudioTokens &in, const Perturbation &p) {
            const auto truth = p.empty() ? torch::cat({a, b}, 0) : c;
            const auto full = torch::cat({r.referenceLatent.expand({in.latent.size(0), -1, -1}), truth}, 1);
            const auto t = in.timesteps.unsqueeze(-1);
            return torch::where(t > 0, (in.latent - full) / t.clamp_min(1e-12), torch::zeros_like(t));
        };
        auto whole = [&](const torch::Tensor &target) { return torch::cat({r.referenceLatent, target}, 1); };
        const auto expected = guidedX0(whole(a), whole(b), whole(c), r.guidance).slice(1, 6);
        const auto targetOnly = guidedX0(a, b, c, r.guidance);
        const auto out = sampleTarget(passes, r);
        QVERIFY(torch::allclose(out, expected, 1e-5, 1e-5));
        QVERIFY(!torch::allclose(out, targetOnly, 1e-3, 1e-3));
    }

    void samplerOnATinyTransformer()
    {
        torch::manual_seed(21);
        const ModelConfig config = test::tinyModelConfig();
        AudioTransformer model(config, torch::kFloat32);
        SampleRequest r = tinyRequest(6, 8, config.inChannels, config.crossAttentionDim);
        const auto referenceBefore = r.referenceLatent.clone();

        const auto a = sampleTarget(model, r);
        QCOMPARE(a.sizes(), torch::IntArrayRef({1, 8, 128}));
        QVERIFY(torch::isfinite(a).all().item<bool>());
        QVERIFY(torch::equal(r.referenceLatent, referenceBefore));
        QVERIFY(torch::equal(a, sampleTarget(model, r)));
        SampleRequest other = r;
        other.seed = 4321;
        QVERIFY(!torch::allclose(a, sampleTarget(model, other), 1e-3, 1e-3));

        // Batching cond with the (shorter, padded) negative prompt equals separate forwards.
        const VelocityModel unbatched = [&](const AudioTokens &in, const Perturbation &p) {
            if (in.latent.size(0) == 1)
                return model.forward(in, p);
            AudioTokens pos{in.latent[0].unsqueeze(0), in.sigma.slice(0, 0, 1), in.timesteps[0].unsqueeze(0),
                            in.positions[0].unsqueeze(0), r.context, {}};
            AudioTokens neg{pos.latent, pos.sigma, pos.timesteps, pos.positions, r.negativeContext, {}};
            return torch::cat({model.forward(pos, p), model.forward(neg, p)}, 0);
        };
        QVERIFY(torch::allclose(sampleTarget(unbatched, r), a, 1e-4, 1e-4));

        // cfg 1 and stg 0: exactly `steps` forwards of batch 1, no perturbation.
        SampleRequest plain = r;
        plain.guidance.cfgScale = 1.0;
        plain.guidance.stgScale = 0.0;
        plain.negativeContext = torch::Tensor();
        std::vector<Call> calls;
        const VelocityModel counting = [&](const AudioTokens &in, const Perturbation &p) {
            calls.push_back({in.latent.size(0), p.skipSelfAttentionBlocks});
            return model.forward(in, p);
        };
        QVERIFY(torch::isfinite(sampleTarget(counting, plain)).all().item<bool>());
        QCOMPARE(calls.size(), size_t(plain.guidance.steps));
        for (const Call &c : calls)
            QVERIFY(c.batch == 1 && c.skipped.empty());

        // Cancel after the second step: stops there and returns nothing.
        calls.clear();
        std::vector<int> seen;
        const auto cancelled = sampleTarget(counting, plain, [&](int step, int total) {
            seen.push_back(step);
            return !(step == 2 && total == plain.guidance.steps);
        });
        QVERIFY(!cancelled.defined());
        QCOMPARE(calls.size(), size_t(2));
        QCOMPARE(seen, (std::vector<int>{1, 2}));
    }
};

A2A_TEST_MAIN(TestFlowMatching)
#include "test_flow_matching.moc"
