#include "RealSizeEstimate.h"

#include "EstimateSteps.h"
#include "IcLoraStrategy.h"
#include "Sampler.h"
#include "model/AudioTransformer.h"
#include "model/BaseModelLoader.h"
#include "model/Gemma3TextModel.h"
#include "model/LtxAudioCodec.h"
#include "model/LtxCheckpoint.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace a2a {
namespace {

// Forward FLOPs of one block for T tokens against an L-token context (ltx23-real-path §5.2).
double blockForwardFlops(const ModelConfig &c, double t, double l)
{
    const double d = c.innerDim(), f = c.ffInnerDim();
    return 2 * t * 6 * d * d + 2 * l * 2 * d * d + 4 * t * d * f + 4 * t * t * d + 4 * t * l * d;
}

// One caption through Gemma-3 (valid tokens), the feature extractor and the audio connector.
double textEncodeFlops(const Gemma3Config &g, const ModelConfig &c, double tokens)
{
    const double h = g.hiddenSize, q = double(g.numHeads) * g.headDim, kv = double(g.numKvHeads) * g.headDim, i = g.intermediateSize;
    const double gemma = g.numLayers * tokens * 2 * (h * (q + 2 * kv) + q * h + 3 * h * i) + g.numLayers * 4 * tokens * tokens * q;
    const double features = 2 * tokens * h * (g.numLayers + 1) * c.innerDim();
    const double d = c.connectorInnerDim(), n = 1024;
    const double connector = c.connectorLayers * (2 * n * 4 * d * d + 2 * n * 2 * 4 * d * d + 4 * n * n * d);
    return gemma + features + connector;
}

}  // namespace

bool estimateRealSizeBase(const TrainingRequest &request, const TrainingEstimateOptions &options, const std::function<bool()> &shouldStop,
                          TrainingEstimate *e)
{
    const LtxCheckpointReport report = inspectLtxCheckpoint(options.basePath);
    if (!report.error.isEmpty() || report.audioVaeJson.isEmpty() || report.transformer.numLayers <= kWholeBaseEstimateLayers)
        return false;
    QElapsedTimer wall;
    wall.start();
    const QString fileName = QFileInfo(options.basePath).fileName();
    auto stopped = [&] { return shouldStop && shouldStop(); };
    if (options.textEncoderPath.isEmpty()) {
        e->error = QStringLiteral("%1 is an LTX-2.3 checkpoint: choose the Gemma-3 text encoder folder it conditions on").arg(fileName);
        return true;
    }
    QString error;
    const auto gemma = Gemma3TextModel::open(options.textEncoderPath, &error);
    if (!gemma) {
        e->error = error;
        return true;
    }
    if (!report.trainable() || !report.listenable()) {
        e->error = QStringLiteral("%1 cannot be used: %2").arg(fileName, report.problems().value(0));
        return true;
    }
    if (report.memory.choice == LtxWeightStorage::TooLarge) {
        e->error = QStringLiteral("a training run on %1 %2").arg(fileName, report.memory.summary());
        return true;
    }

    ModelConfig block = report.transformer;
    block.numLayers = 1;
    const auto storage = report.memory.choice == LtxWeightStorage::Bf16Upcast ? torch::kBFloat16 : torch::kFloat32;
    AudioTransformer model(block, torch::TensorOptions().dtype(storage));
    model.setGradientCheckpointing(true);
    auto gen = at::detail::createCPUGenerator(42);
    const int64_t tokens = AudioCodec::tokensForSeconds(request.audioDurationSeconds);
    const int64_t contextTokens = 1024;
    TrainingExample example;
    example.reference = torch::randn({tokens, block.inChannels}, gen);
    example.target = torch::randn({tokens, block.inChannels}, gen);
    example.text.context = torch::randn({contextTokens, block.crossAttentionDim}, gen);
    example.text.mask = torch::ones({contextTokens});
    const double timed = timeLoraTrainingSteps(model, example, request, options.warmupSteps, options.timedSteps, ReferencePositions::Negative, stopped);
    if (timed < 0) {
        e->error = QStringLiteral("cancelled");
        return true;
    }
    const int layers = report.transformer.numLayers;
    e->secondsPerStep = timed * layers;

    // The guided sampler step, as the run's previews will make it on this device (a CPU run of a
    // real base previews with CFG and no STG: two passes).
    const SamplerDefaults recommended = samplerDefaultsForBase(QMap<QString, QString>{});
    e->samplerSteps = options.validationSteps > 0 ? options.validationSteps : std::min(recommended.steps, 8);
    SampleRequest sample;
    sample.referenceLatent = example.reference.unsqueeze(0);
    sample.targetTokens = tokens;
    sample.context = example.text.context.unsqueeze(0);
    sample.contextMask = example.text.mask.unsqueeze(0);
    sample.negativeContext = sample.context;
    sample.negativeMask = sample.contextMask;
    sample.guidance.cfgScale = options.cfgScale >= 0 ? options.cfgScale : recommended.cfgScale;
    sample.guidance.stgScale = 0.0;
    sample.guidance.steps = 1;
    QElapsedTimer timer;
    timer.start();
    (void)sampleTarget(model, sample);
    const double samplerBlock = timer.nsecsElapsed() / 1e9;
    e->secondsPerSamplerStep = samplerBlock * layers;
    const double passes = sample.guidance.cfgScale != 1.0 ? 2.0 : 1.0;
    const double rate = passes * blockForwardFlops(block, 2.0 * tokens, contextTokens) / std::max(1e-6, samplerBlock);  // FLOP/s achieved
    if (stopped()) {
        e->error = QStringLiteral("cancelled");
        return true;
    }

    const auto codec = LtxAudioCodec::load(options.basePath, &error);
    if (!codec) {
        e->error = error;
        return true;
    }
    timer.restart();
    (void)codec->decode(torch::randn({tokens, block.inChannels}, gen));
    e->secondsPerDecode = timer.nsecsElapsed() / 1e9;

    e->textEncodingSeconds = textEncodeFlops(gemma->config(), report.transformer, 30.0) / std::max(1.0, rate);
    e->peakBytes = report.memory.neededBytes();
    e->basis = QStringLiteral("1 of %1 blocks measured at the real size (%2) and scaled; text encoding from Gemma-3's FLOPs at the measured %3 GFLOP/s; memory from the plan")
                   .arg(layers)
                   .arg(ltxWeightStorageName(report.memory.choice))
                   .arg(rate / 1e9, 0, 'f', 1);
    e->measuredSeconds = wall.nsecsElapsed() / 1e9;
    return true;
}

}  // namespace a2a
