#pragma once
// The QIODevice QAudioSink pulls from: copies frames of the active side from prepared buffers,
// nothing else (no decoding, resampling, locking or allocation). Both sides share one frame
// position, so switching side (A/B) continues at the same moment.
// Open it Unbuffered: QIODevice read-ahead would hide seeks and A/B switches.
// Thread rule: setSides() only while the sink is stopped; side and position are atomics that
// the GUI thread may change while the sink reads.

#include <QByteArray>
#include <QIODevice>

#include <atomic>

namespace a2a {

class PlaybackDevice : public QIODevice {
    Q_OBJECT
public:
    explicit PlaybackDevice(QObject *parent = nullptr);

    void setSides(const QByteArray &reference, const QByteArray &target, int bytesPerFrame);
    void setSide(int side) { m_side.store(side); }
    int side() const { return m_side.load(); }
    void setFrame(qint64 frame) { m_frame.store(std::max<qint64>(0, frame)); }
    qint64 frame() const { return m_frame.load(); }
    qint64 framesOf(int side) const;
    bool atEndOfSide() const { return frame() >= framesOf(side()); }

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_pcm[2];
    int m_bytesPerFrame = 4;
    std::atomic<int> m_side{0};
    std::atomic<qint64> m_frame{0};
};

}  // namespace a2a
