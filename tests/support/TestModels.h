#pragma once
// The tiny transformer shape the engine tests share (also the conformance fixture's): 2 blocks,
// 4 heads × 16, text context 64, LTX-2.3's 128-wide tokens.

#include "model/ModelConfig.h"

namespace a2a::test {

inline ModelConfig tinyModelConfig()
{
    ModelConfig c;
    c.numLayers = 2;
    c.numHeads = 4;
    c.headDim = 16;
    c.crossAttentionDim = 64;
    return c;
}

}  // namespace a2a::test
