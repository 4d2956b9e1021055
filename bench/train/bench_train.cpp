// bench/train: training-step speed of the audio transformer with an IC-LoRA, next to this
// machine's fp32 matmul rate measured in the same run.
//
//   bench_train [--layers 6] [--width 256] [--rank 32] [--threads 1,2] [--repeats 20] [--output md|csv|json]
//
// Prints steps/s and achieved GFLOP/s (analytic FLOPs of a step ÷ its time) for buckets of 2.5, 5
// and 10 s, and peak RSS. FLOPs of a step = 3 × forward (forward + backward through the frozen
// base for activation gradients + the LoRA weight gradients, the usual approximation).

#include "model/AudioCodec.h"
#include "model/AudioTransformer.h"
#include "model/TextEncoder.h"
#include "training/FlowMatching.h"
#include "util/BlasCheck.h"

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

#include "BenchSupport.h"

using namespace a2a;

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
    const auto a = torch::randn({1024, 1024}), b = torch::randn({1024, 1024});
    torch::mm(a, b);  // warm-up
    QElapsedTimer t;
    t.start();
    int runs = 0;
    while (t.elapsed() < 1500 || runs < 3) {
        torch::mm(a, b);
        ++runs;
    }
    return 2.0 * 1024 * 1024 * 1024 * runs / (t.nsecsElapsed() / 1e9) / 1e9;
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
    parser.addOptions({layers, width, rank, threadsOpt, repeats, output});
    parser.process(app);

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
