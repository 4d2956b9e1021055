#pragma once
// Plays the prepared buffers of one pair with Qt Multimedia: the only QAudioSink user in the app.
// Pull mode: the sink reads PlaybackDevice, which only copies. Reference or target plays; an A/B
// switch continues at the same position; the playhead is the read position less what the sink
// still buffers. The output device is opened lazily, on the first need.
// Thread rule: GUI thread.

#include "PlaybackBuffers.h"
#include "Transport.h"

#include <QObject>

class QAudioSink;
class QTimer;

namespace a2a {

class PlaybackDevice;

class AudioPlayer : public QObject, public Transport {
    Q_OBJECT
public:
    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    // The output's format; buffers must be prepared in it. Opens the device query on first call.
    PlaybackFormat format();
    bool hasOutput();
    QString outputName();

    void setBuffers(const PlaybackBuffers &buffers);  // stops playback unless it is the same pair and mode
    const PlaybackBuffers &buffers() const { return m_buffers; }
    void clear();

    void play(int side);  // from the current position (from the start when at the end)
    void pause();
    void togglePlayPause();
    void switchSide();    // A/B: the other side, same position
    void seekPlayed(double seconds);

    bool isPlaying() const override { return m_playing; }
    int activeSide() const override { return m_side; }
    double playedSeconds() const override;

Q_SIGNALS:
    void stateChanged();
    void positionChanged(double playedSeconds);
    void error(const QString &message);

private:
    void queryOutput();
    bool startSink();
    void stopSink();
    void onTick();

    PlaybackBuffers m_buffers;
    PlaybackDevice *m_device;
    QAudioSink *m_sink = nullptr;
    QTimer *m_tick;
    PlaybackFormat m_format;
    QString m_outputName;
    bool m_queried = false;
    bool m_hasOutput = false;
    bool m_playing = false;
    int m_side = 0;
};

}  // namespace a2a
