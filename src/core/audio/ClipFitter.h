#pragma once
// Fits a clip to the duration bucket (DESIGN §2): a clip shorter than the bucket is skipped; a
// longer one is trimmed from its trim offset; with preservePitch on, one longer by at most the
// stretch tolerance is time-compressed to exactly the bucket with Rubber Band instead.
// Thread rule: stateless, any thread.

#include "AudioBuffer.h"

#include <QString>

namespace a2a {

struct FitOptions {
    double bucketSeconds = 5.0;     // audio_duration_seconds
    bool preservePitch = true;      // audio_preserve_pitch
    double stretchTolerance = 0.10; // a clip up to 10 % longer than the bucket is stretched, not trimmed
};

enum class FitKind {
    Skip,     // shorter than the bucket
    Exact,    // already the bucket's length
    Trim,     // cut [offset, offset + bucket)
    Stretch,  // whole clip compressed to the bucket, pitch kept
};

struct FitPlan {
    FitKind kind = FitKind::Skip;
    double sourceSeconds = 0.0;   // the clip's duration
    double bucketSeconds = 0.0;
    double offsetSeconds = 0.0;   // Trim: where the kept span starts (clamped so it fits)
    double stretchRatio = 1.0;    // Stretch: output/input duration (< 1)

    double shortfallSeconds() const { return kind == FitKind::Skip ? bucketSeconds - sourceSeconds : 0.0; }
    QString describe() const;     // "trim 2.00–7.00 s", "stretch ×0.952", "too short by 1.20 s"
};

QString fitKindName(FitKind kind);

// Tolerates a rounding error of half a millisecond: a 5.0000 s file at 44.1 kHz is "exact".
FitPlan planFit(double durationSeconds, double trimOffsetSeconds, const FitOptions &options);

// Applies the plan; the output has exactly round(bucket × rate) frames. Skip returns an empty buffer.
AudioBuffer applyFit(const AudioBuffer &in, const FitPlan &plan);

// Pitch-preserving time stretch of the whole buffer to exactly outFrames (Rubber Band, offline).
AudioBuffer stretchToFrames(const AudioBuffer &in, int64_t outFrames);

}  // namespace a2a
