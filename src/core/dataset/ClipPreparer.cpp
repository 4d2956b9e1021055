#include "ClipPreparer.h"

namespace a2a {

PreparedClip prepareClip(const ClipRef &clip, const PrepareOptions &options)
{
    PreparedClip out;
    DecodeOptions decode;
    decode.toStereo = true;
    decode.targetRate = options.sampleRate;
    DecodeResult r = decodeAudioFile(clip.localPath, decode, clip.sourcePath);
    out.issues = r.issues;
    if (!r.ok())
        return out;
    out.plan = planFit(r.audio.durationSeconds(), clip.trimOffsetSeconds, options.fit);
    if (out.plan.kind == FitKind::Skip) {
        out.issues.append(makeIssue(Severity::Warning, QStringLiteral("clip-too-short"), clip.sourcePath,
                                    QStringLiteral("the clip is %1 s, shorter than the %2 s bucket; skipped")
                                        .arg(r.audio.durationSeconds(), 0, 'f', 2).arg(options.fit.bucketSeconds, 0, 'f', 2),
                                    QStringLiteral("lower audio_duration_seconds or use a longer clip")));
        return out;
    }
    out.audio = applyFit(r.audio, out.plan);
    if (options.normalize)
        normalizePeak(out.audio, kNormalizedPeak);
    return out;
}

}  // namespace a2a
