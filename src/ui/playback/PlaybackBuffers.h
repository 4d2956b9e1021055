#pragma once
// Audio prepared for listening, as values that cross from the decode worker to the player: both
// sides of one pair, already in the output's sample format, rate and channel count, with the
// listening-only loudness match applied. The dataset's files are never touched.
// Thread rule: plain values; QByteArray sharing makes copies cheap.

#include "dataset/CuratedDataset.h"

#include <QByteArray>

namespace a2a {

enum class PlaybackMode {
    Original,   // the whole clip as recorded
    AsTrained,  // what the model gets: fitted to the bucket, 16 kHz, normalized (prepareClip)
};

struct PlaybackFormat {
    int sampleRate = 48000;
    int channels = 2;
    bool float32 = true;  // else signed 16-bit
    int bytesPerFrame() const { return channels * (float32 ? 4 : 2); }
    bool operator==(const PlaybackFormat &) const = default;
};

struct PlaybackSide {
    QByteArray pcm;                    // interleaved frames in the PlaybackFormat
    qint64 frames = 0;
    double clipStartSeconds = 0.0;     // where the first frame lies on the clip's own timeline
    double clipSecondsPerSecond = 1.0; // clip time per played second (> 1 when stretched)
    double gainDb = 0.0;               // loudness match applied for listening
    QString problem;                   // why this side cannot play (empty when it can)

    bool ok() const { return frames > 0; }
    double durationSeconds(int rate) const { return rate > 0 ? double(frames) / rate : 0.0; }
    double clipSecondsAt(double playedSeconds) const { return clipStartSeconds + playedSeconds * clipSecondsPerSecond; }
    double playedSecondsAt(double clipSeconds) const { return (clipSeconds - clipStartSeconds) / clipSecondsPerSecond; }
};

struct PlaybackBuffers {
    PairId pairId = -1;
    PlaybackMode mode = PlaybackMode::Original;
    PlaybackFormat format;
    bool loudnessMatched = true;
    PlaybackSide sides[2];  // 0 = reference, 1 = target

    bool isEmpty() const { return !sides[0].ok() && !sides[1].ok(); }
};

}  // namespace a2a
