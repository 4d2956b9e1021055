#pragma once
// libsndfile reader for wav, flac, ogg/vorbis/opus and mp3. Thread rule: any thread.

#include "AudioDecoder.h"

namespace a2a {

// Applies options.spanStartSeconds/spanSeconds itself (seeking); info.frames is the whole file's length.
DecodeResult readWithSndfile(const QString &path, const QString &displayName, const DecodeOptions &options);

}  // namespace a2a
