#include "RunBase.h"

#include "model/BaseModelLoader.h"
#include "model/LtxCheckpoint.h"
#include "model/LtxTextEncoder.h"

#include <QDir>
#include <QFileInfo>

namespace a2a {

QString textCacheDirFor(const QString &latentCacheDir)
{
    return latentCacheDir.isEmpty() ? defaultTextCacheDir() : QDir(latentCacheDir).filePath(QStringLiteral("text"));
}

RunBase loadRunBase(const RunBaseOptions &o)
{
    RunBase b;
    const QString fileName = QFileInfo(o.basePath).fileName();
    torch::ScalarType storage = torch::kFloat32;
    const LtxCheckpointReport report = inspectLtxCheckpoint(o.basePath);
    b.realLtx = report.error.isEmpty() && !report.audioVaeJson.isEmpty();
    if (b.realLtx) {
        if (o.textEncoderPath.isEmpty()) {
            b.error = QStringLiteral("%1 is an LTX-2.3 checkpoint: it conditions on the Gemma-3 text encoder, so a run needs its folder "
                                     "(config.json, tokenizer.model, weights): pass --text-encoder DIR (in the app: Training settings ▸ Text encoder)")
                          .arg(fileName);
            return b;
        }
        if (!report.trainable() || !report.listenable()) {
            b.error = QStringLiteral("%1 cannot be used: %2").arg(fileName, report.problems().value(0));
            return b;
        }
        if (o.training && o.device.is_cpu()) {
            if (report.memory.choice == LtxWeightStorage::TooLarge) {
                b.error = QStringLiteral("%1: a training run %2").arg(fileName, report.memory.summary());
                return b;
            }
            storage = report.memory.choice == LtxWeightStorage::Bf16Upcast ? torch::kBFloat16 : torch::kFloat32;
            b.summary = QStringLiteral("%1: %2, %3").arg(fileName, ltxWeightStorageName(report.memory.choice), report.memory.summary());
        } else if (o.device.is_cpu()) {
            // Inference holds no LoRA optimizer state: fp32 weights when they fit with a margin.
            const int64_t fp32 = report.memory.ditParameters * 4 + 2'000'000'000LL;
            if (report.memory.availableBytes > 0 && report.memory.availableBytes < fp32) {
                storage = torch::kBFloat16;
                b.summary = QStringLiteral("%1: bf16 storage, fp32 compute per layer (fp32 weights would need %2, %3 free)")
                                .arg(fileName, formatGigabytes(fp32), formatGigabytes(report.memory.availableBytes));
            }
        } else {
            storage = torch::kBFloat16;  // bf16 weights and compute on a GPU
            b.summary = QStringLiteral("%1: bf16 weights and compute on %2").arg(fileName, QString::fromStdString(o.device.str()));
        }
    }
    BaseModelLoadResult loaded = loadBaseModel(o.basePath, torch::TensorOptions().dtype(storage).device(o.device));
    if (!loaded.model) {
        b.error = QStringLiteral("cannot load the base model: %1").arg(loaded.error);
        return b;
    }
    b.model = std::move(loaded.model);
    b.metadata = loaded.metadata;
    b.configJson = loaded.configJson;
    if (b.realLtx && o.training) {
        b.model->setGradientCheckpointing(true);
        b.summary += QStringLiteral("; per-block gradient checkpointing");
    }
    QString error;
    b.codec = codecForBase(o.basePath, b.metadata, &error);
    if (!b.codec) {
        b.error = QStringLiteral("cannot load the base's audio codec: %1").arg(error);
        return b;
    }
    if (b.codec->tokenWidth() != b.model->config().inChannels) {
        b.error = QStringLiteral("the base model takes %1-wide tokens but the codec makes %2").arg(b.model->config().inChannels).arg(b.codec->tokenWidth());
        return b;
    }
    if (b.realLtx) {
        b.text = LtxTextEncoder::load(o.basePath, o.textEncoderPath, &error, textCacheDirFor(o.cacheDir));
        if (!b.text) {
            b.error = error;
            return b;
        }
    } else {
        HashingTextEncoderConfig textConfig;
        textConfig.width = b.model->config().crossAttentionDim;
        b.text = makeHashingTextEncoder(textConfig);
    }
    return b;
}

}  // namespace a2a
