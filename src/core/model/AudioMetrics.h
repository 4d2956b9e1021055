#pragma once
// Distances between two clips at the same rate, used by the held-out metric, bench/codec and the
// codec tests. Torch header: engine code only. Thread rule: pure functions.

#include "audio/AudioBuffer.h"

namespace a2a {

// Mean absolute difference of natural-log 64-band Slaney mel magnitudes (STFT 1024 / hop 160 at
// 16 kHz): the unit of the held-out ratio.
double logMelDistance(const AudioBuffer &a, const AudioBuffer &b);

// The held-out ratio of the engine issue: how far `output` is from the true target, relative to
// how far the reference is (1.0 = passing the reference through, 0 = the target exactly). All
// three at the same rate; compared over the shortest length; reference and target are peak-normalised over it as the
// model saw them, the output is measured at its own level.
double heldOutRatio(const AudioBuffer &output, const AudioBuffer &reference, const AudioBuffer &target);

// Log-spectral distance in dB: RMS over bins of the dB difference of the power spectra, averaged
// over frames whose reference power is within 60 dB of the loudest (silence does not count).
double logSpectralDistance(const AudioBuffer &reference, const AudioBuffer &test);

}  // namespace a2a
