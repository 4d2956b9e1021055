#include "SampleDatasetMaker.h"

#include "AudioEffects.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioFileWriter.h"
#include "util/ZipWriter.h"


#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

namespace a2a {
namespace {

const QString kSoundfont = QStringLiteral("/usr/share/sounds/sf2/FluidR3_GM.sf2");

const QStringList kWords{
    "the",    "morning", "train",   "arrives", "at",      "seven",  "and",    "every",  "window", "shows",  "a",       "river",
    "under",  "grey",    "clouds",  "she",     "said",    "that",   "music",  "from",   "old",    "radios", "sounds",  "warm",
    "we",     "walked",  "across",  "bridge",  "near",    "market", "where",  "fresh",  "bread",  "smells", "sweet",   "today",
    "news",   "reports", "quiet",   "weather", "over",    "hills",  "children", "play",  "in",     "garden", "while",   "birds",
    "sing",   "softly",  "my",      "friend",  "bought",  "small",  "blue",   "boat",   "for",    "summer", "holidays", "listen",
    "carefully", "because", "every", "word",   "matters", "tonight", "stars", "shine",  "above",  "city",   "lights",  "coffee",
    "tastes", "better",  "with",    "good",    "company", "please", "close",  "door",   "behind", "you",    "when",    "leave"};

const QStringList kVoices{"en-us", "en-gb", "en-us+f3", "en-gb+m3", "en+f2", "en-us+m7", "en+f4", "en-gb-scotland", "en-us+f5", "en+m2"};

QString sentence(fx::Rng &rng, int words)
{
    QStringList out;
    for (int i = 0; i < words; ++i)
        out << kWords[rng.below(int(kWords.size()))];
    return out.join(QLatin1Char(' '));
}

QString runTool(const QString &program, const QStringList &args, int timeoutMs = 60000)
{
    if (QStandardPaths::findExecutable(program).isEmpty())
        return QStringLiteral("%1 is not installed (sudo apt install %2)").arg(program, program == QLatin1String("fluidsynth") ? QStringLiteral("fluidsynth fluid-soundfont-gm") : program);
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        return QStringLiteral("%1 did not finish").arg(program);
    }
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 failed: %2").arg(program, QString::fromLocal8Bit(p.readAllStandardError()).trimmed());
    return {};
}

std::vector<float> readMono(const QString &path, int rate, double seconds, QString *error)
{
    DecodeOptions d;
    d.targetRate = rate;
    const DecodeResult r = decodeAudioFile(path, d);
    if (!r.ok()) {
        *error = r.issues.last().toText();
        return {};
    }
    std::vector<float> mono(size_t(std::llround(seconds * rate)), 0.f);
    const int64_t n = std::min<int64_t>(r.audio.frames(), int64_t(mono.size()));
    for (int64_t f = 0; f < n; ++f) {
        float s = 0.f;
        for (int c = 0; c < r.audio.channels; ++c)
            s += r.audio.sample(f, c);
        mono[size_t(f)] = s / float(r.audio.channels);
    }
    return mono;
}

// A one-track Standard MIDI File: a random diatonic melody at 120 bpm on `program`.
QByteArray melodyMidi(fx::Rng &rng, int program, double seconds, uint64_t melodySeed)
{
    fx::Rng mel(melodySeed);
    const int scale[7] = {0, 2, 4, 5, 7, 9, 11};
    const int root = 55 + mel.below(10);
    QByteArray track;
    auto varlen = [&track](uint32_t v) {
        uint8_t bytes[4];
        int n = 0;
        bytes[n++] = v & 0x7F;
        while ((v >>= 7))
            bytes[n++] = uint8_t((v & 0x7F) | 0x80);
        while (n)
            track.append(char(bytes[--n]));
    };
    varlen(0);
    track.append(char(0xC0)).append(char(program));
    const int ticksPerBeat = 480;
    int elapsed = 0, degree = 3;
    const int total = int(seconds * 2 * ticksPerBeat);  // 120 bpm = 2 beats/s
    while (elapsed < total - ticksPerBeat / 2) {
        degree = std::clamp(degree + mel.below(5) - 2, 0, 13);
        const int note = root + 12 * (degree / 7) + scale[degree % 7];
        const int length = (1 + mel.below(2)) * ticksPerBeat / 2;
        const int velocity = 70 + mel.below(40);
        varlen(0);
        track.append(char(0x90)).append(char(note)).append(char(velocity));
        varlen(uint32_t(length));
        track.append(char(0x80)).append(char(note)).append(char(0));
        elapsed += length;
    }
    varlen(0);
    track.append(char(0xFF)).append(char(0x2F)).append(char(0));
    Q_UNUSED(rng);
    QByteArray smf("MThd\0\0\0\x06\0\0\0\x01", 12);
    smf.append(char(ticksPerBeat >> 8)).append(char(ticksPerBeat & 0xFF));
    smf.append("MTrk");
    const uint32_t len = uint32_t(track.size());
    for (int s = 24; s >= 0; s -= 8)
        smf.append(char((len >> s) & 0xFF));
    return smf + track;
}

std::vector<float> renderMidi(const QByteArray &midi, const QDir &work, const QString &stem, int rate, double seconds, QString *error)
{
    const QString mid = work.filePath(stem + QStringLiteral(".mid")), wav = work.filePath(stem + QStringLiteral("_fs.wav"));
    QFile f(mid);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write %1").arg(mid);
        return {};
    }
    f.write(midi);
    f.close();
    if (!QFile::exists(kSoundfont)) {
        *error = QStringLiteral("the General MIDI soundfont %1 is missing (sudo apt install fluid-soundfont-gm)").arg(kSoundfont);
        return {};
    }
    *error = runTool(QStringLiteral("fluidsynth"), {QStringLiteral("-ni"), QStringLiteral("-g"), QStringLiteral("0.7"), QStringLiteral("-r"), QString::number(rate),
                                                    QStringLiteral("-F"), wav, kSoundfont, mid});
    return error->isEmpty() ? readMono(wav, rate, seconds, error) : std::vector<float>{};
}

QByteArray wavBytes(const std::vector<float> &mono, int rate, const QDir &work, QString *error)
{
    AudioBuffer b;
    b.sampleRate = rate;
    b.channels = 1;
    b.samples = mono;
    const QString path = work.filePath(QStringLiteral("clip.wav"));
    *error = writeAudioFile(path, b);
    QFile f(path);
    return error->isEmpty() && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

const QStringList &sampleKinds()
{
    static const QStringList kinds{QStringLiteral("radio"), QStringLiteral("denoise"), QStringLiteral("timbre")};
    return kinds;
}

QString describeSampleKind(const QString &kind)
{
    if (kind == QLatin1String("radio"))
        return QStringLiteral("speech → the same speech through a vintage radio (band-pass, saturation, hum, hiss)");
    if (kind == QLatin1String("denoise"))
        return QStringLiteral("noisy speech → the clean speech");
    if (kind == QLatin1String("timbre"))
        return QStringLiteral("a melody on piano → the same melody on a flute");
    return {};
}

std::vector<float> renderMelody(int program, uint64_t melodySeed, int rate, double seconds, QString *error)
{
    QTemporaryDir dir;
    fx::Rng unused(0);
    return renderMidi(melodyMidi(unused, program, seconds, melodySeed), QDir(dir.path()), QStringLiteral("melody"), rate, seconds, error);
}

std::vector<float> speak(const QString &text, const QString &voice, int speed, int pitch, int rate, double seconds, QString *error)
{
    QTemporaryDir dir;
    const QString wav = dir.filePath(QStringLiteral("speech.wav"));
    *error = runTool(QStringLiteral("espeak-ng"), {QStringLiteral("-v"), voice, QStringLiteral("-s"), QString::number(speed), QStringLiteral("-p"),
                                                   QString::number(pitch), QStringLiteral("-w"), wav, text});
    return error->isEmpty() ? readMono(wav, rate, seconds, error) : std::vector<float>{};
}

SampleResult makeSampleDataset(const QString &outZip, const SampleOptions &o, const ProgressSink &progress)
{
    SampleResult result;
    if (!sampleKinds().contains(o.kind)) {
        result.error = QStringLiteral("unknown sample kind \"%1\"; choose one of %2").arg(o.kind, sampleKinds().join(QStringLiteral(", ")));
        return result;
    }
    if (o.pairs < 1 || o.pairs > 1000) {
        result.error = QStringLiteral("--n must be between 1 and 1000");
        return result;
    }
    QTemporaryDir work;
    ZipWriter zip(outZip);
    if (!work.isValid() || !zip.isOpen()) {
        result.error = zip.isOpen() ? QStringLiteral("cannot create a temporary folder") : zip.error();
        return result;
    }
    fx::Rng rng(o.seed * 1315423911ull + uint64_t(sampleKinds().indexOf(o.kind)));
    const QDir dir(work.path());
    QString error;
    for (int i = 0; i < o.pairs && error.isEmpty(); ++i) {
        if (progress.isCancelled()) {
            error = QStringLiteral("cancelled");
            break;
        }
        std::vector<float> ref, tgt;
        QString caption;
        if (o.kind == QLatin1String("timbre")) {
            const uint64_t melody = o.seed * 7919ull + uint64_t(i);
            ref = renderMidi(melodyMidi(rng, 0, o.seconds, melody), dir, QStringLiteral("ref%1").arg(i), o.sampleRate, o.seconds, &error);
            if (error.isEmpty())
                tgt = renderMidi(melodyMidi(rng, 73, o.seconds, melody), dir, QStringLiteral("tgt%1").arg(i), o.sampleRate, o.seconds, &error);
            caption = QStringLiteral("a flute playing the melody");
        } else {
            const QString voice = kVoices[rng.below(int(kVoices.size()))];
            const QString text = sentence(rng, 14 + rng.below(6));
            ref = speak(text, voice, 130 + rng.below(50), 30 + rng.below(40), o.sampleRate, o.seconds, &error);
            tgt = ref;
            if (o.kind == QLatin1String("radio")) {
                fx::vintageRadio(tgt, o.sampleRate, rng);
                caption = QStringLiteral("a warm vintage-radio version of the voice");
            } else {
                // Noise at 0–12 dB SNR: pink, white or hum-laden, sometimes reverberant.
                const double snrDb = rng.uniform(0.0, 12.0);
                std::vector<float> noise(ref.size(), 0.f);
                fx::addNoise(noise, 1.0, rng.uniform() < 0.6, rng);
                if (rng.uniform() < 0.3)
                    fx::addHum(noise, o.sampleRate, 50.0, 0.5, rng);
                fx::gain(noise, fx::rms(ref) / std::max(fx::rms(noise), 1e-9) * std::pow(10.0, -snrDb / 20.0));
                for (size_t k = 0; k < ref.size(); ++k)
                    ref[k] += noise[k];
                caption = QStringLiteral("clean speech without background noise");
            }
        }
        if (!error.isEmpty())
            break;
        fx::normalizePeak(ref, 0.891);
        fx::normalizePeak(tgt, 0.891);
        const QString name = QStringLiteral("%1%2").arg(o.kind).arg(i + 1, 3, 10, QLatin1Char('0'));
        const QByteArray refWav = wavBytes(ref, o.sampleRate, dir, &error);
        const QByteArray tgtWav = error.isEmpty() ? wavBytes(tgt, o.sampleRate, dir, &error) : QByteArray();
        if (!error.isEmpty())
            break;
        if (!zip.add(name + QStringLiteral("_start.wav"), refWav) || !zip.add(name + QStringLiteral("_end.wav"), tgtWav)
            || !zip.add(name + QStringLiteral(".txt"), caption.toUtf8() + '\n')) {
            error = zip.error();
            break;
        }
        ++result.pairs;
        progress.report(QStringLiteral("Generating"), result.pairs, o.pairs);
    }
    if (error.isEmpty())
        error = zip.commit();
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace a2a
