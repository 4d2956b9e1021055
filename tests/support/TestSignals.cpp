#include "TestSignals.h"

#include "audio/AudioFileWriter.h"

#include <QFile>
#include <QProcess>

#include <sndfile.h>

#include <cmath>

namespace a2a::test {

AudioBuffer noise(int sampleRate, int channels, double seconds, float amp, uint32_t seed)
{
    AudioBuffer b;
    b.sampleRate = sampleRate;
    b.channels = channels;
    b.samples.resize(size_t(std::llround(seconds * sampleRate)) * size_t(channels));
    uint32_t state = seed * 2654435761u + 12345u;
    for (float &s : b.samples) {
        state = state * 1664525u + 1013904223u;
        s = amp * (float(state >> 8) / float(1u << 24) * 2.f - 1.f);
    }
    return b;
}

AudioBuffer sine(int sampleRate, int channels, double seconds, double hz, float amp)
{
    AudioBuffer b;
    b.sampleRate = sampleRate;
    b.channels = channels;
    const int64_t frames = std::llround(seconds * sampleRate);
    b.samples.resize(size_t(frames * channels));
    for (int64_t f = 0; f < frames; ++f)
        for (int c = 0; c < channels; ++c)
            b.samples[size_t(f * channels + c)] = amp * float(std::sin(2.0 * M_PI * hz * double(f) / sampleRate));
    return b;
}

bool writeClip(const QString &path, const AudioBuffer &audio, const QString &format)
{
    if (format == QLatin1String("wav"))
        return writeAudioFile(path, audio, AudioFileFormat::Wav16).isEmpty();
    if (format == QLatin1String("wav-float"))
        return writeAudioFile(path, audio, AudioFileFormat::WavFloat).isEmpty();
    if (format == QLatin1String("flac"))
        return writeAudioFile(path, audio, AudioFileFormat::Flac16).isEmpty();
    SF_INFO info{};
    info.samplerate = audio.sampleRate;
    info.channels = audio.channels;
    if (format == QLatin1String("ogg"))
        info.format = SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    else if (format == QLatin1String("mp3"))
        info.format = SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    else
        return false;
    SNDFILE *sf = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!sf)
        return false;
    const sf_count_t n = sf_writef_float(sf, audio.samples.data(), audio.frames());
    sf_close(sf);
    return n == audio.frames();
}

bool ffmpegEncode(const QString &wavIn, const QString &out, const QStringList &extraArgs)
{
    QProcess p;
    QStringList args{QStringLiteral("-nostdin"), QStringLiteral("-loglevel"), QStringLiteral("error"), QStringLiteral("-y"),
                     QStringLiteral("-i"), wavIn};
    args << extraArgs << out;
    p.start(QStringLiteral("ffmpeg"), args);
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

int bestLag(const AudioBuffer &reference, const AudioBuffer &test, int maxLag, double *correlation)
{
    const int64_t n = std::min(reference.frames(), test.frames());
    const int64_t begin = maxLag + n / 8, end = n - maxLag - n / 8;
    int best = 0;
    double bestValue = -2.0;
    for (int lag = -maxLag; lag <= maxLag; ++lag) {
        double xy = 0, xx = 0, yy = 0;
        for (int64_t i = begin; i < end; ++i) {
            const double x = reference.sample(i, 0), y = test.sample(i + lag, 0);
            xy += x * y;
            xx += x * x;
            yy += y * y;
        }
        const double c = xy / std::sqrt(std::max(xx * yy, 1e-20));
        if (c > bestValue) {
            bestValue = c;
            best = lag;
        }
    }
    if (correlation)
        *correlation = bestValue;
    return best;
}

double zeroCrossingFrequency(const AudioBuffer &audio)
{
    int64_t crossings = 0;
    for (int64_t f = 1; f < audio.frames(); ++f)
        if ((audio.sample(f - 1, 0) < 0.f) != (audio.sample(f, 0) < 0.f))
            ++crossings;
    return 0.5 * double(crossings) / audio.durationSeconds();
}

}  // namespace a2a::test
