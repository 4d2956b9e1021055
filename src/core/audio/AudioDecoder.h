#pragma once
// Decodes an audio file of any supported format into float PCM: wav, flac, ogg and mp3 through
// libsndfile, aac and m4a through Qt Multimedia's QAudioDecoder on the ffmpeg backend (with the
// encoder's priming samples removed so the clip stays sample-aligned with its partner).
// Bad files (empty, truncated, NaN/Inf, not audio) come back as an Issue, never a crash or hang.
// Thread rule: any thread; aac/m4a need a QCoreApplication to exist (a local event loop is run).

#include "AudioBuffer.h"
#include "util/Issue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace a2a {

// What the file says about itself, before any conversion.
struct AudioFileInfo {
    QString container;     // lower-case extension family: wav, flac, ogg, mp3, aac, m4a
    QString codec;         // e.g. "PCM 16-bit", "FLAC", "Vorbis", "MPEG layer III", "AAC"
    int sampleRate = 0;    // native rate
    int channels = 0;      // native channel count
    int64_t frames = 0;    // decoded frames at the native rate
    double durationSeconds() const { return sampleRate > 0 ? double(frames) / sampleRate : 0.0; }
};

struct DecodeOptions {
    int targetRate = 0;            // 0 = keep the native rate
    bool toStereo = false;         // apply the spec §1 channel rule (mono → 2, 5.1/7.1 downmix, …)
    double maxDurationSeconds = 3600.0;  // longer files are refused (protects memory)
    double spanStartSeconds = 0.0;       // decode only [start, start + span): seeks where the format allows
    double spanSeconds = 0.0;            // 0 = to the end
    int stallTimeoutMs = 10000;    // aac/m4a: no decoded audio for this long = a damaged file
};

struct DecodeResult {
    AudioBuffer audio;
    AudioFileInfo info;
    IssueList issues;  // at most one Error (then audio is empty), possibly Warnings

    bool ok() const { return !hasErrors(issues); }
};

// The audio file extensions the reference service accepts, lower case, without the dot.
const QStringList &supportedAudioExtensions();
bool isSupportedAudioExtension(const QString &suffix);

// displayName is used in issues (e.g. the archive entry path) when path is a private temp copy.
DecodeResult decodeAudioFile(const QString &path, const DecodeOptions &options = {},
                             const QString &displayName = {});

}  // namespace a2a
