#pragma once
// How much memory a LoRA training run on a real-size LTX-2.3 audio stream needs, and which way
// of holding the 3.3 B-parameter DiT fits this machine: fp32-resident (fastest on a CPU, where
// bf16 matmuls run at ~1 GFLOP/s) or bf16 storage upcast one layer at a time to fp32 for
// compute (half the weight memory). Arithmetic from the config, no allocation; the figures are
// checked against measured peak RSS in bench/train --real-block. Torch-free header.
// Thread rule: pure functions.

#include "ModelConfig.h"

#include <QString>

#include <cstdint>

namespace a2a {

struct LtxRunShape {
    int referenceTokens = 126;   // 5 s bucket
    int targetTokens = 126;
    int contextTokens = 1024;    // the connector always gives 1024
    int rank = 32;
    bool gradientCheckpointing = true;
    int64_t codecParameters = 0; // audio VAE + vocoder, fp32 during previews
};

enum class LtxWeightStorage { Fp32Resident, Bf16Upcast, TooLarge };
QString ltxWeightStorageName(LtxWeightStorage s);  // "fp32-resident", "bf16 storage, fp32 compute per layer"

struct LtxMemoryPlan {
    int64_t ditParameters = 0;
    int64_t loraParameters = 0;
    int64_t fp32Bytes = 0;       // peak resident with fp32 weights
    int64_t bf16Bytes = 0;       // peak resident with bf16 weights upcast per layer
    int64_t availableBytes = 0;  // free memory when planned (MemAvailable)
    LtxWeightStorage choice = LtxWeightStorage::TooLarge;
    int64_t neededBytes() const { return choice == LtxWeightStorage::Fp32Resident ? fp32Bytes : bf16Bytes; }
    QString summary() const;     // one line: what is needed, what is free, what was chosen and why
};

LtxMemoryPlan planLtxTraining(const ModelConfig &config, const LtxRunShape &shape, int64_t availableBytes);

// MemAvailable from /proc/meminfo (0 when unknown: then the plan assumes fp32 fits).
int64_t availableMemoryBytes();

QString formatGigabytes(int64_t bytes);  // "9.8 GB"

}  // namespace a2a
