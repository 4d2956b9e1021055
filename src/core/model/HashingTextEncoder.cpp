#include "TextEncoder.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace a2a {
namespace {

uint64_t fnv1a(const QByteArray &bytes, uint64_t seed)
{
    uint64_t h = 1469598103934665603ull ^ seed;
    for (char c : bytes) {
        h ^= uint8_t(c);
        h *= 1099511628211ull;
    }
    return h;
}

// A deterministic unit-variance Gaussian vector for a hash (splitmix64 + Box–Muller).
void addHashedVector(uint64_t h, float *out, int width, float weight)
{
    uint64_t state = h;
    auto next = [&state] {
        state += 0x9E3779B97F4A7C15ull;
        uint64_t z = state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return double((z ^ (z >> 31)) >> 11) / double(1ull << 53);
    };
    for (int i = 0; i < width; i += 2) {
        const double u1 = std::max(next(), 1e-12), u2 = next();
        const double r = std::sqrt(-2.0 * std::log(u1));
        out[i] += weight * float(r * std::cos(2 * M_PI * u2));
        if (i + 1 < width)
            out[i + 1] += weight * float(r * std::sin(2 * M_PI * u2));
    }
}

class HashingTextEncoder final : public TextEncoder {
public:
    explicit HashingTextEncoder(const HashingTextEncoderConfig &c) : m_c(c) {}
    QString name() const override { return QStringLiteral("hash-ngram/v1/d%1/l%2/s%3").arg(m_c.width).arg(m_c.maxTokens).arg(m_c.seed); }
    int width() const override { return m_c.width; }
    int maxTokens() const override { return m_c.maxTokens; }

    TextContext encode(const QString &text) const override
    {
        static const QRegularExpression split(QStringLiteral("[^\\p{L}\\p{N}]+"));
        const QStringList words = text.toLower().split(split, Qt::SkipEmptyParts);
        TextContext out;
        out.context = torch::zeros({m_c.maxTokens, m_c.width});
        out.mask = torch::zeros({m_c.maxTokens});
        const int n = std::min<int>(int(words.size()), m_c.maxTokens);
        float *ctx = out.context.data_ptr<float>();
        for (int w = 0; w < n; ++w) {
            float *row = ctx + w * m_c.width;
            const QByteArray word = words[w].toUtf8();
            const QByteArray marked = '<' + word + '>';
            int grams = 0;
            for (int len = 3; len <= 5; ++len)
                for (int i = 0; i + len <= marked.size(); ++i, ++grams)
                    addHashedVector(fnv1a(marked.mid(i, len), m_c.seed + uint64_t(len)), row, m_c.width, 1.f);
            addHashedVector(fnv1a(word, m_c.seed), row, m_c.width, 2.f);
            // Unit RMS per word, then a small position code so word order is visible.
            double sq = 0;
            for (int i = 0; i < m_c.width; ++i)
                sq += double(row[i]) * row[i];
            const float scale = float(1.0 / std::sqrt(sq / m_c.width + 1e-12));
            for (int i = 0; i < m_c.width; ++i) {
                const double freq = std::pow(10000.0, -double(i / 2 * 2) / m_c.width);
                row[i] = row[i] * scale + 0.3f * float(i % 2 == 0 ? std::sin(w * freq) : std::cos(w * freq));
            }
            out.mask[w] = 1.f;
        }
        return out;
    }

private:
    HashingTextEncoderConfig m_c;
};

}  // namespace

std::unique_ptr<TextEncoder> makeHashingTextEncoder(const HashingTextEncoderConfig &config)
{
    return std::make_unique<HashingTextEncoder>(config);
}

}  // namespace a2a
