#include "PcmConversion.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace a2a {

QByteArray toPcm(const AudioBuffer &stereo, const PlaybackFormat &f, float gain)
{
    const int64_t frames = stereo.frames();
    QByteArray out(qsizetype(frames * f.bytesPerFrame()), Qt::Uninitialized);
    char *dst = out.data();
    for (int64_t i = 0; i < frames; ++i) {
        const float l = stereo.sample(i, 0) * gain;
        const float r = (stereo.channels > 1 ? stereo.sample(i, 1) : stereo.sample(i, 0)) * gain;
        float v[2] = {l, r};
        if (f.channels == 1)
            v[0] = 0.5f * (l + r);
        for (int c = 0; c < f.channels; ++c) {
            const float s = std::clamp(c < 2 ? v[c] : 0.0f, -1.0f, 1.0f);
            if (f.float32) {
                std::memcpy(dst, &s, 4);
                dst += 4;
            } else {
                const qint16 q = qint16(std::lround(s * 32767.0f));
                std::memcpy(dst, &q, 2);
                dst += 2;
            }
        }
    }
    return out;
}

}  // namespace a2a
