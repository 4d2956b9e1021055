#include "AudioFileWriter.h"

#include "util/AtomicRename.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <sndfile.h>

namespace a2a {

QString writeAudioFile(const QString &path, const AudioBuffer &audio, AudioFileFormat format)
{
    if (audio.channels <= 0 || audio.sampleRate <= 0)
        return QStringLiteral("nothing to write: the audio has no channels or no sample rate");
    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    temp.setAutoRemove(true);
    if (!temp.open())
        return QStringLiteral("cannot create a file in %1: %2").arg(target.absolutePath(), temp.errorString());
    temp.close();

    SF_INFO info{};
    info.samplerate = audio.sampleRate;
    info.channels = audio.channels;
    info.format = format == AudioFileFormat::Flac16     ? (SF_FORMAT_FLAC | SF_FORMAT_PCM_16)
                  : format == AudioFileFormat::WavFloat ? (SF_FORMAT_WAV | SF_FORMAT_FLOAT)
                                                        : (SF_FORMAT_WAV | SF_FORMAT_PCM_16);
    SNDFILE *sf = sf_open(QFile::encodeName(temp.fileName()).constData(), SFM_WRITE, &info);
    if (!sf)
        return QStringLiteral("cannot write %1: %2").arg(path, QString::fromUtf8(sf_strerror(nullptr)));
    // Clip on conversion to integer formats instead of wrapping around.
    sf_command(sf, SFC_SET_CLIPPING, nullptr, SF_TRUE);
    const sf_count_t written = sf_writef_float(sf, audio.samples.data(), audio.frames());
    const int closeRc = sf_close(sf);
    if (written != audio.frames() || closeRc != 0)
        return QStringLiteral("writing %1 failed (disk full?)").arg(path);
    const QString error = renameOver(temp.fileName(), path);
    if (error.isEmpty())
        temp.setAutoRemove(false);
    return error;
}

}  // namespace a2a
