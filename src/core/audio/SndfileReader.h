#pragma once
// libsndfile reader for wav, flac, ogg/vorbis/opus and mp3. Thread rule: any thread.

#include "AudioDecoder.h"

namespace a2a {

DecodeResult readWithSndfile(const QString &path, const QString &displayName, double maxDurationSeconds);

}  // namespace a2a
