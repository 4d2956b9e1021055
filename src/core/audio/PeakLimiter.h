#pragma once
// Keeps generated audio at the level the model produced while making sure nothing clips. The
// model works on peak-normalised clips and its output's loudness is part of what it learned (a
// saturating radio is louder for the same peak); rescaling every output to a fixed peak throws
// that away and makes a peaky output sound — and measure — several dB too quiet. A look-ahead
// limiter only touches the few peaks above the ceiling. Thread rule: pure function.

#include "AudioBuffer.h"

namespace a2a {

struct PeakLimiterOptions {
    float ceiling = 0.98f;
    double lookAheadSeconds = 0.002;  // gain reaches its floor this long before a peak
    double releaseSeconds = 0.05;     // and recovers over this time after it
};

// Stereo-linked: one gain for all channels, so the image does not move. Returns the largest
// gain reduction applied, in dB (0 when nothing exceeded the ceiling).
double limitPeaks(AudioBuffer &audio, const PeakLimiterOptions &options = {});

}  // namespace a2a
