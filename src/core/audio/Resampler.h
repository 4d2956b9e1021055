#pragma once
// Sample-rate conversion with libsamplerate. Thread rule: stateless, any thread.

#include "AudioBuffer.h"

#include <QString>

namespace a2a {

enum class ResampleQuality { Fast, Medium, Best };

// Returns the input unchanged when the rates already match. On a libsamplerate failure returns an
// empty buffer and sets *error.
AudioBuffer resample(const AudioBuffer &in, int targetRate, ResampleQuality quality = ResampleQuality::Medium,
                     QString *error = nullptr);

}  // namespace a2a
