#pragma once
// Channel layout rule of the LTX-2 audio front end (spec §1): mono is duplicated to stereo, stereo
// passes through, 5.1 and 7.1 get a fixed L/R downmix (centre and surrounds at 0.707, weights
// renormalised to sum to 1, LFE dropped), any other layout is averaged to mono and duplicated.

#include "AudioBuffer.h"

namespace a2a {

AudioBuffer downmixToStereo(const AudioBuffer &in);

}  // namespace a2a
