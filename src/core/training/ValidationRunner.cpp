#include "ValidationRunner.h"

#include <cmath>

#include "model/AudioMetrics.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioFileWriter.h"
#include "audio/PeakLimiter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace a2a {
void setLoraActive(AudioTransformer &model, bool active)
{
    for (auto &[name, layer] : model.loraTargets())
        layer->setLoraActive(active);
}

QString loadValidationInputs(const QList<QPair<QString, QString>> &promptAndPath, double previewSeconds, const AudioCodec &codec,
                             const TextEncoder &text, std::vector<ValidationInput> *out)
{
    for (const auto &[prompt, path] : promptAndPath) {
        DecodeOptions decode;
        decode.toStereo = true;
        decode.targetRate = codec.sampleRate();
        const DecodeResult r = decodeAudioFile(path, decode);
        if (!r.ok())
            return QStringLiteral("validation reference %1: %2").arg(path, r.issues.last().message);
        ValidationInput in;
        in.prompt = prompt;
        in.referencePath = path;
        // Cut to the preview length (as ltx-trainer does); a shorter clip is padded with silence.
        const int64_t frames = int64_t(std::llround(previewSeconds * codec.sampleRate()));
        in.reference = sliceFrames(r.audio, 0, frames);
        in.reference.samples.resize(size_t(frames * 2), 0.f);
        normalizePeak(in.reference, kNormalizedPeak);
        in.referenceTokens = codec.encode(in.reference);
        in.text = text.encode(prompt);
        out->push_back(std::move(in));
    }
    return {};
}

ValidationRunner::ValidationRunner(AudioTransformer &model, const AudioCodec &codec, ValidationSetup setup)
    : m_model(model), m_codec(codec), m_setup(std::move(setup))
{
}

ValidationReport ValidationRunner::run(int step, bool withLora, const std::optional<TrainingExample> &heldOut,
                                       const std::function<bool()> &shouldStop)
{
    QElapsedTimer timer;
    timer.start();
    ValidationReport report;
    report.step = step;
    setLoraActive(m_model, withLora);
    const SampleProgress progress = [&](int, int) { return !(shouldStop && shouldStop()); };
    auto generate = [&](const torch::Tensor &refTokens, const TextContext &text, int64_t targetTokens) {
        SampleRequest req;
        req.referenceLatent = refTokens.unsqueeze(0);
        req.targetTokens = targetTokens;
        req.context = text.context.unsqueeze(0);
        req.contextMask = text.mask.unsqueeze(0);
        req.negativeContext = m_setup.negative.context.unsqueeze(0);
        req.negativeMask = m_setup.negative.mask.unsqueeze(0);
        req.seed = m_setup.seed;
        req.guidance = m_setup.guidance;
        return sampleTarget(m_model, req, progress);
    };
    QDir().mkpath(m_setup.previewDir);
    for (size_t i = 0; i < m_setup.inputs.size(); ++i) {
        const ValidationInput &in = m_setup.inputs[i];
        const auto tokens = generate(in.referenceTokens, in.text, m_setup.previewTokens);
        if (!tokens.defined()) {
            report.step = -1;
            break;
        }
        AudioBuffer audio = m_codec.decode(tokens.squeeze(0), &in.reference, in.reference.frames());
        limitPeaks(audio);  // the level the model produced, relative to the normalised reference
        PreviewClip clip;
        clip.prompt = in.prompt;
        clip.referencePath = in.referencePath;
        clip.withLora = withLora;
        clip.audioPath = QDir(m_setup.previewDir).filePath(QStringLiteral("step_%1_v%2.wav").arg(step, 5, 10, QLatin1Char('0')).arg(i));
        writeAudioFile(clip.audioPath, audio);
        report.previews << clip;
    }
    if (report.step >= 0 && heldOut) {
        const auto tokens = generate(heldOut->reference, heldOut->text, heldOut->target.size(0));
        if (!tokens.defined()) {
            report.step = -1;
        } else {
            // decode() counts frames at the codec's rate; a codec that converts its own input
            // trained on the clip at its native rate.
            const int64_t frames = int64_t(std::llround(heldOut->targetAudio.durationSeconds() * m_codec.sampleRate()));
            AudioBuffer generated = m_codec.decode(tokens.squeeze(0), &heldOut->referenceAudio, frames);
            limitPeaks(generated);  // as the previews: what the user hears is what is measured
            report.heldOutRatio = heldOutRatio(generated, heldOut->referenceAudio, heldOut->targetAudio);
        }
    }
    setLoraActive(m_model, true);
    report.seconds = timer.elapsed() / 1000.0;
    return report;
}

}  // namespace a2a
