#include "PlaybackDevice.h"

#include <cstring>

namespace a2a {

PlaybackDevice::PlaybackDevice(QObject *parent) : QIODevice(parent) {}

void PlaybackDevice::setSides(const QByteArray &reference, const QByteArray &target, int bytesPerFrame)
{
    m_pcm[0] = reference;
    m_pcm[1] = target;
    m_bytesPerFrame = std::max(1, bytesPerFrame);
}

qint64 PlaybackDevice::framesOf(int side) const
{
    return side == 0 || side == 1 ? m_pcm[side].size() / m_bytesPerFrame : 0;
}

qint64 PlaybackDevice::bytesAvailable() const
{
    return std::max<qint64>(0, framesOf(side()) - frame()) * m_bytesPerFrame + QIODevice::bytesAvailable();
}

qint64 PlaybackDevice::readData(char *data, qint64 maxSize)
{
    const int side = m_side.load();
    const qint64 position = m_frame.load();
    const qint64 frames = std::min(maxSize / m_bytesPerFrame, framesOf(side) - position);
    if (frames <= 0)
        return 0;
    std::memcpy(data, m_pcm[side].constData() + position * m_bytesPerFrame, size_t(frames * m_bytesPerFrame));
    // Keep a seek or A/B switch made meanwhile: only advance from the position we read.
    qint64 expected = position;
    m_frame.compare_exchange_strong(expected, position + frames);
    return frames * m_bytesPerFrame;
}

}  // namespace a2a
