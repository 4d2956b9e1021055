#pragma once
// Reads the gapless-playback facts of an MP4/M4A file: how many encoder-priming samples precede
// the audio and how many samples are real. Sources, in order: the audio track's edit list
// (elst media_time + mdhd duration, as ffmpeg and most muxers write it), then iTunes' iTunSMPB tag.
// Thread rule: stateless, any thread.

#include <QString>

#include <cstdint>
#include <optional>

namespace a2a {

struct Mp4GaplessInfo {
    int64_t primingSamples = 0;  // in the media timescale
    int64_t validSamples = 0;    // in the media timescale; 0 = unknown
    int64_t timescale = 0;       // samples per second of the audio track's media timescale
};

std::optional<Mp4GaplessInfo> readMp4GaplessInfo(const QString &path);

}  // namespace a2a
