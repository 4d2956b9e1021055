#pragma once
// Float audio → the output's interleaved bytes (PlaybackFormat: float32 or int16, 1 or 2
// channels), with a gain; done on workers before anything reaches the player.
// Thread rule: pure function, any thread.

#include "PlaybackBuffers.h"

#include "audio/AudioBuffer.h"

#include <QByteArray>

namespace a2a {

// `audio`: mono or stereo, already at the format's rate. Samples are clipped to [-1, 1].
QByteArray toPcm(const AudioBuffer &audio, const PlaybackFormat &format, float gain = 1.0f);

}  // namespace a2a
