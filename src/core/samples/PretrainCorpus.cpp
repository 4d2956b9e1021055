#include "PretrainCorpus.h"

#include "SampleDatasetMaker.h"

#include <QMap>

#include <cmath>

namespace a2a {
namespace {

const QStringList kLanguages{"en-us", "en-gb", "de", "fr", "es", "it", "nl", "pt", "pl", "sv", "ru", "cs", "fi", "hu", "tr", "el"};
const QStringList kVariants{"", "+f2", "+f3", "+f4", "+m2", "+m3", "+m7", "+klatt"};

// Syllable soup: pronounceable in every language espeak reads, no lexicon needed.
QString pseudoSentence(fx::Rng &rng)
{
    static const char *onsets[] = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "sh", "ch", "tr", "pl", "gr", "st"};
    static const char *vowels[] = {"a", "e", "i", "o", "u", "ai", "ou", "ei", "ia", "oa"};
    QStringList words;
    const int n = 10 + rng.below(8);
    for (int w = 0; w < n; ++w) {
        QString word;
        const int syl = 1 + rng.below(3);
        for (int s = 0; s < syl; ++s)
            word += QLatin1String(onsets[rng.below(20)]) + QLatin1String(vowels[rng.below(10)]);
        if (rng.uniform() < 0.3)
            word += QLatin1String(onsets[rng.below(14)]);
        words << word;
    }
    return words.join(QLatin1Char(' ')) + QLatin1Char('.');
}

// Phrases of 1–4 pseudo-words by one voice, each at its own level, separated by pauses of digital
// silence; sometimes a room's reverb and a faint room tone over all of it. Exactly `seconds` long.
std::vector<float> pausedSpeech(const QString &voice, int speed, int pitch, int rate, double seconds, fx::Rng &rng, QString *error)
{
    std::vector<float> x;
    const size_t length = size_t(std::llround(seconds * rate));
    x.reserve(length);
    x.resize(size_t(rng.uniform(0.0, 0.6) * rate), 0.f);
    while (x.size() < length) {
        QStringList words = pseudoSentence(rng).split(QLatin1Char(' '));
        words = words.mid(0, 1 + rng.below(4));
        std::vector<float> phrase = speak(words.join(QLatin1Char(' ')), voice, speed, pitch, rate, 3.0, error);
        if (!error->isEmpty())
            return {};
        // espeak pads its output with silence: keep the phrase itself.
        size_t end = phrase.size();
        while (end > 0 && std::fabs(phrase[end - 1]) < 1e-4f)
            --end;
        size_t begin = 0;
        while (begin < end && std::fabs(phrase[begin]) < 1e-4f)
            ++begin;
        const float g = float(std::pow(10.0, -rng.uniform(0, 10) / 20.0));
        for (size_t i = begin; i < end; ++i)
            x.push_back(phrase[i] * g);
        x.resize(x.size() + size_t(rng.uniform(0.15, 0.9) * rate), 0.f);
    }
    x.resize(length);
    fx::normalizePeak(x, 0.891);
    if (rng.uniform() < 0.5)
        fx::reverb(x, rate, rng.uniform(0.2, 0.9), rng.uniform(0.05, 0.3));
    if (rng.uniform() < 0.3)
        fx::addNoise(x, std::pow(10.0, -rng.uniform(55, 75) / 20.0), rng.uniform() < 0.5, rng);
    return x;
}

std::vector<float> tones(int rate, double seconds, fx::Rng &rng)
{
    std::vector<float> x(size_t(seconds * rate), 0.f);
    const int voices = 1 + rng.below(3);
    for (int v = 0; v < voices; ++v) {
        double phase = 0, f = 100.0 * std::pow(2.0, rng.uniform(0, 5)), target = f;
        const double segment = rng.uniform(0.1, 0.6), glide = rng.uniform() < 0.4 ? rng.uniform(0.0, 0.2) : 0.0;
        const int harmonics = 1 + rng.below(6);
        for (size_t i = 0; i < x.size(); ++i) {
            if (i % size_t(segment * rate) == 0)
                target = 100.0 * std::pow(2.0, rng.uniform(0, 5));
            f += (target - f) * (glide > 0 ? 1.0 / (glide * rate) : 1.0);
            phase += 2 * M_PI * f / rate;
            double s = 0;
            for (int h = 1; h <= harmonics; ++h)
                s += std::sin(h * phase) / h;
            x[i] += float(0.3 * s / voices);
        }
    }
    return x;
}

std::vector<float> rhythm(int rate, double seconds, fx::Rng &rng)
{
    std::vector<float> x(size_t(seconds * rate), 0.f);
    const double beat = 60.0 / rng.uniform(70, 160) / (1 + rng.below(2));
    fx::Rng noise(uint64_t(rng.uniform() * 1e9));
    for (double t = rng.uniform(0, beat); t < seconds; t += beat) {
        if (rng.uniform() < 0.2)
            continue;
        const bool kick = rng.uniform() < 0.5;
        const double decay = kick ? rng.uniform(8, 20) : rng.uniform(20, 60), f = rng.uniform(45, 90);
        for (size_t i = size_t(t * rate), k = 0; i < x.size() && k < size_t(0.4 * rate); ++i, ++k) {
            const double tt = double(k) / rate, env = std::exp(-decay * tt);
            x[i] += float(env * (kick ? 0.8 * std::sin(2 * M_PI * f * tt * (1 + 2 * std::exp(-30 * tt))) : 0.5 * noise.gaussian() * 0.5));
        }
    }
    return x;
}

std::vector<float> coloredNoise(int rate, double seconds, fx::Rng &rng)
{
    std::vector<float> x(size_t(seconds * rate), 0.f);
    fx::addNoise(x, 0.3, rng.uniform() < 0.5, rng);
    if (rng.uniform() < 0.5)  // a slowly moving resonance: wind, water, engines
        fx::biquad(x, rate, fx::FilterType::BandPass, rng.uniform(200, 4000), rng.uniform(0.5, 4));
    // Amplitude swells.
    const double rateHz = rng.uniform(0.2, 3), depth = rng.uniform(0, 0.9);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] *= float(1 - depth * 0.5 * (1 + std::sin(2 * M_PI * rateHz * double(i) / rate)));
    return x;
}

void compress(std::vector<float> &x, int rate, double thresholdDb, double ratio)
{
    double env = 0;
    const double attack = std::exp(-1.0 / (0.005 * rate)), release = std::exp(-1.0 / (0.1 * rate));
    for (float &v : x) {
        const double a = std::fabs(v);
        env = a > env ? attack * env + (1 - attack) * a : release * env + (1 - release) * a;
        const double db = 20 * std::log10(env + 1e-9);
        if (db > thresholdDb)
            v = float(v * std::pow(10.0, (thresholdDb + (db - thresholdDb) / ratio - db) / 20.0));
    }
}

}  // namespace

QString applyRandomTransform(std::vector<float> &x, int rate, fx::Rng &rng, const std::vector<float> *mixIn, double identityShare)
{
    if (rng.uniform() < identityShare)
        return QStringLiteral("identity");
    QStringList names;
    const int count = 1 + rng.below(4);
    for (int i = 0; i < count; ++i) {
        switch (rng.below(10)) {
        case 0: {
            const double hz = 100.0 * std::pow(2.0, rng.uniform(0, 6.3));
            fx::biquad(x, rate, fx::FilterType::Peak, hz, rng.uniform(0.5, 4), rng.uniform(-15, 15));
            names << QStringLiteral("eq");
            break;
        }
        case 1:
            fx::biquad(x, rate, fx::FilterType::LowPass, rng.uniform(800, 7000), rng.uniform(0.5, 1.5));
            names << QStringLiteral("lowpass");
            break;
        case 2:
            fx::biquad(x, rate, fx::FilterType::HighPass, rng.uniform(80, 2000), rng.uniform(0.5, 1.5));
            names << QStringLiteral("highpass");
            break;
        case 3:
            fx::biquad(x, rate, rng.uniform() < 0.5 ? fx::FilterType::LowShelf : fx::FilterType::HighShelf, rng.uniform(150, 5000), 0.7,
                       rng.uniform(-12, 12));
            names << QStringLiteral("shelf");
            break;
        case 4:
            fx::normalizePeak(x, 0.9);
            fx::saturate(x, rng.uniform(1.5, 8));
            names << QStringLiteral("saturation");
            break;
        case 5:
            fx::addNoise(x, fx::rms(x) * std::pow(10.0, -rng.uniform(5, 30) / 20.0), rng.uniform() < 0.5, rng);
            names << QStringLiteral("noise");
            break;
        case 6:
            fx::reverb(x, rate, rng.uniform(0.3, 2.5), rng.uniform(0.15, 0.6));
            names << QStringLiteral("reverb");
            break;
        case 7:
            compress(x, rate, -rng.uniform(10, 30), rng.uniform(2, 10));
            names << QStringLiteral("compression");
            break;
        case 8:
            fx::addHum(x, rate, rng.uniform() < 0.5 ? 50.0 : 60.0, fx::rms(x) * rng.uniform(0.02, 0.2), rng);
            names << QStringLiteral("hum");
            break;
        case 9:
            if (mixIn) {
                const double level = fx::rms(x) / std::max(fx::rms(*mixIn), 1e-9) * std::pow(10.0, -rng.uniform(6, 20) / 20.0);
                for (size_t k = 0; k < x.size() && k < mixIn->size(); ++k)
                    x[k] += float(level * (*mixIn)[k]);
                names << QStringLiteral("mix");
            }
            break;
        }
    }
    // Gain changes are left to the normalisation every clip gets, as in a user's dataset.
    return names.join(QLatin1Char('+'));
}

QString PretrainCorpus::build(const CorpusOptions &o, const ProgressSink &progress)
{
    m_options = o;
    m_sources.clear();
    fx::Rng rng(o.seed);
    QString error;
    for (int i = 0; i < o.sources; ++i) {
        if (progress.isCancelled())
            return QStringLiteral("cancelled");
        CorpusSource s;
        const double pick = rng.uniform();
        if (pick < 0.5) {
            const QString voice = kLanguages[rng.below(int(kLanguages.size()))] + kVariants[rng.below(int(kVariants.size()))];
            s.kind = QStringLiteral("speech");
            s.caption = QStringLiteral("a person speaking");
            // Drawn only when asked for, so corpora made without paused speech stay as they were.
            const bool paused = o.pausedSpeechShare > 0 && rng.uniform() < o.pausedSpeechShare;
            if (paused) {
                const int speed = 110 + rng.below(90), pitch = 20 + rng.below(60);
                s.audio = pausedSpeech(voice, speed, pitch, o.sampleRate, o.seconds, rng, &error);
            } else {  // as the committed stages drew it (argument order included)
                s.audio = speak(pseudoSentence(rng), voice, 110 + rng.below(90), 20 + rng.below(60), o.sampleRate, o.seconds, &error);
            }
            if (!error.isEmpty())
                return error;
        } else if (pick < 0.68) {
            // General MIDI melodic programs (pianos to pipes), not percussion.
            s.kind = QStringLiteral("music");
            s.caption = QStringLiteral("an instrument playing a melody");
            s.audio = renderMelody(rng.below(80), uint64_t(rng.uniform() * 1e9), o.sampleRate, o.seconds, &error);
            if (!error.isEmpty())
                return error;
        } else if (pick < 0.78) {
            s.kind = QStringLiteral("tones");
            s.caption = QStringLiteral("electronic tones");
            s.audio = tones(o.sampleRate, o.seconds, rng);
        } else if (pick < 0.89) {
            s.kind = QStringLiteral("rhythm");
            s.caption = QStringLiteral("a drum rhythm");
            s.audio = rhythm(o.sampleRate, o.seconds, rng);
        } else {
            s.kind = QStringLiteral("noise");
            s.caption = QStringLiteral("ambient noise");
            s.audio = coloredNoise(o.sampleRate, o.seconds, rng);
        }
        fx::normalizePeak(s.audio, 0.891);
        m_sources.push_back(std::move(s));
        progress.report(QStringLiteral("Corpus"), i + 1, o.sources);
    }
    return {};
}

CorpusPair PretrainCorpus::makePair(fx::Rng &rng) const
{
    CorpusPair p;
    const CorpusSource &s = m_sources[size_t(rng.below(size())) ];
    const CorpusSource &other = m_sources[size_t(rng.below(size()))];
    p.reference = s.audio;
    QString before;
    if (rng.uniform() < m_options.processedReferenceShare) {
        before = applyRandomTransform(p.reference, m_options.sampleRate, rng, &other.audio, 0.0) + QStringLiteral(" then ");
        fx::normalizePeak(p.reference, 0.891);
    }
    p.target = p.reference;
    p.caption = s.caption;
    p.transform = before + applyRandomTransform(p.target, m_options.sampleRate, rng, &other.audio, m_options.identityShare);
    fx::normalizePeak(p.target, 0.891);
    return p;
}

QString PretrainCorpus::describe() const
{
    QMap<QString, int> counts;
    for (const CorpusSource &s : m_sources)
        ++counts[s.kind];
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    return parts.join(QStringLiteral(", "));
}

}  // namespace a2a
