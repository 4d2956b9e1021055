#include "AudioPlayer.h"

#include "PlaybackDevice.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <QTimer>

namespace a2a {
namespace {

QAudioFormat toQt(const PlaybackFormat &f)
{
    QAudioFormat q;
    q.setSampleRate(f.sampleRate);
    q.setChannelCount(f.channels);
    q.setSampleFormat(f.float32 ? QAudioFormat::Float : QAudioFormat::Int16);
    return q;
}

}  // namespace

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent), m_device(new PlaybackDevice(this)), m_tick(new QTimer(this))
{
    m_device->open(QIODevice::ReadOnly | QIODevice::Unbuffered);  // no read-ahead: position and side stay exact
    m_tick->setInterval(30);
    connect(m_tick, &QTimer::timeout, this, &AudioPlayer::onTick);
}

AudioPlayer::~AudioPlayer()
{
    if (m_sink)
        m_sink->stop();
}

void AudioPlayer::queryOutput()
{
    if (m_queried)
        return;
    m_queried = true;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    m_hasOutput = !device.isNull();
    if (!m_hasOutput)
        return;
    m_outputName = device.description();
    const QAudioFormat preferred = device.preferredFormat();
    PlaybackFormat f;
    f.sampleRate = preferred.sampleRate() > 0 ? preferred.sampleRate() : 48000;
    f.channels = preferred.channelCount() >= 2 ? 2 : 1;
    f.float32 = true;
    if (!device.isFormatSupported(toQt(f))) {
        f.float32 = false;
        if (!device.isFormatSupported(toQt(f)))
            f = PlaybackFormat{48000, 2, false};
    }
    m_format = f;
}

PlaybackFormat AudioPlayer::format()
{
    queryOutput();
    return m_format;
}

bool AudioPlayer::hasOutput()
{
    queryOutput();
    return m_hasOutput;
}

QString AudioPlayer::outputName()
{
    queryOutput();
    return m_outputName;
}

// A fresh sink for every start (play, resume): no stream state survives a stop.
bool AudioPlayer::startSink()
{
    stopSink();
    if (!hasOutput())
        return false;
    m_sink = new QAudioSink(QMediaDevices::defaultAudioOutput(), toQt(m_format), this);
    // About 80 ms buffered: an A/B switch is heard almost at once.
    m_sink->setBufferSize(qsizetype(m_format.sampleRate * 0.08) * m_format.bytesPerFrame());
    QAudioSink *sink = m_sink;
    connect(sink, &QAudioSink::stateChanged, this, [this, sink](QAudio::State state) {
        if (sink != m_sink || !m_playing)
            return;
        if (state == QAudio::IdleState && m_device->atEndOfSide()) {
            stopSink();
            m_playing = false;
            m_tick->stop();
            Q_EMIT positionChanged(playedSeconds());
            Q_EMIT stateChanged();
        } else if (state == QAudio::StoppedState && sink->error() != QAudio::NoError) {
            m_playing = false;
            m_tick->stop();
            Q_EMIT error(tr("Playback stopped: the audio output reported an error"));
            Q_EMIT stateChanged();
        }
    });
    m_sink->start(m_device);
    return m_sink->state() != QAudio::StoppedState;
}

void AudioPlayer::stopSink()
{
    if (!m_sink)
        return;
    QAudioSink *sink = std::exchange(m_sink, nullptr);
    sink->stop();
    sink->deleteLater();
}

void AudioPlayer::setBuffers(const PlaybackBuffers &buffers)
{
    const bool same = buffers.pairId == m_buffers.pairId && buffers.mode == m_buffers.mode && buffers.format == m_buffers.format;
    const double position = playedSeconds();
    const bool wasPlaying = m_playing;
    stopSink();
    m_buffers = buffers;
    m_device->setSides(buffers.sides[0].pcm, buffers.sides[1].pcm, buffers.format.bytesPerFrame());
    m_device->setFrame(same ? qint64(position * buffers.format.sampleRate) : 0);
    m_playing = false;
    if (same && wasPlaying)
        play(m_side);  // e.g. the loudness match changed: carry on where it was
    else
        m_tick->stop();
    Q_EMIT stateChanged();
    Q_EMIT positionChanged(playedSeconds());
}

void AudioPlayer::clear()
{
    setBuffers(PlaybackBuffers{});
}

void AudioPlayer::play(int side)
{
    if (side != 0 && side != 1)
        return;
    if (!m_buffers.sides[side].ok()) {
        Q_EMIT error(m_buffers.sides[side].problem.isEmpty() ? tr("Nothing to play") : m_buffers.sides[side].problem);
        return;
    }
    if (!hasOutput()) {
        Q_EMIT error(tr("No audio output device was found"));
        return;
    }
    if (m_playing && side == m_side)
        return;
    if (m_playing) {
        switchSide();
        return;
    }
    m_side = side;
    m_device->setSide(side);
    if (m_device->atEndOfSide())
        m_device->setFrame(0);
    m_playing = startSink();
    if (!m_playing) {
        Q_EMIT error(tr("The audio output could not be started"));
        return;
    }
    m_tick->start();
    Q_EMIT stateChanged();
}

void AudioPlayer::pause()
{
    if (!m_playing)
        return;
    const double position = playedSeconds();
    stopSink();
    m_device->setFrame(qint64(position * m_buffers.format.sampleRate));
    m_playing = false;
    m_tick->stop();
    Q_EMIT stateChanged();
    Q_EMIT positionChanged(position);
}

void AudioPlayer::togglePlayPause()
{
    if (m_playing)
        pause();
    else
        play(m_side);
}

void AudioPlayer::switchSide()
{
    const int other = 1 - m_side;
    if (!m_buffers.sides[other].ok()) {
        Q_EMIT error(m_buffers.sides[other].problem.isEmpty() ? tr("Nothing to play") : m_buffers.sides[other].problem);
        return;
    }
    // The device reads the other side from the same frame on: the switch is heard after the
    // sink's ~80 ms buffer, at the same moment of the clip, without restarting the stream.
    m_side = other;
    m_device->setSide(other);
    Q_EMIT stateChanged();
}

void AudioPlayer::seekPlayed(double seconds)
{
    m_device->setFrame(qint64(std::max(0.0, seconds) * m_buffers.format.sampleRate));
    Q_EMIT positionChanged(playedSeconds());
}

double AudioPlayer::playedSeconds() const
{
    const int rate = m_buffers.format.sampleRate;
    if (rate <= 0)
        return 0.0;
    qint64 frame = m_device->frame();
    if (m_playing && m_sink) {
        const qint64 buffered = (m_sink->bufferSize() - m_sink->bytesFree()) / std::max(1, m_buffers.format.bytesPerFrame());
        frame = std::max<qint64>(0, frame - buffered);
    }
    return double(frame) / rate;
}

void AudioPlayer::onTick() { Q_EMIT positionChanged(playedSeconds()); }

}  // namespace a2a
