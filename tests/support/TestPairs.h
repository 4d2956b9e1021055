#pragma once
// A paired dataset on disk whose transform the reference determines completely, for training tests.

#include <QString>

namespace a2a::test {

// count pairs p<i>_start.wav / p<i>_end.wav of `seconds` at 16 kHz mono: a melody of random tone
// bursts, and the same through a fixed one-pole low-pass at half gain.
void writeLowPassPairs(const QString &dir, int count, double seconds);

}  // namespace a2a::test
