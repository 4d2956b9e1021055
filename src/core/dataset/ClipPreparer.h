#pragma once
// Produces the audio the model sees from one clip: decode, spec §1 channel rule, resample to
// the model rate, fit to the bucket, peak-normalize. The trainer, "play as trained", the debug
// archive and the ingest benchmark all go through here. Thread rule: any thread.

#include "CuratedDataset.h"

namespace a2a {

struct PrepareOptions {
    FitOptions fit;
    int sampleRate = 16000;  // the model's audio rate; 0 = keep the clip's own rate and channels for a
                             // codec that converts them itself (LTX-2.3: the trainer's downmix and resampler)
    bool normalize = true;   // audio_normalize
};

struct PreparedClip {
    AudioBuffer audio;  // stereo, sampleRate, exactly bucket × rate frames; empty when skipped/failed
    FitPlan plan;
    IssueList issues;
    bool ok() const { return !audio.isEmpty(); }
};

PreparedClip prepareClip(const ClipRef &clip, const PrepareOptions &options);

}  // namespace a2a
