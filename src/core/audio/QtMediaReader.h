#pragma once
// aac/m4a reader over QAudioDecoder with the ffmpeg backend (GStreamer cannot decode AAC here).
// Removes encoder priming so decoded clips stay sample-aligned with their partners.
// Thread rule: any thread with a QCoreApplication alive; runs a local event loop while decoding.

#include "AudioDecoder.h"

namespace a2a {

// Sets QT_MEDIA_BACKEND=ffmpeg unless the user chose a backend. Must run before Qt Multimedia is
// first used in the process; the CLI, the app and the tests call it first thing in main().
void selectFfmpegMediaBackend();

DecodeResult readWithQtMedia(const QString &path, const QString &displayName, const DecodeOptions &options);

}  // namespace a2a
