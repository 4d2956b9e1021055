#pragma once
// Distances between two clips at the same rate, used by the held-out metric, bench/codec and the
// codec tests. Torch header: engine code only. Thread rule: pure functions.

#include "audio/AudioBuffer.h"

namespace a2a {

// Mean absolute difference of natural-log 64-band Slaney mel magnitudes (STFT 1024 / hop 160 at
// 16 kHz): the unit of the held-out ratio.
double logMelDistance(const AudioBuffer &a, const AudioBuffer &b);

// Log-spectral distance in dB: RMS over bins of the dB difference of the power spectra, averaged
// over frames whose reference power is within 60 dB of the loudest (silence does not count).
double logSpectralDistance(const AudioBuffer &reference, const AudioBuffer &test);

}  // namespace a2a
