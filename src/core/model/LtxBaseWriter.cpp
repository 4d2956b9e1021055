#include "LtxBaseWriter.h"

#include "AudioTransformer.h"
#include "CheckpointKeys.h"
#include "LtxAudioVae.h"
#include "LtxVocoder.h"
#include "TensorIO.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace a2a {
namespace {

ModelConfig transformerFor(LtxLayoutSize size)
{
    ModelConfig c = ModelConfig::ltx23();
    if (size == LtxLayoutSize::Tiny) {
        c.numLayers = 2;
        c.numHeads = 4;
        c.headDim = 16;
        c.connectorLayers = 2;
        c.connectorHeads = 4;
        c.connectorHeadDim = 16;
    } else {
        c.numLayers = 4;
        c.numHeads = 8;
        c.headDim = 64;
        c.connectorLayers = 2;
        c.connectorHeads = 8;
        c.connectorHeadDim = 64;
    }
    c.crossAttentionDim = c.innerDim();
    return c;
}

LtxAudioVaeConfig vaeFor(LtxLayoutSize size)
{
    LtxAudioVaeConfig v = LtxAudioVaeConfig::ltx23();
    if (size == LtxLayoutSize::Tiny)
        v.ch = 32;  // statistics stay sized by the token width (z · mel / 4 = 128)
    return v;
}

LtxVocoderConfig vocoderFor(LtxLayoutSize size)
{
    LtxVocoderConfig v = LtxVocoderConfig::ltx23();
    if (size == LtxLayoutSize::Tiny) {
        // The real strides' products (160 at 16 kHz, 240 for 16 → 48 kHz) in fewer, narrower stages.
        v.vocoder.upsampleInitialChannel = 64;
        v.vocoder.upsampleRates = {8, 5, 4};
        v.vocoder.upsampleKernelSizes = {16, 11, 8};
        v.bwe.upsampleInitialChannel = 32;
        v.bwe.upsampleRates = {6, 5, 8};
        v.bwe.upsampleKernelSizes = {12, 11, 16};
    }
    return v;
}

// Connector and text projection: plain random values at sensible scales (the text side loads
// them by name; nothing here depends on their values).
void addRandomSpecs(NamedTensors *out, const std::vector<TensorSpec> &specs, const QString &prefix, torch::Generator &gen)
{
    for (const TensorSpec &s : specs) {
        torch::Tensor t;
        if (s.name.endsWith(QLatin1String("norm.weight")))
            t = torch::ones(s.shape);
        else if (s.name.endsWith(QLatin1String(".bias")))
            t = torch::randn(s.shape, gen) * 0.02;
        else if (s.shape.size() == 2 && !s.name.contains(QLatin1String("registers")))
            t = torch::randn(s.shape, gen) / std::sqrt(double(s.shape[1]));
        else
            t = torch::randn(s.shape, gen);
        out->emplace_back(prefix + s.name, t);
    }
}

}  // namespace

bool parseLtxLayoutSize(const QString &name, LtxLayoutSize *out)
{
    if (name == QLatin1String("tiny"))
        *out = LtxLayoutSize::Tiny;
    else if (name == QLatin1String("small"))
        *out = LtxLayoutSize::Small;
    else
        return false;
    return true;
}

QString writeLtxLayoutBase(const QString &path, const LtxLayoutBaseOptions &o)
{
    try {
        torch::NoGradGuard noGrad;
        torch::manual_seed(o.seed);
        auto gen = at::detail::createCPUGenerator(o.seed);
        const ModelConfig tc = transformerFor(o.size);
        const LtxAudioVaeConfig vc = vaeFor(o.size);
        const LtxVocoderConfig voc = vocoderFor(o.size);

        NamedTensors tensors;
        AudioTransformer dit(tc, torch::kFloat32);
        for (const auto &p : dit.module().named_parameters(true))
            tensors.emplace_back(QString::fromLatin1(kDiffusionModelPrefix) + QString::fromStdString(p.key()), p.value());
        addRandomSpecs(&tensors, audioConnectorTensors(tc), QString::fromLatin1(kAudioConnectorPrefix), gen);
        const int64_t textWidth = int64_t(o.textHidden) * (o.textLayers + 1);
        addRandomSpecs(&tensors, {{QStringLiteral("weight"), {tc.innerDim(), textWidth}}, {QStringLiteral("bias"), {tc.innerDim()}}},
                       QString::fromLatin1(kTextProjectionPrefix), gen);
        LtxAudioVae vae(vc);
        vae.initRandom(o.seed + 1);
        for (const auto &t : vae.checkpointTensors())
            tensors.push_back(t);
        LtxVocoder vocoder(voc);
        vocoder.initRandom(o.seed + 2);
        for (const auto &t : vocoder.checkpointTensors())
            tensors.push_back(t);

        const QJsonObject config{{QStringLiteral("transformer"), tc.toTransformerJson()},
                                 {QStringLiteral("audio_vae"), vc.toJson()},
                                 {QStringLiteral("vocoder"), voc.toJson()}};
        QMap<QString, QString> metadata;
        metadata.insert(QStringLiteral("config"), QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
        metadata.insert(QStringLiteral("a2a_layout"), QStringLiteral("LTX-2.3 layout, random weights (a2a-train init-base --ltx-layout --size %1, seed %2)")
                                                           .arg(o.size == LtxLayoutSize::Tiny ? QStringLiteral("tiny") : QStringLiteral("small"))
                                                           .arg(o.seed));
        metadata.insert(QStringLiteral("a2a_text_encoder_hidden"), QString::number(o.textHidden));
        metadata.insert(QStringLiteral("a2a_text_encoder_layers"), QString::number(o.textLayers));
        return writeTensors(path, tensors, metadata, o.dtype);
    } catch (const c10::Error &e) {
        return QStringLiteral("cannot build the checkpoint: %1").arg(QString::fromStdString(e.what_without_backtrace()));
    }
}

}  // namespace a2a
