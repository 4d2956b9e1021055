#include "ClipPreparer.h"

#include "audio/ChannelDownmix.h"
#include "audio/Resampler.h"

#include <cmath>

namespace a2a {
namespace {

// Extra audio decoded around a trimmed span so the resampler's filter has real context at both
// edges; cut away after resampling.
constexpr double kResampleMarginSeconds = 0.05;

}  // namespace

PreparedClip prepareClip(const ClipRef &clip, const PrepareOptions &options)
{
    PreparedClip out;
    const double bucket = options.fit.bucketSeconds;
    auto tooShort = [&](double seconds) {
        out.issues.append(makeIssue(Severity::Warning, QStringLiteral("clip-too-short"), clip.sourcePath,
                                    QStringLiteral("the clip is %1 s, shorter than the %2 s bucket; skipped").arg(seconds, 0, 'f', 2).arg(bucket, 0, 'f', 2),
                                    QStringLiteral("lower audio_duration_seconds or use a longer clip")));
        return out;
    };

    // Plan from the length ingest measured, so a trimmed clip decodes and resamples only its span.
    DecodeOptions decode;
    if (clip.decoded) {
        out.plan = planFit(clip.durationSeconds(), clip.trimOffsetSeconds, options.fit);
        if (out.plan.kind == FitKind::Skip)
            return tooShort(clip.durationSeconds());
        if (out.plan.kind == FitKind::Trim) {
            decode.spanStartSeconds = std::max(0.0, out.plan.offsetSeconds - kResampleMarginSeconds);
            decode.spanSeconds = out.plan.offsetSeconds - decode.spanStartSeconds + bucket + kResampleMarginSeconds;
        }
    }
    DecodeResult r = decodeAudioFile(clip.localPath, decode, clip.sourcePath);
    out.issues = r.issues;
    if (!r.ok() || r.audio.isEmpty())
        return out;
    if (!clip.decoded) {
        out.plan = planFit(r.audio.durationSeconds(), clip.trimOffsetSeconds, options.fit);
        if (out.plan.kind == FitKind::Skip)
            return tooShort(r.audio.durationSeconds());
    }

    QString error;
    AudioBuffer audio = options.sampleRate > 0 ? resample(downmixToStereo(r.audio), options.sampleRate, ResampleQuality::Medium, &error)
                                               : std::move(r.audio);
    r.audio = {};
    if (!error.isEmpty()) {
        out.issues.append(makeIssue(Severity::Error, QStringLiteral("resample-failed"), clip.sourcePath, error, {}));
        return out;
    }
    FitPlan local = out.plan;
    if (local.kind == FitKind::Trim)
        local.offsetSeconds = out.plan.offsetSeconds - decode.spanStartSeconds;  // the span starts at spanStart
    out.audio = applyFit(audio, local);
    if (options.normalize)
        normalizePeak(out.audio, kNormalizedPeak);
    return out;
}

}  // namespace a2a
