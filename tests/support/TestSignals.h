#pragma once
// Known signals for tests (after Sonic Visualiser's MockWaveModel/AudioTestData): deterministic
// noise, sines, Diracs, and helpers to write them in any format, encode with ffmpeg, and measure.

#include "audio/AudioBuffer.h"

#include <QString>
#include <QStringList>

namespace a2a::test {

// White noise in [-amp, amp] from a fixed LCG: the same samples on every machine.
AudioBuffer noise(int sampleRate, int channels, double seconds, float amp = 0.5f, uint32_t seed = 1);
AudioBuffer sine(int sampleRate, int channels, double seconds, double hz, float amp = 0.5f);

// Writes with libsndfile. format: "wav", "wav-float", "flac", "ogg", "mp3".
bool writeClip(const QString &path, const AudioBuffer &audio, const QString &format = QStringLiteral("wav"));

// Encodes a WAV with the ffmpeg command-line tool (for aac/m4a fixtures); false if ffmpeg fails.
bool ffmpegEncode(const QString &wavIn, const QString &out, const QStringList &extraArgs = {});

// Lag (in frames, within ±maxLag) that best aligns `test` to `reference` on channel 0, by
// normalised cross-correlation over the middle of the clip; *correlation receives the peak.
int bestLag(const AudioBuffer &reference, const AudioBuffer &test, int maxLag, double *correlation = nullptr);

// Dominant frequency of channel 0 from its zero-crossing rate (good for pure tones).
double zeroCrossingFrequency(const AudioBuffer &audio);

}  // namespace a2a::test
