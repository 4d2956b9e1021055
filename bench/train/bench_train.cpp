// bench/train: training-step speed of the audio transformer with an IC-LoRA, next to this
// machine's fp32 matmul rate measured in the same run.
//
//   bench_train [--layers 6] [--width 256] [--rank 32] [--threads 1,2] [--repeats 20] [--output md|csv|json]
//   bench_train --real-block [--repeats 3] [--threads 1] [--output md|json]
//
// Prints steps/s and achieved GFLOP/s (analytic FLOPs of a step ÷ its time) for buckets of 2.5, 5
// and 10 s, and peak RSS. FLOPs of a step = 3 × forward (forward + backward through the frozen
// base for activation gradients + the LoRA weight gradients, the usual approximation).
//
// --real-block: one transformer block at the real LTX-2.3 audio size (ModelConfig::ltx23() with
// one layer: 2048 wide, 32 heads × 64, FF 8192, text context 2048 wide), LoRA rank 32 on its 10
// target modules, 125 reference + 125 target tokens (negative reference positions), a 1024-token
// context, forward + backward of the masked MSE: fp32 weights without and with gradient
// checkpointing, and bf16-stored weights (upcast per layer to fp32) with checkpointing. Prints
// ms/step, GFLOP/s against the fp32 1024³ matmul rate, the extrapolated seconds per step of the
// whole 48-block stream, the peak RSS of each configuration and the real-base memory plan.

#include "model/AudioCodec.h"
#include "model/AudioTransformer.h"
#include "model/LtxMemoryPlan.h"
#include "model/TextEncoder.h"
#include "training/FlowMatching.h"
#include "training/IcLoraStrategy.h"
#include "util/BlasCheck.h"
#include "util/ProcessMemory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QThread>


#include <cmath>
#include <cstdio>
#include <ctime>
#include <dlfcn.h>

#include "BenchSupport.h"
#include "BenchTorch.h"

using namespace a2a;
using bench::Timing;
using bench::meanSd;
using bench::processCpuMs;
using bench::setBlasThreads;

namespace {


double forwardFlops(const ModelConfig &c, int64_t n, int64_t l)
{
    const double d = c.innerDim(), ff = c.ffInnerDim(), h = c.numHeads;
    double perLayer = 0;
    perLayer += 4 * 2.0 * n * d * d + 2 * 2.0 * n * n * d + 2.0 * n * d * h;                  // self-attention
    perLayer += 2 * 2.0 * n * d * d + 2 * 2.0 * l * d * d + 2 * 2.0 * n * l * d + 2.0 * n * d * h;  // text cross-attention
    perLayer += 2 * 2.0 * n * d * ff;                                                            // feed-forward
    double top = 2.0 * n * c.inChannels * d + 2.0 * n * d * c.outChannels;                      // in / out projections
    top += 2.0 * n * (c.timestepEmbeddingDim * d + d * d + d * c.adalnRows() * d);                // per-token AdaLN
    return c.numLayers * perLayer + top;
}

double matmulGflops(int threads)
{
    torch::set_num_threads(threads);
    return bench::matmulGflops();
}


// ---- --real-block ---------------------------------------------------------------------------

// Analytic FLOPs of one real-size block's LoRA training step (ltx23-real-path.md §5.2), with T
// tokens (reference + target), L context tokens, D inner width, F FF width:
//   forward  = 2·T·6·D²                    self-attention q/k/v/o + text-attention q/o on the T tokens
//            + 2·L·2·D²                    text-attention K/V on the L context tokens (recomputed each step)
//            + 4·T·D·F                     feed-forward in + out
//            + 2·2·T·T·D + 2·2·T·L·D       attention scores and AV products (self, text)
//   backward ≈ forward − 2·L·2·D²          input gradients through the frozen weights; the context
//                                          path needs none (the rank-32 LoRA weight gradients are small)
//   checkpointing adds one more forward (the block's recompute in backward).
// At T = 250, L = 1024: forward 49.2 GF, step 81.1 GF without checkpointing, 130.3 GF with.
// Not counted: gate logits, norms, RoPE, the LoRA branches, and the top-level layers that the
// one-block model also runs (patchify, AdaLN on the 2 distinct timesteps, output head: ≈0.5 GF
// forward, under 1 % of the block).
struct BlockFlops {
    double forward = 0, contextPath = 0;
    double step(bool checkpointing) const { return forward + (forward - contextPath) + (checkpointing ? forward : 0.0); }
};

BlockFlops realBlockFlops(const ModelConfig &c, int64_t tokens, int64_t contextTokens)
{
    const double t = double(tokens), l = double(contextTokens), d = c.innerDim(), f = c.ffInnerDim();
    BlockFlops b;
    b.contextPath = 2 * l * 2 * d * d;
    b.forward = 2 * t * 6 * d * d + b.contextPath + 4 * t * d * f + 2 * 2 * t * t * d + 2 * 2 * t * l * d;
    return b;
}


// AdamW step + gradient clipping over the LoRA of all 48 blocks (rank 32 on 10 modules each,
// 81.8 M fp32 parameters): the per-step cost outside the blocks that the extrapolation adds.
Timing optimizerStepMs(const ModelConfig &c, int rank, int repeats)
{
    const int64_t d = c.innerDim(), f = c.ffInnerDim();
    std::vector<torch::Tensor> params;
    for (int layer = 0; layer < c.numLayers; ++layer) {
        auto add = [&](int64_t in, int64_t out) {
            for (auto shape : {std::vector<int64_t>{rank, in}, std::vector<int64_t>{out, rank}}) {
                auto p = torch::zeros(shape).requires_grad_(true);
                p.mutable_grad() = torch::randn(shape) * 1e-3;
                params.push_back(p);
            }
        };
        for (int i = 0; i < 8; ++i)
            add(d, d);  // self and text attention q/k/v/o
        add(d, f);      // ff.net.0.proj
        add(f, d);      // ff.net.2
    }
    torch::optim::AdamW opt(params, torch::optim::AdamWOptions(2e-4).weight_decay(0.01));
    std::vector<double> times;
    for (int i = 0; i < repeats + 1; ++i) {
        QElapsedTimer timer;
        timer.start();
        torch::nn::utils::clip_grad_norm_(params, 1.0);
        opt.step();
        if (i >= 1)  // one warm-up (allocates the moments)
            times.push_back(timer.nsecsElapsed() / 1e6);
    }
    return meanSd(times);
}

int runRealBlock(const QString &threadList, int repeats, const QString &format)
{
    ModelConfig c = ModelConfig::ltx23();
    const int numLayersReal = c.numLayers;
    c.numLayers = 1;
    const int rank = 32;
    const int64_t refTokens = 125, targetTokens = 125, contextTokens = 1024;
    const BlockFlops flops = realBlockFlops(c, refTokens + targetTokens, contextTokens);

    std::printf("system: %d cores, libtorch %s, BLAS %s\n", QThread::idealThreadCount(), TORCH_VERSION, qPrintable(detectBlas().library));
    {
        const int blasBefore = setBlasThreads(1);
        setBlasThreads(blasBefore > 0 ? blasBefore : 1);
        std::printf("threads: %s (--threads; torch::set_num_threads and %s)\n", qPrintable(threadList),
                    blasBefore != 0 ? qPrintable(QStringLiteral("openblas_set_num_threads, which otherwise stays at %1").arg(blasBefore))
                                    : "no openblas_set_num_threads in this process: the BLAS keeps its own thread count");
    }
    std::printf("model: LTX-2.3 audio stream, 1 of %d blocks: %d wide (%d heads × %d), FF %d, text context %d wide; LoRA rank %d (alpha %d) on "
                "10 modules, base frozen\n",
                numLayersReal, c.innerDim(), c.numHeads, c.headDim, c.ffInnerDim(), c.crossAttentionDim, rank, rank);
    std::printf("input: %lld reference (timestep 0, negative positions) + %lld target tokens (σ), context [1, %lld, %d] full mask; "
                "forward + backward of the masked MSE on the target tokens\n",
                qlonglong(refTokens), qlonglong(targetTokens), qlonglong(contextTokens), c.crossAttentionDim);
    std::printf("analytic FLOPs per block: forward %.1f GF (context K/V %.1f GF); step %.1f GF without checkpointing, %.1f GF with\n",
                flops.forward / 1e9, flops.contextPath / 1e9, flops.step(false) / 1e9, flops.step(true) / 1e9);

    // The memory plan of a real-base run, for reference.
    {
        ModelConfig real = ModelConfig::ltx23();
        const LtxRunShape shape;
        const LtxMemoryPlan plan = planLtxTraining(real, shape, availableMemoryBytes());
        std::printf("memory plan, real base (%d blocks, %d+%d tokens, context %d, rank %d, checkpointing %s): DiT %.3f B parameters, LoRA %.1f M; "
                    "fp32-resident %s, bf16 storage %s, available %s; choice: %s\n",
                    real.numLayers, shape.referenceTokens, shape.targetTokens, shape.contextTokens, shape.rank, shape.gradientCheckpointing ? "on" : "off",
                    plan.ditParameters / 1e9, plan.loraParameters / 1e6, qPrintable(formatGigabytes(plan.fp32Bytes)),
                    qPrintable(formatGigabytes(plan.bf16Bytes)), qPrintable(formatGigabytes(plan.availableBytes)),
                    qPrintable(ltxWeightStorageName(plan.choice)));
        std::printf("  %s\n", qPrintable(plan.summary()));
    }
    const bool canReset = resetPeakResident();
    if (!canReset)
        std::printf("note: the kernel refused to reset the peak RSS: each figure is the process peak so far\n");

    struct Config {
        const char *name;
        torch::ScalarType storage;
        bool checkpointing;
    };
    const Config configs[] = {
        {"fp32, no checkpointing", torch::kFloat32, false},
        {"fp32, checkpointing", torch::kFloat32, true},
        {"bf16 storage (fp32 compute per layer), checkpointing", torch::kBFloat16, true},
    };

    {
        // Parameter counts from the module tree alone (meta device: nothing allocated).
        AudioTransformer meta(c, torch::TensorOptions().device(torch::kMeta));
        auto gen = at::detail::createCPUGenerator(1);
        int64_t total = 0, block = 0, lora = 0, modules = 0;
        for (auto &[n, layer] : meta.loraTargets()) {
            layer->enableLora(rank, rank, gen);
            lora += layer->loraA().numel() + layer->loraB().numel();
            ++modules;
        }
        for (const auto &item : meta.module().named_parameters()) {
            total += item.value().numel();
            if (item.key().rfind("transformer_blocks.", 0) == 0)
                block += item.value().numel();
        }
        std::printf("parameters of the 1-block model: %.1f M (block %.2f M + LoRA %.2f M on %lld modules, top level %.1f M)\n\n",
                    total / 1e6, (block - lora) / 1e6, lora / 1e6, qlonglong(modules), (total - block) / 1e6);
    }

    QJsonArray rows;
    std::vector<QString> overheadLines, cpuLines;
    double runPeakMb = 0;  // VmHWM is reset between configurations: the whole run's peak is the max of each
    std::printf("| config | threads | test | ms/step ± sd | GFLOP/s | %% of matmul | 48-block s/step | peak RSS |\n|---|---|---|---|---|---|---|---|\n");
    std::fflush(stdout);
    for (const QString &tstr : threadList.split(QLatin1Char(','))) {
        const int threads = std::max(1, tstr.toInt());
        setBlasThreads(threads);
        const double mm = matmulGflops(threads);
        torch::set_num_threads(threads);
        const Timing opt = optimizerStepMs(ModelConfig::ltx23(), rank, repeats);
        // 48 × the measured block step, plus the top-level overhead: the AdamW + clipping step over
        // the 48 blocks' LoRA, measured above. The top-level layers (≈0.5 GF forward) run inside
        // every measured one-block step, so 48 × counts them 47 times too many: under 1 %.
        const double overheadS = opt.mean / 1e3;
        overheadLines.push_back(QStringLiteral("threads %1: top-level overhead per 48-block step = AdamW + gradient clipping over %2 M LoRA "
                                               "parameters, measured %3 ± %4 ms")
                                    .arg(threads)
                                    .arg(double(numLayersReal) * rank * (8 * 2 * c.innerDim() + (c.innerDim() + c.ffInnerDim()) * 2) / 1e6, 0, 'f', 1)
                                    .arg(opt.mean, 0, 'f', 0)
                                    .arg(opt.sd, 0, 'f', 0));
        std::printf("| matmul 1024³ fp32 | %d | — | — | %.1f | 100 | — | — |\n", threads, mm);
        std::fflush(stdout);

        for (const Config &cfg : configs) {
            runPeakMb = std::max(runPeakMb, double(peakResidentBytes()) / 1e6);
            releaseFreeHeap();
            if (canReset)
                resetPeakResident();
            std::vector<double> times, cpuTimes;
            {
                torch::manual_seed(1);
                AudioTransformer model(c, torch::TensorOptions().dtype(cfg.storage));
                model.setGradientCheckpointing(cfg.checkpointing);
                for (auto &p : model.module().parameters())
                    p.requires_grad_(false);
                auto gen = at::detail::createCPUGenerator(1);
                std::vector<torch::Tensor> params;
                for (auto &[n, layer] : model.loraTargets()) {
                    layer->enableLora(rank, rank, gen);
                    params.push_back(layer->loraA().requires_grad_(true));
                    params.push_back(layer->loraB().requires_grad_(true));
                }
                const auto ref = torch::randn({1, refTokens, c.inChannels}), x0 = torch::randn({1, targetTokens, c.inChannels});
                const auto sigma = sampleTrainingSigmas(1, targetTokens, gen);
                const NoisedTarget noised = noiseTarget(x0, sigma, gen);
                AudioTokens in;
                in.latent = torch::cat({ref, noised.noisy}, 1);
                in.sigma = sigma.view({1});
                in.timesteps = torch::cat({torch::zeros({1, refTokens}), sigma.view({1, 1}).expand({1, targetTokens})}, 1);
                in.positions = torch::cat({referencePositionsFor(refTokens, ReferencePositions::Negative), audioLatentPositions(1, targetTokens)}, 2);
                in.context = torch::randn({1, contextTokens, c.crossAttentionDim});
                in.contextMask = torch::ones({1, contextTokens});
                const auto mask = torch::cat({torch::zeros({1, refTokens}, torch::kBool), torch::ones({1, targetTokens}, torch::kBool)}, 1);

                for (int i = 0; i < repeats + 1; ++i) {
                    for (auto &p : params)
                        p.mutable_grad().reset();
                    QElapsedTimer timer;
                    timer.start();
                    const double cpu0 = processCpuMs();
                    auto loss = maskedMse(model.forward(in), noised.velocityTarget, mask).mean();
                    loss.backward();
                    if (i >= 1) {  // one warm-up step
                        times.push_back(timer.nsecsElapsed() / 1e6);
                        cpuTimes.push_back(processCpuMs() - cpu0);
                    }
                }
            }
            const double peakMb = canReset ? double(peakResidentBytes()) / 1e6 : bench::peakRssMb() * 1.048576;
            runPeakMb = std::max(runPeakMb, peakMb);
            const Timing t = meanSd(times), cpu = meanSd(cpuTimes);
            cpuLines.push_back(QStringLiteral("threads %1, %2: CPU time %3 ± %4 ms/step for %5 ms wall (CPU/wall %6 for %1 thread(s))")
                                   .arg(threads)
                                   .arg(QString::fromUtf8(cfg.name))
                                   .arg(cpu.mean, 0, 'f', 0)
                                   .arg(cpu.sd, 0, 'f', 0)
                                   .arg(t.mean, 0, 'f', 0)
                                   .arg(cpu.mean / t.mean, 0, 'f', 2));
            const double stepFlops = flops.step(cfg.checkpointing);
            const double gflops = stepFlops / (t.mean / 1e3) / 1e9;
            const double stream = numLayersReal * t.mean / 1e3 + overheadS;
            std::printf("| %s | %d | 1 block, %lld+%lld tokens, L %lld, fwd+bwd (%.1f GF) | %.0f ± %.0f | %.1f | %.0f | %.1f | %.0f MB |\n",
                        cfg.name, threads, qlonglong(refTokens), qlonglong(targetTokens), qlonglong(contextTokens), stepFlops / 1e9, t.mean, t.sd,
                        gflops, 100.0 * gflops / mm, stream, peakMb);
            std::fflush(stdout);
            rows.append(QJsonObject{{QStringLiteral("config"), QString::fromUtf8(cfg.name)}, {QStringLiteral("threads"), threads},
                                    {QStringLiteral("ms"), t.mean}, {QStringLiteral("sd"), t.sd}, {QStringLiteral("gflops"), gflops},
                                    {QStringLiteral("matmul_gflops"), mm}, {QStringLiteral("stream_s"), stream},
                                    {QStringLiteral("peak_rss_mb"), peakMb}, {QStringLiteral("step_gflop"), stepFlops / 1e9},
                                    {QStringLiteral("cpu_ms"), cpu.mean}});
        }
    }
    std::printf("\n");
    for (const QString &l : overheadLines)
        std::printf("%s\n", qPrintable(l));
    for (const QString &l : cpuLines)
        std::printf("%s\n", qPrintable(l));
    std::printf("48-block s/step = 48 × ms/step of the one-block model + that overhead (the top-level layers, ≈0.5 GF forward, are inside each "
                "measured step: counted 47 times too many, under 1 %%)\n");
    std::printf("timed: 1 warm-up step, then %d repeats per configuration; peak RSS per configuration (%s; includes the process baseline), whole run %.0f MB\n", repeats,
                canReset ? "VmHWM reset before each" : "process peak so far", std::max(runPeakMb, double(peakResidentBytes()) / 1e6));
    if (format == QLatin1String("json"))
        std::printf("%s\n", QJsonDocument(rows).toJson().constData());
    return 0;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("IC-LoRA training-step benchmark."));
    parser.addHelpOption();
    const QCommandLineOption layers(QStringLiteral("layers"), QStringLiteral("Blocks [6]."), QStringLiteral("N"), QStringLiteral("6"));
    const QCommandLineOption width(QStringLiteral("width"), QStringLiteral("Inner width [256]."), QStringLiteral("D"), QStringLiteral("256"));
    const QCommandLineOption rank(QStringLiteral("rank"), QStringLiteral("LoRA rank [32]."), QStringLiteral("R"), QStringLiteral("32"));
    const QCommandLineOption threadsOpt(QStringLiteral("threads"), QStringLiteral("Thread counts to try [1,2]."), QStringLiteral("LIST"), QStringLiteral("1,2"));
    const QCommandLineOption repeats(QStringLiteral("repeats"), QStringLiteral("Timed steps per setting [20]."), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption output(QStringLiteral("output"), QStringLiteral("md, csv or json [md]."), QStringLiteral("FMT"), QStringLiteral("md"));
    const QCommandLineOption realBlock(QStringLiteral("real-block"),
                                       QStringLiteral("One block at the real LTX-2.3 audio size: fp32 / checkpointing / bf16 storage (repeats default 3, threads default 1)."));
    parser.addOptions({layers, width, rank, threadsOpt, repeats, output, realBlock});
    parser.process(app);
    if (parser.isSet(realBlock))
        return runRealBlock(parser.isSet(threadsOpt) ? parser.value(threadsOpt) : QStringLiteral("1"),
                            parser.isSet(repeats) ? std::max(1, parser.value(repeats).toInt()) : 3, parser.value(output));

    ModelConfig c;
    c.numLayers = parser.value(layers).toInt();
    c.headDim = 64;
    c.numHeads = std::max(1, parser.value(width).toInt() / c.headDim);
    c.crossAttentionDim = c.innerDim();
    const int r = parser.value(rank).toInt();
    const int reps = std::max(3, parser.value(repeats).toInt());
    std::printf("system: %d cores, libtorch %s, BLAS %s\n", QThread::idealThreadCount(), TORCH_VERSION, qPrintable(detectBlas().library));
    std::printf("model: %d × %d (%d heads × %d), FF %d, LoRA rank %d on %d modules\n", c.numLayers, c.innerDim(), c.numHeads, c.headDim, c.ffInnerDim(), r,
                10 * c.numLayers);

    torch::manual_seed(1);
    AudioTransformer model(c, torch::kFloat32);
    for (auto &p : model.module().parameters())
        p.requires_grad_(false);
    auto gen = at::detail::createCPUGenerator(1);
    std::vector<torch::Tensor> params;
    for (auto &[n, layer] : model.loraTargets()) {
        layer->enableLora(r, r, gen);
        params.push_back(layer->loraA().requires_grad_(true));
        params.push_back(layer->loraB().requires_grad_(true));
    }
    int64_t total = 0;
    for (const auto &p : model.module().parameters())
        total += p.numel();
    std::printf("parameters: %.2f M (LoRA %.2f M)\n\n", total / 1e6, [&] {
        int64_t n = 0;
        for (const auto &p : params)
            n += p.numel();
        return n / 1e6;
    }());
    torch::optim::AdamW opt(params, torch::optim::AdamWOptions(2e-4).weight_decay(0.01));
    const auto text = makeHashingTextEncoder(HashingTextEncoderConfig{c.crossAttentionDim, 32, 1});
    const TextContext ctx = text->encode(QStringLiteral("tonech4nge a warm vintage radio version of the voice"));

    QJsonArray rows;
    std::printf("| config | threads | test | ms/step ± sd | steps/s | GFLOP/s | %% of matmul |\n|---|---|---|---|---|---|---|\n");
    for (const QString &tstr : parser.value(threadsOpt).split(QLatin1Char(','))) {
        const int threads = tstr.toInt();
        const double mm = matmulGflops(threads);
        std::printf("| matmul 1024³ fp32 | %d | — | — | — | %.1f | 100 |\n", threads, mm);
        for (double bucket : {2.5, 5.0, 10.0}) {
            const int64_t t = AudioCodec::tokensForSeconds(bucket);
            const auto ref = torch::randn({1, t, c.inChannels}), x0 = torch::randn({1, t, c.inChannels});
            std::vector<double> times;
            for (int i = 0; i < reps + 2; ++i) {
                QElapsedTimer timer;
                timer.start();
                const auto sigma = sampleTrainingSigmas(1, t, gen);
                const NoisedTarget noised = noiseTarget(x0, sigma, gen);
                AudioTokens in;
                in.latent = torch::cat({ref, noised.noisy}, 1);
                in.sigma = sigma;
                in.timesteps = torch::cat({torch::zeros({1, t}), sigma.view({1, 1}).expand({1, t})}, 1);
                in.positions = torch::cat({audioLatentPositions(1, t), audioLatentPositions(1, t)}, 2);
                in.context = ctx.context.unsqueeze(0);
                in.contextMask = ctx.mask.unsqueeze(0);
                const auto mask = torch::cat({torch::zeros({1, t}, torch::kBool), torch::ones({1, t}, torch::kBool)}, 1);
                auto loss = maskedMse(model.forward(in), noised.velocityTarget, mask).mean();
                opt.zero_grad();
                loss.backward();
                torch::nn::utils::clip_grad_norm_(params, 1.0);
                opt.step();
                if (i >= 2)  // two warm-up steps
                    times.push_back(timer.nsecsElapsed() / 1e6);
            }
            double mean = 0, sq = 0;
            for (double v : times)
                mean += v;
            mean /= times.size();
            for (double v : times)
                sq += (v - mean) * (v - mean);
            const double sd = std::sqrt(sq / std::max<size_t>(1, times.size() - 1));
            const double gflops = 3.0 * forwardFlops(c, 2 * t, 32) / (mean / 1e3) / 1e9;
            const QString cfgName = QStringLiteral("%1×%2 r%3").arg(c.numLayers).arg(c.innerDim()).arg(r);
            std::printf("| %s | %d | bucket %.1f s (%lld+%lld tokens) | %.1f ± %.1f | %.2f | %.1f | %.0f |\n", qPrintable(cfgName), threads, bucket,
                        qlonglong(t), qlonglong(t), mean, sd, 1000.0 / mean, gflops, 100.0 * gflops / mm);
            std::fflush(stdout);
            rows.append(QJsonObject{{QStringLiteral("threads"), threads}, {QStringLiteral("bucket"), bucket}, {QStringLiteral("ms"), mean},
                                    {QStringLiteral("sd"), sd}, {QStringLiteral("gflops"), gflops}, {QStringLiteral("matmul_gflops"), mm}});
        }
    }
    std::printf("\npeak RSS: %.0f MB\n", bench::peakRssMb());
    if (parser.value(output) == QLatin1String("json"))
        std::printf("%s\n", QJsonDocument(rows).toJson().constData());
    return 0;
}
