#include "Inference.h"

#include "RunBase.h"

#include "IcLoraStrategy.h"
#include "OutputWriter.h"
#include "Sampler.h"
#include "TrainingRequest.h"
#include "audio/AudioDecoder.h"
#include "audio/PeakLimiter.h"
#include "model/AudioCodec.h"
#include "model/BaseModelLoader.h"
#include "model/CheckpointKeys.h"
#include "model/TensorIO.h"
#include "model/TextEncoder.h"

#include <cmath>

namespace a2a {
InferenceResult runInference(const InferenceConfig &config, const std::function<bool(int, int)> &progress)
{
    InferenceResult result;
    try {
        torch::set_num_threads(std::max(1, config.threads));
        torch::Device device(torch::kCPU);
        if (!resolveDevice(config.device, &device, &result.error))
            return result;
        RunBaseOptions baseOptions;
        baseOptions.basePath = config.basePath;
        baseOptions.textEncoderPath = config.textEncoderPath;
        baseOptions.device = device;
        baseOptions.training = false;
        RunBase base = loadRunBase(baseOptions);
        if (!base.ok()) {
            result.error = base.error;
            return result;
        }
        AudioTransformer &model = *base.model;
        QString positions = QStringLiteral("overlap");
        double bucket = 0.0;
        if (!config.loraPath.isEmpty())
            if (QString e = readLoraFile(config.loraPath, model, &positions, &bucket); !e.isEmpty()) {
                result.error = e;
                return result;
            }
        for (auto &[name, layer] : model.loraTargets())
            layer->setLoraActive(config.useLora);
        const auto &codec = base.codec;
        const auto &text = base.text;

        DecodeOptions decode;
        decode.toStereo = true;
        decode.targetRate = codec->sampleRate();
        DecodeResult ref = decodeAudioFile(config.referencePath, decode);
        if (!ref.ok()) {
            result.error = ref.issues.last().toText();
            return result;
        }
        // The model saw peak-normalised clips: feed it the same, give the user back their level.
        const float userPeak = peakLevel(ref.audio);
        normalizePeak(ref.audio, kNormalizedPeak);

        const double window = config.windowSeconds > 0 ? config.windowSeconds : (bucket > 0 ? bucket : 5.0);
        const int rate = codec->sampleRate();
        const int64_t total = ref.audio.frames();
        const int64_t winFrames = std::min<int64_t>(total, int64_t(std::llround(window * rate)));
        const int64_t overlap = std::min<int64_t>(int64_t(config.overlapSeconds * rate), winFrames / 2);
        const int64_t hop = std::max<int64_t>(1, winFrames - overlap);
        std::vector<int64_t> starts{0};
        while (starts.back() + winFrames < total)
            starts.push_back(std::min(starts.back() + hop, total - winFrames));

        const TextContext positive = text->encode(config.prompt);
        const TextContext negative = text->encode(config.negativePrompt.isEmpty() ? defaultNegativePrompt() : config.negativePrompt);
        ReferencePositions convention = ReferencePositions::Overlap;
        parseReferencePositions(positions, &convention);  // a LoRA without the key was trained with overlap
        // The output may run at a higher rate than the model (LTX-2.3's vocoder: 48 kHz from 16 kHz
        // input): windows are laid out at the model rate and crossfaded at the output rate.
        const int up = std::max(1, codec->outputSampleRate() / rate);
        std::vector<float> out(size_t(total * up * 2), 0.f), weight(size_t(total * up), 0.f);
        for (size_t w = 0; w < starts.size(); ++w) {
            const AudioBuffer piece = sliceFrames(ref.audio, starts[w], winFrames);
            const auto refTokens = codec->encode(piece);
            SampleRequest req;
            req.referenceLatent = refTokens.unsqueeze(0);
            req.targetTokens = refTokens.size(0);
            req.referencePositions = referencePositionsFor(refTokens.size(0), convention);
            req.context = positive.context.unsqueeze(0);
            req.contextMask = positive.mask.unsqueeze(0);
            req.negativeContext = negative.context.unsqueeze(0);
            req.negativeMask = negative.mask.unsqueeze(0);
            req.seed = config.seed + w;
            const SamplerDefaults recommended = samplerDefaultsForBase(base.metadata);
            req.guidance.steps = config.steps > 0 ? config.steps : recommended.steps;
            req.guidance.cfgScale = config.cfgScale >= 0 ? config.cfgScale : recommended.cfgScale;
            req.guidance.stgScale = config.stgScale;
            req.guidance.stgBlocks = {model.config().numLayers > 28 ? 28 : model.config().numLayers / 2};
            const auto tokens = sampleTarget(model, req, [&](int, int) { return !progress || progress(int(w), int(starts.size())); });
            if (!tokens.defined()) {
                result.error = QStringLiteral("cancelled");
                return result;
            }
            const AudioBuffer generated = codec->decode(tokens.squeeze(0), &piece, piece.frames());
            // Raised-cosine crossfade over the overlaps (the two gains sum to 1): both windows take
            // their phase from the same reference, so they are correlated there and an equal-power
            // fade would bump the level by up to 3 dB at every join. Clip ends stay flat.
            const int64_t winOut = std::min<int64_t>(winFrames * up, generated.frames()), overlapOut = overlap * up;
            for (int64_t f = 0; f < winOut; ++f) {
                double g = 1.0;
                if (w > 0 && f < overlapOut)
                    g = std::pow(std::sin(0.5 * M_PI * double(f) / double(overlapOut)), 2);
                if (w + 1 < starts.size() && f >= winOut - overlapOut)
                    g = std::min(g, std::pow(std::cos(0.5 * M_PI * double(f - (winOut - overlapOut)) / double(overlapOut)), 2));
                const int64_t at = starts[w] * up + f;
                out[size_t(2 * at)] += float(g) * generated.sample(f, 0);
                out[size_t(2 * at + 1)] += float(g) * generated.sample(f, 1);
                weight[size_t(at)] += float(g);
            }
            ++result.windows;
        }
        result.audio.sampleRate = rate * up;
        result.audio.channels = 2;
        result.audio.samples = std::move(out);
        for (int64_t f = 0; f < total * up; ++f) {
            const float norm = weight[size_t(f)] > 1e-6f ? 1.f / weight[size_t(f)] : 1.f;
            result.audio.samples[size_t(2 * f)] *= norm;
            result.audio.samples[size_t(2 * f + 1)] *= norm;
        }
        // Back to the user's level: the model's output is relative to the reference it saw at
        // kNormalizedPeak, so a transform that makes audio louder (or quieter) stays so.
        for (float &v : result.audio.samples)
            v *= userPeak / kNormalizedPeak;
        limitPeaks(result.audio);
    } catch (const c10::Error &e) {
        result.error = QStringLiteral("the engine stopped with an error: %1").arg(QString::fromStdString(e.what_without_backtrace()));
    }
    return result;
}

}  // namespace a2a
