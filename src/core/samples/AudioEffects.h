#pragma once
// Small DSP building blocks for generated datasets: biquad filters (RBJ cookbook), saturation,
// mains hum, coloured noise, a simple feedback-delay reverb, gain. Mono float buffers in place.
// Thread rule: stateless functions; a Rng is used by one thread at a time.

#include <cstdint>
#include <vector>

namespace a2a::fx {

// Deterministic generator for every random choice of a dataset (same seed, same dataset).
class Rng {
public:
    explicit Rng(uint64_t seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    double uniform();                        // [0, 1)
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int below(int n) { return int(uniform() * n) % n; }
    double gaussian();

private:
    uint64_t m_state;
};

enum class FilterType { LowPass, HighPass, BandPass, Peak, LowShelf, HighShelf };

void biquad(std::vector<float> &x, int rate, FilterType type, double hz, double q = 0.707, double gainDb = 0.0);
void saturate(std::vector<float> &x, double drive);  // tanh(drive·x)/tanh(drive)
void addHum(std::vector<float> &x, int rate, double hz, double level, Rng &rng);
void addNoise(std::vector<float> &x, double level, bool pink, Rng &rng);
void reverb(std::vector<float> &x, int rate, double seconds, double wet);
void gain(std::vector<float> &x, double factor);
void normalizePeak(std::vector<float> &x, double peak);
double rms(const std::vector<float> &x);

// The vintage-radio chain of the `radio` sample: band-pass 300–3400 Hz, a mid bump, tube-style
// saturation, mains hum and hiss.
void vintageRadio(std::vector<float> &x, int rate, Rng &rng);

}  // namespace a2a::fx
