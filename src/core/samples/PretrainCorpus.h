#pragma once
// The synthetic paired corpus the embedded base model is pretrained on (DESIGN §4): source clips
// from Debian-packaged generators (espeak-ng voices in several languages, FluidSynth General MIDI
// instruments, procedural noise, tones, chirps and rhythms), each paired with itself through a
// random chain of generic transforms (filters and EQ, saturation, noise, hum, reverb, gain and
// compression, mixing, or the identity). Captions describe the source, never the transform, so
// the base cannot learn from text which transform a user wants: a LoRA has to learn it from pairs.
// Thread rule: a PretrainCorpus is immutable after build(); makePair() is const and thread-safe.

#include "AudioEffects.h"
#include "util/Progress.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace a2a {

struct CorpusSource {
    QString kind;          // speech, music, noise, tones, rhythm
    QString caption;       // describes the content only
    std::vector<float> audio;  // mono, corpus rate
};

struct CorpusPair {
    std::vector<float> reference, target;  // mono, corpus rate, same length
    QString caption;
    QString transform;  // for logs only: never reaches the model
};

struct CorpusOptions {
    int sources = 400;
    double seconds = 5.0;
    int sampleRate = 16000;
    uint64_t seed = 1;
    // Share of pairs whose target is the reference unchanged. High enough that the base alone
    // mostly passes the reference through: a user's transform must come from the LoRA.
    double identityShare = 0.4;
    // Share of pairs whose reference is itself already processed (same chain kind), so the base
    // sees coloured, noisy and reverberant references too — always transformed further, never
    // restored, so the base does not know denoising or de-reverberation either.
    double processedReferenceShare = 0.25;
    // Share of speech sources recorded the way people record: short phrases at varying levels
    // with pauses of digital silence between them, often in a room (its reverberant tails and
    // faint room tone fill the pauses). Without them the base has only seen continuous babble,
    // and on a real recording it fills the pauses and lifts the quiet parts — which already
    // sounds like a noisy, compressed transform before any LoRA is trained.
    double pausedSpeechShare = 0.0;
};

class PretrainCorpus {
public:
    // Generates the source clips (runs espeak-ng and fluidsynth). Returns an error string, "" = ok.
    QString build(const CorpusOptions &options, const ProgressSink &progress);

    // A fresh random pair: a source, a transform chain, sometimes a second source mixed in.
    CorpusPair makePair(fx::Rng &rng) const;

    int size() const { return int(m_sources.size()); }
    const CorpusOptions &options() const { return m_options; }
    QString describe() const;  // counts per kind

private:
    CorpusOptions m_options;
    std::vector<CorpusSource> m_sources;
};

// Applies one random generic transform chain (1–4 effects; the identity with probability
// identityShare) and returns its name.
QString applyRandomTransform(std::vector<float> &x, int rate, fx::Rng &rng, const std::vector<float> *mixIn, double identityShare = 0.15);

}  // namespace a2a
