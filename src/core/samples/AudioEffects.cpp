#include "AudioEffects.h"

#include <algorithm>
#include <cmath>

namespace a2a::fx {

double Rng::uniform()
{
    m_state += 0x9E3779B97F4A7C15ull;
    uint64_t z = m_state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return double((z ^ (z >> 31)) >> 11) / double(1ull << 53);
}

double Rng::gaussian()
{
    const double u1 = std::max(uniform(), 1e-12), u2 = uniform();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2 * M_PI * u2);
}

void biquad(std::vector<float> &x, int rate, FilterType type, double hz, double q, double gainDb)
{
    const double w0 = 2 * M_PI * std::min(hz, rate * 0.49) / rate, cw = std::cos(w0), sw = std::sin(w0);
    const double alpha = sw / (2 * q), a = std::pow(10.0, gainDb / 40.0);
    double b0 = 0, b1 = 0, b2 = 0, a0 = 1, a1 = 0, a2 = 0;
    switch (type) {
    case FilterType::LowPass: b0 = (1 - cw) / 2; b1 = 1 - cw; b2 = b0; a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha; break;
    case FilterType::HighPass: b0 = (1 + cw) / 2; b1 = -(1 + cw); b2 = b0; a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha; break;
    case FilterType::BandPass: b0 = alpha; b1 = 0; b2 = -alpha; a0 = 1 + alpha; a1 = -2 * cw; a2 = 1 - alpha; break;
    case FilterType::Peak:
        b0 = 1 + alpha * a; b1 = -2 * cw; b2 = 1 - alpha * a; a0 = 1 + alpha / a; a1 = -2 * cw; a2 = 1 - alpha / a;
        break;
    case FilterType::LowShelf: {
        const double s = 2 * std::sqrt(a) * alpha;
        b0 = a * ((a + 1) - (a - 1) * cw + s); b1 = 2 * a * ((a - 1) - (a + 1) * cw); b2 = a * ((a + 1) - (a - 1) * cw - s);
        a0 = (a + 1) + (a - 1) * cw + s; a1 = -2 * ((a - 1) + (a + 1) * cw); a2 = (a + 1) + (a - 1) * cw - s;
        break;
    }
    case FilterType::HighShelf: {
        const double s = 2 * std::sqrt(a) * alpha;
        b0 = a * ((a + 1) + (a - 1) * cw + s); b1 = -2 * a * ((a - 1) + (a + 1) * cw); b2 = a * ((a + 1) + (a - 1) * cw - s);
        a0 = (a + 1) - (a - 1) * cw + s; a1 = 2 * ((a - 1) - (a + 1) * cw); a2 = (a + 1) - (a - 1) * cw - s;
        break;
    }
    }
    double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
    for (float &v : x) {
        const double in = v;
        const double out = (b0 * in + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2) / a0;
        x2 = x1;
        x1 = in;
        y2 = y1;
        y1 = out;
        v = float(out);
    }
}

void saturate(std::vector<float> &x, double drive)
{
    const double norm = std::tanh(drive);
    for (float &v : x)
        v = float(std::tanh(drive * v) / norm);
}

void addHum(std::vector<float> &x, int rate, double hz, double level, Rng &rng)
{
    const double phase = rng.uniform(0, 2 * M_PI);
    for (size_t i = 0; i < x.size(); ++i) {
        const double t = double(i) / rate;
        x[i] += float(level * (std::sin(2 * M_PI * hz * t + phase) + 0.5 * std::sin(4 * M_PI * hz * t) + 0.25 * std::sin(6 * M_PI * hz * t + phase)));
    }
}

void addNoise(std::vector<float> &x, double level, bool pink, Rng &rng)
{
    // Pink noise by Paul Kellet's economy filter.
    double b0 = 0, b1 = 0, b2 = 0;
    for (float &v : x) {
        const double white = rng.gaussian();
        double n = white;
        if (pink) {
            b0 = 0.99765 * b0 + white * 0.0990460;
            b1 = 0.96300 * b1 + white * 0.2965164;
            b2 = 0.57000 * b2 + white * 1.0526913;
            n = (b0 + b1 + b2 + white * 0.1848) * 0.25;
        }
        v += float(level * n);
    }
}

void reverb(std::vector<float> &x, int rate, double seconds, double wet)
{
    // Four parallel feedback combs, then the dry/wet mix: enough for a room, cheap to run.
    const double delays[4] = {0.0297, 0.0371, 0.0411, 0.0437};
    std::vector<float> out(x.size(), 0.f);
    for (double d : delays) {
        const size_t n = size_t(d * rate);
        const double g = std::pow(10.0, -3.0 * d / std::max(seconds, 0.05));
        std::vector<float> buf(n, 0.f);
        size_t at = 0;
        for (size_t i = 0; i < x.size(); ++i) {
            const float y = buf[at];
            buf[at] = float(x[i] + g * y);
            at = (at + 1) % n;
            out[i] += 0.25f * y;
        }
    }
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = float((1 - wet) * x[i] + wet * out[i]);
}

void gain(std::vector<float> &x, double factor)
{
    for (float &v : x)
        v = float(v * factor);
}

double rms(const std::vector<float> &x)
{
    double s = 0;
    for (float v : x)
        s += double(v) * v;
    return x.empty() ? 0.0 : std::sqrt(s / double(x.size()));
}

void normalizePeak(std::vector<float> &x, double peak)
{
    float m = 0.f;
    for (float v : x)
        m = std::max(m, std::fabs(v));
    if (m > 1e-9f)
        gain(x, peak / m);
}

void vintageRadio(std::vector<float> &x, int rate, Rng &rng)
{
    biquad(x, rate, FilterType::HighPass, 300, 0.9);
    biquad(x, rate, FilterType::HighPass, 300, 0.6);
    biquad(x, rate, FilterType::LowPass, 3400, 0.9);
    biquad(x, rate, FilterType::LowPass, 3400, 0.6);
    biquad(x, rate, FilterType::Peak, 1500, 1.0, 5.0);
    normalizePeak(x, 0.9);
    saturate(x, 3.0);
    biquad(x, rate, FilterType::LowPass, 4500, 0.7);  // the small speaker tames the distortion's upper harmonics
    addHum(x, rate, rng.uniform() < 0.5 ? 50.0 : 60.0, 0.012, rng);
    addNoise(x, 0.01, true, rng);
    biquad(x, rate, FilterType::HighPass, 30, 0.7);  // no DC offset
    normalizePeak(x, 0.891);
}

}  // namespace a2a::fx
