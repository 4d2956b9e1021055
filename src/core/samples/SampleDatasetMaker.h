#pragma once
// Generated paired datasets a new user can train on at once (`a2a-train make-sample`, File ▸ New
// sample dataset): `radio` (speech → the same speech through a vintage-radio chain), `denoise`
// (noisy speech → clean speech), `timbre` (a melody on one instrument → the same melody on
// another). Speech comes from espeak-ng voices, instruments from FluidSynth with the General MIDI
// soundfont; every random choice comes from the seed, so a seed always gives the same dataset.
// Thread rule: blocks its thread (runs the external tools); any thread.

#include "util/Progress.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace a2a {

struct SampleOptions {
    QString kind = QStringLiteral("radio");
    int pairs = 12;
    uint64_t seed = 1;
    double seconds = 6.0;   // every clip; longer than the default 5 s bucket
    int sampleRate = 22050;
};

struct SampleResult {
    bool ok = false;
    int pairs = 0;
    QString error;
};

const QStringList &sampleKinds();
QString describeSampleKind(const QString &kind);

// Writes OUT.zip (atomically) in the service's layout with captions.
SampleResult makeSampleDataset(const QString &outZip, const SampleOptions &options, const ProgressSink &progress = {});

// Speech by espeak-ng for `text` with a voice, speed and pitch, at `rate`, mono, exactly `seconds`
// long (trimmed or padded with silence). Empty on failure, with *error set.
std::vector<float> speak(const QString &text, const QString &voice, int speed, int pitch, int rate, double seconds, QString *error);

// A random diatonic melody (from melodySeed) on a General MIDI program, rendered by FluidSynth:
// mono at `rate`, exactly `seconds` long. Empty on failure, with *error set.
std::vector<float> renderMelody(int program, uint64_t melodySeed, int rate, double seconds, QString *error);

}  // namespace a2a
