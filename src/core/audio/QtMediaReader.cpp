#include "QtMediaReader.h"

#include "Mp4GaplessInfo.h"
#include "util/QuietQtLogs.h"

#include <QAudioBuffer>
#include <QAudioDecoder>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <optional>

namespace a2a {
namespace {

// AAC-LC encoders (ffmpeg, fdk, faac) prepend one frame of priming; raw ADTS carries no gapless
// metadata, so this is the best knowable value.
constexpr int64_t kAdtsPrimingSamples = 1024;

void appendAsFloat(const QAudioBuffer &buffer, std::vector<float> &out)
{
    const QAudioFormat fmt = buffer.format();
    const int values = buffer.frameCount() * fmt.channelCount();
    const size_t base = out.size();
    out.resize(base + size_t(values));
    float *dst = out.data() + base;
    switch (fmt.sampleFormat()) {
    case QAudioFormat::Float: std::copy_n(buffer.constData<float>(), values, dst); break;
    case QAudioFormat::Int16: {
        const qint16 *src = buffer.constData<qint16>();
        for (int i = 0; i < values; ++i)
            dst[i] = float(src[i]) / 32768.f;
        break;
    }
    case QAudioFormat::Int32: {
        const qint32 *src = buffer.constData<qint32>();
        for (int i = 0; i < values; ++i)
            dst[i] = float(double(src[i]) / 2147483648.0);
        break;
    }
    case QAudioFormat::UInt8: {
        const quint8 *src = buffer.constData<quint8>();
        for (int i = 0; i < values; ++i)
            dst[i] = (float(src[i]) - 128.f) / 128.f;
        break;
    }
    default: out.resize(base); break;
    }
}

bool looksLikeMp4(const QByteArray &head) { return head.size() >= 12 && head.mid(4, 4) == "ftyp"; }
bool looksLikeAdts(const QByteArray &head)
{
    // ADTS sync word 0xFFF with layer bits 00; also accept an ID3 tag in front.
    if (head.startsWith("ID3"))
        return true;
    return head.size() >= 2 && uchar(head[0]) == 0xFF && (uchar(head[1]) & 0xF6) == 0xF0;
}

// Raw ADTS has no end-padding facts: drop the trailing samples that are only decoder ringing past
// the end of the signal (below -50 dB of the clip's peak), never more than one AAC frame.
void trimAdtsTail(AudioBuffer &audio)
{
    const int64_t frames = audio.frames();
    if (frames < 2048)
        return;
    const float threshold = peakLevel(audio) * 0.00316f;
    int64_t last = frames - 1;
    const int64_t floor = frames - 1024;
    while (last > floor) {
        bool loud = false;
        for (int c = 0; c < audio.channels; ++c)
            loud = loud || std::fabs(audio.sample(last, c)) > threshold;
        if (loud)
            break;
        --last;
    }
    audio.samples.resize(size_t((last + 1) * audio.channels));
}

}  // namespace

void selectFfmpegMediaBackend()
{
    if (qEnvironmentVariableIsEmpty("QT_MEDIA_BACKEND"))
        qputenv("QT_MEDIA_BACKEND", "ffmpeg");
}

DecodeResult readWithQtMedia(const QString &path, const QString &displayName, const DecodeOptions &options)
{
    DecodeResult result;
    const QString name = displayName.isEmpty() ? path : displayName;
    auto fail = [&](const QString &code, const QString &message, const QString &hint) {
        result.audio = {};
        result.issues.append(makeIssue(Severity::Error, code, name, message, hint));
        return result;
    };
    const QString suffix = QFileInfo(displayName.isEmpty() ? path : displayName).suffix().toLower();
    result.info.container = suffix == QLatin1String("m4a") ? QStringLiteral("m4a") : QStringLiteral("aac");
    result.info.codec = QStringLiteral("AAC");

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("file-missing"), QStringLiteral("cannot open the file"), QStringLiteral("check the path"));
    if (file.size() == 0)
        return fail(QStringLiteral("audio-empty"), QStringLiteral("the file is empty (0 bytes)"),
                    QStringLiteral("replace it with a real recording or remove the pair"));
    const QByteArray head = file.read(16);
    file.close();
    const bool mp4 = looksLikeMp4(head);
    if (!mp4 && !looksLikeAdts(head))
        return fail(QStringLiteral("audio-unreadable"),
                    QStringLiteral("not an AAC or M4A file (no MP4 'ftyp' box and no ADTS header)"),
                    QStringLiteral("the content does not match its extension; re-export it as WAV or FLAC"));
    std::optional<Mp4GaplessInfo> gapless;
    if (mp4) {
        // ffmpeg gives Qt's decoder no error for an MP4 without its index (the usual truncation:
        // 'moov' comes last), it just never finishes; so check the container first.
        gapless = readMp4GaplessInfo(path);
        if (!gapless)
            return fail(QStringLiteral("audio-truncated"),
                        QStringLiteral("the M4A file has no readable audio track index ('moov' box): it is truncated or damaged"),
                        QStringLiteral("download or export the clip again"));
    }
    if (!QCoreApplication::instance())
        return fail(QStringLiteral("decoder-unavailable"), QStringLiteral("AAC decoding needs a running Qt application"),
                    QStringLiteral("this is a program error; please report it"));

    QAudioDecoder decoder;
    QAudioFormat wanted;
    wanted.setSampleFormat(QAudioFormat::Float);
    decoder.setAudioFormat(wanted);
    decoder.setSource(QUrl::fromLocalFile(path));
    quietFfmpegLogs();  // the backend has loaded libavutil by now

    AudioBuffer &audio = result.audio;
    QString decodeError;
    bool tooLong = false;
    QEventLoop loop;
    QTimer watchdog;  // restarted by every buffer: fires only when the decoder stalls
    watchdog.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&decoder, &QAudioDecoder::bufferReady, &loop, [&] {
        const QAudioBuffer buffer = decoder.read();
        if (!buffer.isValid() || tooLong)
            return;
        if (audio.sampleRate == 0) {
            audio.sampleRate = buffer.format().sampleRate();
            audio.channels = buffer.format().channelCount();
        }
        if (buffer.format().channelCount() != audio.channels || buffer.format().sampleRate() != audio.sampleRate) {
            decodeError = QStringLiteral("the stream changes its channel count or sample rate midway");
            decoder.stop();
            loop.quit();
            return;
        }
        appendAsFloat(buffer, audio.samples);
        watchdog.start(options.stallTimeoutMs);
        if (audio.durationSeconds() > options.maxDurationSeconds) {
            tooLong = true;
            decoder.stop();
            loop.quit();
        }
    });
    QObject::connect(&decoder, &QAudioDecoder::finished, &loop, &QEventLoop::quit);
    QObject::connect(&decoder, qOverload<QAudioDecoder::Error>(&QAudioDecoder::error), &loop,
                     [&](QAudioDecoder::Error) {
                         decodeError = decoder.errorString();
                         loop.quit();
                     });
    QObject::connect(&watchdog, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    watchdog.start(options.stallTimeoutMs);
    decoder.start();
    if (decoder.error() != QAudioDecoder::NoError && decodeError.isEmpty())
        decodeError = decoder.errorString();
    if (decodeError.isEmpty())
        loop.exec();
    decoder.stop();

    if (tooLong)
        return fail(QStringLiteral("audio-too-long"),
                    QStringLiteral("the clip is longer than the %1 s this tool reads").arg(options.maxDurationSeconds, 0, 'f', 0),
                    QStringLiteral("cut it into shorter clips"));
    if (timedOut)
        return fail(QStringLiteral("audio-unreadable"), QStringLiteral("the decoder stopped producing audio for %1 s").arg(options.stallTimeoutMs / 1000),
                    QStringLiteral("the file is probably damaged; re-export it"));
    if (audio.frames() == 0)
        return fail(audio.channels == 0 && !decodeError.isEmpty() ? QStringLiteral("audio-unreadable") : QStringLiteral("audio-empty"),
                    decodeError.isEmpty() ? QStringLiteral("the file contains no audio samples")
                                          : QStringLiteral("cannot decode the file (%1)").arg(decodeError),
                    QStringLiteral("the content does not match its extension or is damaged; re-export it"));

    result.info.sampleRate = audio.sampleRate;
    result.info.channels = audio.channels;
    int64_t decoded = audio.frames();
    int64_t priming = 0, valid = 0;
    if (mp4) {
        if (gapless->timescale > 0) {
            // HE-AAC decodes at twice the media rate: rescale the container's counts.
            const double scale = double(audio.sampleRate) / double(gapless->timescale);
            priming = int64_t(std::llround(double(gapless->primingSamples) * scale));
            valid = int64_t(std::llround(double(gapless->validSamples) * scale));
            // libavformat applies an edit list's start skip itself; iTunSMPB it does not. The
            // length tells which happened: end padding is always shorter than the priming.
            if (valid > 0 && decoded < priming + valid)
                priming = 0;
        }
    } else {
        priming = std::min<int64_t>(kAdtsPrimingSamples, decoded);
    }
    if (priming > 0)
        audio.samples.erase(audio.samples.begin(), audio.samples.begin() + priming * audio.channels);
    if (valid > 0 && valid < audio.frames())
        audio.samples.resize(size_t(valid * audio.channels));
    else if (!mp4)
        trimAdtsTail(audio);
    decoded = audio.frames();
    result.info.frames = decoded;
    if (!decodeError.isEmpty())
        result.issues.append(makeIssue(Severity::Warning, QStringLiteral("audio-truncated"), name,
                                       QStringLiteral("the decoder stopped early (%1); %2 s could be read")
                                           .arg(decodeError)
                                           .arg(audio.durationSeconds(), 0, 'f', 3),
                                       QStringLiteral("re-export the clip; only the readable part is used")));
    return result;
}

}  // namespace a2a
