#pragma once
// Caption (with its trigger phrase) → cross-attention context [L, D] and mask [L]. The small
// embedded model uses HashingTextEncoder: deterministic, no vocabulary, so an invented trigger
// such as "r4dio" gets its own stable representation from its character n-grams.
// Torch header: engine code only. Thread rule: const methods, any thread.

#include <torch/torch.h>

#include <QString>

#include <QStringList>

#include <functional>
#include <memory>

namespace a2a {

struct TextContext {
    torch::Tensor context;  // [L, D]
    torch::Tensor mask;     // [L] float 1 = token, 0 = padding
};

class TextEncoder {
public:
    virtual ~TextEncoder() = default;
    virtual QString name() const = 0;  // part of every cache key
    virtual int width() const = 0;
    virtual int maxTokens() const = 0;
    virtual TextContext encode(const QString &text) const = 0;

    // Encodes every text a run will need before it starts, in one pass where that is cheaper (the
    // real Gemma-3 streams its 12 B weights once for all captions), so later encode() calls are
    // served from memory. progress(done, total) returning false cancels; false with *error set
    // on failure or cancel. The default does nothing.
    virtual bool prepare(const QStringList &texts, const std::function<bool(int done, int total)> &progress, QString *error) const
    {
        (void)texts;
        (void)progress;
        (void)error;
        return true;
    }
};

struct HashingTextEncoderConfig {
    int width = 64;        // D: the transformer's cross-attention width
    int maxTokens = 32;    // L: words beyond this are dropped
    uint64_t seed = 0xA2A5;
};

// Each word is the normalised sum of pseudo-random vectors of its character 3- to 5-grams (with
// word-boundary marks) and of the whole word, plus a sinusoidal position code for word order.
std::unique_ptr<TextEncoder> makeHashingTextEncoder(const HashingTextEncoderConfig &config);

}  // namespace a2a
