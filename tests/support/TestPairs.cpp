#include "TestPairs.h"

#include "TestSignals.h"

#include <QDir>

#include <cmath>

namespace a2a::test {

// Pairs whose target is the reference through a fixed one-pole low-pass at half gain: a transform
// the reference determines completely. The reference is a melody of random tone bursts, so its
// content varies in time and from pair to pair and the target cannot be guessed without it.
void writeLowPassPairs(const QString &dir, int count, double seconds)
{
    QDir().mkpath(dir);
    for (int i = 0; i < count; ++i) {
        AudioBuffer ref = test::sine(16000, 1, seconds, 1.0, 0.0f);
        uint32_t state = 777u + uint32_t(i) * 7919u;
        auto rnd = [&state] {
            state = state * 1664525u + 1013904223u;
            return double(state >> 8) / double(1u << 24);
        };
        double phase = 0;
        for (int64_t seg = 0; seg * 3200 < ref.frames(); ++seg) {
            const double hz = 150.0 * std::pow(2.0, rnd() * 4.5), amp = 0.1 + 0.5 * rnd();
            for (int64_t f = seg * 3200; f < std::min<int64_t>(ref.frames(), (seg + 1) * 3200); ++f) {
                phase += 2 * M_PI * hz / 16000.0;
                ref.samples[size_t(f)] = float(amp * std::sin(phase));
            }
        }
        AudioBuffer tgt = ref;
        float y = 0.f;
        for (float &s : tgt.samples) {
            y = 0.85f * y + 0.15f * s;
            s = 0.5f * y;
        }
        test::writeClip(QStringLiteral("%1/p%2_start.wav").arg(dir).arg(i), ref);
        test::writeClip(QStringLiteral("%1/p%2_end.wav").arg(dir).arg(i), tgt);
    }
}

}  // namespace a2a::test
