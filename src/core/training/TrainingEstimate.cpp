// The warm-up behind the settings panel's "about 14 min, ~600 MB": the trainer's own step (frozen
// base, LoRA alpha = rank, AdamW, clip 1.0) on random tokens of the bucket's length, then one
// guided sampler step and one decode for the previews. Random tokens cost what real ones do:
// nothing here depends on their values.

#include "TrainingEstimate.h"

#include "EstimateSteps.h"
#include "RealSizeEstimate.h"
#include "RunBase.h"

#include "FlowMatching.h"
#include "IcLoraStrategy.h"
#include "Sampler.h"
#include "model/AudioCodec.h"
#include "model/BaseModelLoader.h"
#include "model/TextEncoder.h"
#include "util/ProcessMemory.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace a2a {
namespace {

// Restores torch's intra-op thread count when the estimate ends, so it never changes a
// training run's setting in the same process; a run that set its own count meanwhile keeps it.
struct ThreadCountScope {
    int previous = at::get_num_threads();
    int mine;
    explicit ThreadCountScope(int threads) : mine(std::max(1, threads)) { torch::set_num_threads(mine); }
    ~ThreadCountScope()
    {
        if (at::get_num_threads() == mine)
            torch::set_num_threads(previous);
    }
};

// Measured peak memory: the kernel's high-water mark when it could be reset, else the largest
// resident size seen between steps.
struct PeakMeter {
    qint64 before = 0, seen = 0;
    bool hwmReset = false;
    void start()
    {
        releaseFreeHeap();
        hwmReset = resetPeakResident();
        before = residentBytes();
        seen = before;
    }
    void sample() { seen = std::max(seen, residentBytes()); }
    qint64 added() const
    {
        const qint64 peak = hwmReset ? std::max(peakResidentBytes(), seen) : seen;
        return std::max<qint64>(0, peak - before);
    }
};

TrainingEstimate measure(const TrainingRequest &request, const TrainingEstimateOptions &options, const std::function<bool()> &shouldStop)
{
    TrainingEstimate e;
    QElapsedTimer wall;
    wall.start();
    const ThreadCountScope threads(options.threads);
    auto stopped = [&] { return shouldStop && shouldStop(); };
    PeakMeter memory;
    memory.start();

    torch::Device device(torch::kCPU);
    if (!resolveDevice(options.device, &device, &e.error))
        return e;
    RunBaseOptions baseOptions;
    baseOptions.basePath = options.basePath;
    baseOptions.textEncoderPath = options.textEncoderPath;
    baseOptions.device = device;
    RunBase base = loadRunBase(baseOptions);
    if (!base.ok()) {
        e.error = base.error;
        return e;
    }
    AudioTransformer &model = *base.model;
    const ModelConfig &mc = model.config();
    const auto &codec = base.codec;
    const auto &text = base.text;
    memory.sample();

    auto gen = at::detail::createCPUGenerator(42);
    const int64_t tokens = AudioCodec::tokensForSeconds(request.audioDurationSeconds);
    TrainingExample example;
    example.name = QStringLiteral("estimate");
    example.reference = torch::randn({tokens, codec->tokenWidth()}, gen).to(device);
    example.target = torch::randn({tokens, codec->tokenWidth()}, gen).to(device);
    example.text = text->encode(QStringLiteral("tonech4nge a warm vintage-radio version of the voice"));
    const double timed = timeLoraTrainingSteps(model, example, request, options.warmupSteps, options.timedSteps, ReferencePositions::Overlap, stopped,
                                               [&] { memory.sample(); });
    if (timed < 0) {
        e.error = QStringLiteral("cancelled");
        return e;
    }
    e.secondsPerStep = timed;

    // One guided Euler step with every pass a preview makes (CFG, STG), then one decode.
    if (stopped()) {
        e.error = QStringLiteral("cancelled");
        return e;
    }
    const SamplerDefaults recommended = samplerDefaultsForBase(base.metadata);
    e.samplerSteps = options.validationSteps > 0 ? options.validationSteps : recommended.steps;
    const TextContext negative = text->encode(request.validationNegativePrompt);
    SampleRequest sample;
    sample.referenceLatent = example.reference.unsqueeze(0);
    sample.targetTokens = tokens;
    sample.context = example.text.context.unsqueeze(0).to(device);
    sample.contextMask = example.text.mask.unsqueeze(0).to(device);
    sample.negativeContext = negative.context.unsqueeze(0).to(device);
    sample.negativeMask = negative.mask.unsqueeze(0).to(device);
    sample.guidance.cfgScale = options.cfgScale >= 0 ? options.cfgScale : recommended.cfgScale;
    sample.guidance.stgScale = request.stgScale;
    sample.guidance.stgBlocks = {mc.numLayers > 28 ? 28 : mc.numLayers / 2};
    sample.guidance.steps = 1;
    QElapsedTimer timer;
    timer.start();
    const torch::Tensor generated = sampleTarget(model, sample);
    e.secondsPerSamplerStep = timer.nsecsElapsed() / 1e9;
    memory.sample();

    AudioBuffer reference;
    reference.sampleRate = codec->sampleRate();
    reference.channels = 2;
    const int64_t frames = int64_t(std::llround(request.audioDurationSeconds * codec->sampleRate()));
    const auto noise = torch::rand({frames * 2}, gen) * 0.2 - 0.1;
    reference.samples.assign(noise.data_ptr<float>(), noise.data_ptr<float>() + frames * 2);
    timer.restart();
    (void)codec->decode(generated.squeeze(0).to(torch::kCPU), &reference, frames);
    e.secondsPerDecode = timer.nsecsElapsed() / 1e9;
    memory.sample();

    e.peakBytes = memory.added();
    e.measuredSeconds = wall.nsecsElapsed() / 1e9;
    return e;
}

}  // namespace

int validationRounds(int numberOfSteps, int validationInterval)
{
    if (numberOfSteps <= 0)
        return 1;
    const int every = validationInterval > 0 ? validationInterval : std::max(1, numberOfSteps / 4);
    // Step 0 (the baseline), each multiple of the interval, and the last step when it is not one.
    return 1 + numberOfSteps / every + (numberOfSteps % every != 0 ? 1 : 0);
}

bool hasHeldOutPair(int usablePairs) { return usablePairs >= kMinPairsForHeldOut; }

void projectTraining(TrainingEstimate *e, const TrainingRequest &request, const TrainingEstimateOptions &options)
{
    if (!e->ok())
        return;
    const double bucketTokens = double(AudioCodec::tokensForSeconds(request.audioDurationSeconds));
    // A preview is as long as previewSeconds() (≤ the bucket); its cost scales with its tokens.
    const double previewShare = double(AudioCodec::tokensForSeconds(request.previewSeconds())) / std::max(1.0, bucketTokens);
    const double oneSample = e->samplerSteps * e->secondsPerSamplerStep + e->secondsPerDecode;
    const int previews = std::max<int>(1, int(request.validation.size()));
    e->previewsPerValidation = previews + (options.heldOut ? 1 : 0);
    e->validations = validationRounds(request.numberOfSteps, options.validationInterval);
    const double perValidation = previews * oneSample * previewShare + (options.heldOut ? oneSample : 0.0);
    e->trainingSeconds = request.numberOfSteps * e->secondsPerStep;
    e->validationSeconds = e->validations * perValidation;
    e->textSeconds = e->textEncodingSeconds * std::max(1, options.distinctTexts);
    e->totalSeconds = e->trainingSeconds + e->validationSeconds + e->textSeconds;
}

TrainingEstimate estimateTraining(const TrainingRequest &request, const TrainingEstimateOptions &options, const std::function<bool()> &shouldStop)
{
    TrainingEstimate e;
    try {
        const ThreadCountScope threads(options.threads);
        if (!estimateRealSizeBase(request, options, shouldStop, &e))
            e = measure(request, options, shouldStop);
    } catch (const c10::Error &error) {
        e = TrainingEstimate{};
        e.error = QStringLiteral("the engine stopped with an error: %1").arg(QString::fromStdString(error.what_without_backtrace()));
    } catch (const std::exception &error) {
        e = TrainingEstimate{};
        e.error = QStringLiteral("the engine stopped with an error: %1").arg(QString::fromUtf8(error.what()));
    }
    projectTraining(&e, request, options);
    return e;
}

}  // namespace a2a
