#pragma once
// Writes PCM to WAV or FLAC with libsndfile, atomically (a temp file in the same folder, renamed
// over the destination only when complete). Thread rule: any thread.

#include "AudioBuffer.h"

#include <QString>

namespace a2a {

enum class AudioFileFormat { Wav16, WavFloat, Flac16 };

// Returns an empty string on success, else what went wrong.
QString writeAudioFile(const QString &path, const AudioBuffer &audio, AudioFileFormat format = AudioFileFormat::Wav16);

}  // namespace a2a
