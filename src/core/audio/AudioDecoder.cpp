#include "AudioDecoder.h"

#include "ChannelDownmix.h"
#include "QtMediaReader.h"
#include "Resampler.h"
#include "SndfileReader.h"

#include <QFileInfo>

#include <cmath>

namespace a2a {

const QStringList &supportedAudioExtensions()
{
    static const QStringList exts{QStringLiteral("wav"), QStringLiteral("mp3"), QStringLiteral("flac"),
                                  QStringLiteral("ogg"), QStringLiteral("aac"), QStringLiteral("m4a")};
    return exts;
}

bool isSupportedAudioExtension(const QString &suffix)
{
    return supportedAudioExtensions().contains(suffix.toLower());
}

DecodeResult decodeAudioFile(const QString &path, const DecodeOptions &options, const QString &displayName)
{
    const QString name = displayName.isEmpty() ? path : displayName;
    const QString suffix = QFileInfo(name).suffix().toLower();
    const bool viaQt = suffix == QLatin1String("aac") || suffix == QLatin1String("m4a");
    DecodeResult result = viaQt ? readWithQtMedia(path, displayName, options) : readWithSndfile(path, displayName, options);
    if (!result.ok())
        return result;
    if (viaQt && (options.spanStartSeconds > 0 || options.spanSeconds > 0)) {
        const int rate = result.audio.sampleRate;
        const int64_t start = int64_t(std::llround(options.spanStartSeconds * rate));
        const int64_t count = options.spanSeconds > 0 ? int64_t(std::llround(options.spanSeconds * rate)) : result.audio.frames();
        result.audio = sliceFrames(result.audio, start, count);
    }

    const int64_t bad = firstNonFiniteSample(result.audio);
    if (bad >= 0) {
        const double at = double(bad / result.audio.channels) / result.audio.sampleRate;
        result.audio = {};
        result.issues.append(makeIssue(Severity::Error, QStringLiteral("audio-not-finite"), name,
                                       QStringLiteral("the clip contains NaN or infinite samples (first at %1 s)").arg(at, 0, 'f', 3),
                                       QStringLiteral("the file is corrupt float data; re-export it from the original")));
        return result;
    }
    if (options.toStereo)
        result.audio = downmixToStereo(result.audio);
    if (options.targetRate > 0 && options.targetRate != result.audio.sampleRate) {
        QString error;
        result.audio = resample(result.audio, options.targetRate, ResampleQuality::Medium, &error);
        if (!error.isEmpty())
            result.issues.append(makeIssue(Severity::Error, QStringLiteral("resample-failed"), name, error,
                                           QStringLiteral("re-export the clip at 16, 44.1 or 48 kHz")));
    }
    return result;
}

}  // namespace a2a
