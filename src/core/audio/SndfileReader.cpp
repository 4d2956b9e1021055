#include "SndfileReader.h"

#include <QFile>
#include <QFileInfo>

#include <sndfile.h>

#include <algorithm>
#include <cmath>
#include <limits>

namespace a2a {
namespace {

QString codecName(int format)
{
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8: return QStringLiteral("PCM 8-bit");
    case SF_FORMAT_PCM_U8: return QStringLiteral("PCM 8-bit unsigned");
    case SF_FORMAT_PCM_16: return QStringLiteral("PCM 16-bit");
    case SF_FORMAT_PCM_24: return QStringLiteral("PCM 24-bit");
    case SF_FORMAT_PCM_32: return QStringLiteral("PCM 32-bit");
    case SF_FORMAT_FLOAT: return QStringLiteral("float 32-bit");
    case SF_FORMAT_DOUBLE: return QStringLiteral("float 64-bit");
    case SF_FORMAT_ULAW: return QStringLiteral("µ-law");
    case SF_FORMAT_ALAW: return QStringLiteral("A-law");
    case SF_FORMAT_VORBIS: return QStringLiteral("Vorbis");
    case SF_FORMAT_OPUS: return QStringLiteral("Opus");
    case SF_FORMAT_MPEG_LAYER_I: return QStringLiteral("MPEG layer I");
    case SF_FORMAT_MPEG_LAYER_II: return QStringLiteral("MPEG layer II");
    case SF_FORMAT_MPEG_LAYER_III: return QStringLiteral("MPEG layer III");
    default: break;
    }
    return QStringLiteral("format 0x%1").arg(format, 0, 16);
}

QString containerOf(int format, const QString &path)
{
    switch (format & SF_FORMAT_TYPEMASK) {
    case SF_FORMAT_WAV:
    case SF_FORMAT_WAVEX:
    case SF_FORMAT_RF64: return QStringLiteral("wav");
    case SF_FORMAT_FLAC: return QStringLiteral("flac");
    case SF_FORMAT_OGG: return QStringLiteral("ogg");
    case SF_FORMAT_MPEG: return QStringLiteral("mp3");
    default: break;
    }
    return QFileInfo(path).suffix().toLower();
}

struct SndfileCloser {
    void operator()(SNDFILE *f) const { sf_close(f); }
};

}  // namespace

DecodeResult readWithSndfile(const QString &path, const QString &displayName, const DecodeOptions &options)
{
    const double maxDurationSeconds = options.maxDurationSeconds;
    DecodeResult result;
    const QString name = displayName.isEmpty() ? path : displayName;
    auto fail = [&](const QString &code, const QString &message, const QString &hint) {
        result.audio = {};
        result.issues.append(makeIssue(Severity::Error, code, name, message, hint));
        return result;
    };

    QFile file(path);
    if (!file.exists())
        return fail(QStringLiteral("file-missing"), QStringLiteral("file not found"),
                    QStringLiteral("check the path"));
    if (file.size() == 0)
        return fail(QStringLiteral("audio-empty"), QStringLiteral("the file is empty (0 bytes)"),
                    QStringLiteral("replace it with a real recording or remove the pair"));

    SF_INFO sfinfo{};
    std::unique_ptr<SNDFILE, SndfileCloser> sf(sf_open(QFile::encodeName(path).constData(), SFM_READ, &sfinfo));
    if (!sf) {
        const QString why = QString::fromUtf8(sf_strerror(nullptr));
        return fail(QStringLiteral("audio-unreadable"),
                    QStringLiteral("not a readable audio file (%1)").arg(why),
                    QStringLiteral("the content does not match its extension or is damaged; re-export it as WAV or FLAC"));
    }
    if (sfinfo.channels <= 0 || sfinfo.samplerate <= 0)
        return fail(QStringLiteral("audio-unreadable"), QStringLiteral("the file declares no channels or no sample rate"),
                    QStringLiteral("re-export it as WAV or FLAC"));

    result.info.container = containerOf(sfinfo.format, path);
    result.info.codec = codecName(sfinfo.format);
    result.info.sampleRate = sfinfo.samplerate;
    result.info.channels = sfinfo.channels;

    const sf_count_t declared = sfinfo.frames;
    if (declared > 0 && double(declared) / sfinfo.samplerate > maxDurationSeconds)
        return fail(QStringLiteral("audio-too-long"),
                    QStringLiteral("the clip is %1 s long, more than the %2 s this tool reads")
                        .arg(double(declared) / sfinfo.samplerate, 0, 'f', 1)
                        .arg(maxDurationSeconds, 0, 'f', 0),
                    QStringLiteral("cut it into shorter clips"));

    // Read in blocks rather than trusting the declared length: a truncated file has fewer frames.
    AudioBuffer &audio = result.audio;
    audio.sampleRate = sfinfo.samplerate;
    audio.channels = sfinfo.channels;
    const int64_t maxFrames = int64_t(maxDurationSeconds * sfinfo.samplerate) + 1;
    if (declared > 0 && declared < maxFrames)
        audio.samples.reserve(size_t(declared * sfinfo.channels));
    std::vector<float> block(size_t(8192 * sfinfo.channels));
    sf_command(sf.get(), SFC_SET_NORM_FLOAT, nullptr, SF_TRUE);
    int64_t total = 0;
    const int64_t spanStart = int64_t(std::llround(options.spanStartSeconds * sfinfo.samplerate));
    if (spanStart > 0) {
        // Seek when the format allows it; otherwise read and drop the frames before the span.
        if (sfinfo.seekable && sf_seek(sf.get(), spanStart, SEEK_SET) == spanStart) {
            total = spanStart;
        } else {
            while (total < spanStart) {
                const sf_count_t got = sf_readf_float(sf.get(), block.data(), std::min<sf_count_t>(8192, spanStart - total));
                if (got <= 0)
                    break;
                total += got;
            }
        }
    }
    const int64_t spanEnd = options.spanSeconds > 0 ? spanStart + int64_t(std::llround(options.spanSeconds * sfinfo.samplerate))
                                                    : std::numeric_limits<int64_t>::max();
    const bool partial = spanStart > 0 || options.spanSeconds > 0;
    for (;;) {
        const sf_count_t want = sf_count_t(std::min<int64_t>(8192, spanEnd - total));
        if (want <= 0)
            break;
        const sf_count_t got = sf_readf_float(sf.get(), block.data(), want);
        if (got <= 0)
            break;
        audio.samples.insert(audio.samples.end(), block.begin(), block.begin() + got * sfinfo.channels);
        total += got;
        if (total > maxFrames)
            return fail(QStringLiteral("audio-too-long"),
                        QStringLiteral("the clip is longer than the %1 s this tool reads").arg(maxDurationSeconds, 0, 'f', 0),
                        QStringLiteral("cut it into shorter clips"));
    }
    const int readError = sf_error(sf.get());
    const bool readToEnd = total < spanEnd;
    // A span read stops early: the file's length is what its header says.
    result.info.frames = readToEnd || declared <= 0 ? total : int64_t(declared);

    if (audio.samples.empty() && !partial)
        return fail(QStringLiteral("audio-empty"), QStringLiteral("the file contains no audio samples"),
                    QStringLiteral("replace it with a real recording or remove the pair"));
    const bool declaredKnown = readToEnd && declared > 0 && declared < (sf_count_t(1) << 60) && total < declared;
    // libsndfile quietly shortens a WAV whose data chunk runs past the end of the file; its log
    // says so ("data : 64000 (should be 16000)").
    char log[4096] = {};
    sf_command(sf.get(), SFC_GET_LOG_INFO, log, sizeof log);
    const bool headerLies = QByteArray(log).contains("(should be");
    if (declaredKnown || headerLies || readError != SF_ERR_NO_ERROR) {
        result.issues.append(makeIssue(
            Severity::Warning, QStringLiteral("audio-truncated"), name,
            declaredKnown ? QStringLiteral("the file is truncated: its header declares %1 s but only %2 s could be read")
                                .arg(double(declared) / sfinfo.samplerate, 0, 'f', 3)
                                .arg(double(total) / sfinfo.samplerate, 0, 'f', 3)
                          : QStringLiteral("the file is damaged near %1 s; only the audio before it is used")
                                .arg(double(total) / sfinfo.samplerate, 0, 'f', 3),
            QStringLiteral("re-export the clip; only the readable part is used")));
    }
    return result;
}

}  // namespace a2a
