#include "LtxMemoryPlan.h"

#include "CheckpointKeys.h"

#include <QFile>
#include <QRegularExpression>

namespace a2a {
namespace {

int64_t parameterCount(const std::vector<TensorSpec> &specs)
{
    int64_t n = 0;
    for (const TensorSpec &s : specs) {
        int64_t e = 1;
        for (int64_t d : s.shape)
            e *= d;
        n += e;
    }
    return n;
}

// Working memory of one block's forward (and its recompute in backward), fp32: the residual
// stream and its norms, q/k/v/out and FF activations of the tokens, the self- and cross-attention
// score matrices with their softmax, and the modulated context with its keys and values.
int64_t blockActivationFloats(const ModelConfig &c, const LtxRunShape &s)
{
    const int64_t t = s.referenceTokens + s.targetTokens, d = c.innerDim(), f = c.ffInnerDim(), h = c.numHeads;
    const int64_t l = s.contextTokens;
    return t * d * 20 + t * f * 3 + h * t * t * 3 + h * t * l * 3 + l * d * 6;
}

}  // namespace

QString ltxWeightStorageName(LtxWeightStorage s)
{
    switch (s) {
    case LtxWeightStorage::Fp32Resident: return QStringLiteral("fp32-resident");
    case LtxWeightStorage::Bf16Upcast: return QStringLiteral("bf16 storage, fp32 compute per layer");
    case LtxWeightStorage::TooLarge: return QStringLiteral("does not fit");
    }
    return {};
}

QString formatGigabytes(int64_t bytes) { return QStringLiteral("%1 GB").arg(double(bytes) / 1e9, 0, 'f', 1); }

QString LtxMemoryPlan::summary() const
{
    const QString free = availableBytes > 0 ? formatGigabytes(availableBytes) + QStringLiteral(" free") : QStringLiteral("free memory unknown");
    switch (choice) {
    case LtxWeightStorage::Fp32Resident:
        return QStringLiteral("needs %1 with fp32 weights (%2): fp32-resident, the fastest on a CPU (bf16 storage would need %3)")
            .arg(formatGigabytes(fp32Bytes), free, formatGigabytes(bf16Bytes));
    case LtxWeightStorage::Bf16Upcast:
        return QStringLiteral("needs %1 with bf16 weights upcast per layer (fp32-resident would need %2; %3)")
            .arg(formatGigabytes(bf16Bytes), formatGigabytes(fp32Bytes), free);
    case LtxWeightStorage::TooLarge:
        return QStringLiteral("needs at least %1 (bf16 weights upcast per layer) but only %2 is free: close other programs or use a machine with more memory")
            .arg(formatGigabytes(bf16Bytes), formatGigabytes(availableBytes));
    }
    return {};
}

LtxMemoryPlan planLtxTraining(const ModelConfig &c, const LtxRunShape &s, int64_t available)
{
    LtxMemoryPlan p;
    const auto specs = audioTransformerTensors(c);
    p.ditParameters = parameterCount(specs);
    const int64_t d = c.innerDim(), f = c.ffInnerDim();
    // 8 square attention projections + FF in and out, per block (spec §8).
    p.loraParameters = int64_t(c.numLayers) * s.rank * (8 * 2 * d + (d + f) * 2);
    const int64_t blockParameters = c.numLayers > 0 ? (p.ditParameters / c.numLayers) : 0;
    const int64_t activations = blockActivationFloats(c, s) * 4;
    const int64_t stream = int64_t(s.referenceTokens + s.targetTokens) * d * 4;
    const int64_t saved = s.gradientCheckpointing ? stream * c.numLayers + activations * 2 : activations * c.numLayers;
    const int64_t lora = p.loraParameters * 16;  // value, gradient, two AdamW moments, fp32
    const int64_t codec = s.codecParameters * 4;
    const int64_t process = 600LL * 1000 * 1000;  // libtorch, Qt, allocator slack (measured idle RSS ≈ 0.4 GB)
    const int64_t common = saved + lora + codec + process;
    p.fp32Bytes = p.ditParameters * 4 + common;
    // One layer's fp32 copy at a time, twice over (forward and the checkpoint's recompute overlap).
    p.bf16Bytes = p.ditParameters * 2 + blockParameters * 4 * 2 + common;
    p.availableBytes = available;
    // Keep a margin so the machine stays usable while it trains.
    const int64_t margin = 1500LL * 1000 * 1000;
    if (available <= 0 || available >= p.fp32Bytes + margin)
        p.choice = LtxWeightStorage::Fp32Resident;
    else if (available >= p.bf16Bytes)
        p.choice = LtxWeightStorage::Bf16Upcast;
    else
        p.choice = LtxWeightStorage::TooLarge;
    return p;
}

int64_t availableMemoryBytes()
{
    QFile f(QStringLiteral("/proc/meminfo"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression re(QStringLiteral("^MemAvailable:\\s+(\\d+) kB"), QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromLatin1(f.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() * 1024 : 0;
}

}  // namespace a2a
