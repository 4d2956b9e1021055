#pragma once
// A checkpoint in the full LTX-2.3 layout that anyone can make: every group of the contract
// (audio transformer, audio connector, text projection, audio VAE with its statistics, vocoder,
// bandwidth extension) with random weights and a config in the real field names, so the whole
// real pipeline runs in tests, in CI and on a user's machine without the 46 GB file.
// Torch-free header. Thread rule: any thread.

#include "SafetensorsFile.h"

#include <QString>

namespace a2a {

enum class LtxLayoutSize {
    Tiny,   // a few MB: 2 blocks × 64, a small VAE and vocoder with the real strides (tests, CI)
    Small,  // 4 blocks × 512 with the real 2.3 audio VAE and vocoder (a trial of the real codec)
};
bool parseLtxLayoutSize(const QString &name, LtxLayoutSize *out);  // "tiny" / "small"

struct LtxLayoutBaseOptions {
    LtxLayoutSize size = LtxLayoutSize::Tiny;
    uint64_t seed = 1;
    TensorDType dtype = TensorDType::BF16;  // as the real checkpoint stores its weights
    // The text encoder the text projection is sized for: hidden × (layers + 1) inputs. The tiny
    // Gemma-3 folder of the text side uses these values.
    int textHidden = 64;
    int textLayers = 6;
};

// Writes atomically; "" on success.
QString writeLtxLayoutBase(const QString &path, const LtxLayoutBaseOptions &options);

}  // namespace a2a
