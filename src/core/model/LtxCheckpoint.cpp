#include "LtxCheckpoint.h"

#include "CheckpointKeys.h"
#include "LtxAudioVae.h"
#include "LtxVocoder.h"
#include "SafetensorsFile.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <map>

namespace a2a {
namespace {

using ShapeMap = std::map<QString, std::vector<int64_t>>;  // full checkpoint name → shape; -1 = any

QString shapeText(const std::vector<int64_t> &shape)
{
    QStringList dims;
    for (int64_t d : shape)
        dims << (d < 0 ? QStringLiteral("?") : QString::number(d));
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool shapeMatches(const std::vector<int64_t> &file, const std::vector<int64_t> &want)
{
    if (file.size() != want.size())
        return false;
    for (size_t i = 0; i < file.size(); ++i)
        if (want[i] >= 0 && want[i] != file[i])
            return false;
    return true;
}

ShapeMap fromSpecs(const std::vector<TensorSpec> &specs, const QString &prefix)
{
    ShapeMap m;
    for (const TensorSpec &s : specs)
        m[prefix + s.name] = s.shape;
    return m;
}

ShapeMap fromModule(const NamedTensors &tensors, const QString &prefix)
{
    ShapeMap m;
    for (const auto &[name, t] : tensors)
        if (name.startsWith(prefix))
            m[name] = t.sizes().vec();
    return m;
}

struct GroupDef {
    LtxGroup group;
    const char *name;
    QString prefix;
    bool train, listen;
};

std::vector<GroupDef> groupDefs()
{
    return {
        {LtxGroup::Dit, "audio transformer", QString::fromLatin1(kDiffusionModelPrefix), true, true},
        {LtxGroup::Connector, "audio embeddings connector", QString::fromLatin1(kAudioConnectorPrefix), true, true},
        {LtxGroup::TextProjection, "text feature projection", QString::fromLatin1(kTextProjectionPrefix), true, true},
        {LtxGroup::VaeEncoder, "audio VAE encoder", QString::fromLatin1(kAudioVaeEncoderPrefix), true, false},
        {LtxGroup::VaeStatistics, "audio VAE statistics", QString::fromLatin1(kAudioVaeStatisticsPrefix), true, true},
        {LtxGroup::VaeDecoder, "audio VAE decoder", QString::fromLatin1(kAudioVaeDecoderPrefix), false, true},
        {LtxGroup::Vocoder, "vocoder", QString::fromLatin1(kVocoderPrefix), false, true},
        {LtxGroup::Bwe, "bandwidth extension", QString::fromLatin1(kBwePrefix), false, true},
        {LtxGroup::MelStft, "bandwidth extension STFT", QString::fromLatin1(kMelStftPrefix), false, true},
    };
}

bool inGroup(const GroupDef &g, const QString &name)
{
    if (!name.startsWith(g.prefix))
        return false;
    if (g.group == LtxGroup::Dit)
        return isAudioStreamKey(name.mid(g.prefix.size()));
    return true;
}

}  // namespace

const LtxGroupReport *LtxCheckpointReport::group(LtxGroup g) const
{
    for (const LtxGroupReport &r : groups)
        if (r.group == g)
            return &r;
    return nullptr;
}

bool LtxCheckpointReport::trainable() const
{
    if (!error.isEmpty() || !configErrors.isEmpty())
        return false;
    for (const LtxGroupReport &g : groups)
        if (g.neededToTrain && !g.complete())
            return false;
    return true;
}

bool LtxCheckpointReport::listenable() const
{
    if (!error.isEmpty() || !configErrors.isEmpty())
        return false;
    for (const LtxGroupReport &g : groups)
        if (g.neededToListen && !g.complete())
            return false;
    return true;
}

QStringList LtxCheckpointReport::problems() const
{
    QStringList out;
    if (!error.isEmpty())
        return {error};
    const QString file = QFileInfo(path).fileName();
    out << configErrors;
    for (int pass = 0; pass < 2; ++pass) {
        for (const LtxGroupReport &g : groups) {
            if (g.neededToTrain != (pass == 0))
                continue;
            const QString use = g.neededToTrain ? QStringLiteral("training needs it")
                                                : QStringLiteral("previews, the run's audio output and audio-decode need it");
            if (g.found == 0 && g.expected > 0)
                out << QStringLiteral("no %1 in %2 (%3): %4").arg(g.name, file, g.pattern, use);
            else if (!g.missing.isEmpty())
                out << QStringLiteral("%1: %2 of %3 tensors missing (first: %4): %5").arg(g.name).arg(g.missing.size()).arg(g.expected).arg(g.missing.first(), use);
            if (!g.misshapen.isEmpty())
                out << QStringLiteral("%1: %2 tensors disagree with the config (first: %3)").arg(g.name).arg(g.misshapen.size()).arg(g.misshapen.first());
            if (!g.unexpected.isEmpty())
                out << QStringLiteral("%1: %2 tensors the config does not have (first: %3)").arg(g.name).arg(g.unexpected.size()).arg(g.unexpected.first());
        }
    }
    return out;
}

LtxCheckpointReport inspectLtxCheckpoint(const QString &path)
{
    LtxCheckpointReport r;
    r.path = path;
    const QString fileName = QFileInfo(path).fileName();
    QString error;
    const auto file = SafetensorsFile::open(path, &error);
    if (!file) {
        r.error = error;
        return r;
    }
    const QString configText = file->metadata().value(QStringLiteral("config"));
    if (configText.isEmpty()) {
        r.error = QStringLiteral("%1 has no __metadata__[\"config\"]: it is not an LTX-2.3 checkpoint").arg(fileName);
        return r;
    }
    const QJsonObject config = QJsonDocument::fromJson(configText.toUtf8()).object();
    if (!ModelConfig::fromTransformerJson(config.value(QStringLiteral("transformer")).toObject(), &r.transformer, &error)) {
        r.error = QStringLiteral("%1: %2").arg(fileName, config.contains(QStringLiteral("transformer")) ? error
                                                                                                    : QStringLiteral("the config has no \"transformer\" section"));
        return r;
    }

    // What the config implies, group by group. The VAE and vocoder are built on the meta device:
    // their module trees give the names and shapes without allocating a byte.
    std::map<LtxGroup, ShapeMap> expected;
    expected[LtxGroup::Dit] = fromSpecs(audioTransformerTensors(r.transformer), QString::fromLatin1(kDiffusionModelPrefix));
    expected[LtxGroup::Connector] = fromSpecs(audioConnectorTensors(r.transformer), QString::fromLatin1(kAudioConnectorPrefix));
    if (r.transformer.connectorLayers > 0) {
        // The input width is the text encoder's hidden size × (layers + 1): a property of the
        // Gemma folder, checked when one is given.
        const int64_t width = r.transformer.innerDim();
        expected[LtxGroup::TextProjection] = {{QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("weight"), {width, -1}},
                                              {QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("bias"), {width}}};
    } else {
        r.configErrors << QStringLiteral("the config has no audio embeddings connector (use_embeddings_connector): not an LTX-2.3 base");
    }
    int64_t codecParameters = 0;
    const torch::TensorOptions meta = torch::TensorOptions().device(torch::kMeta);
    if (!config.value(QStringLiteral("audio_vae")).isObject()) {
        r.configErrors << QStringLiteral("the config has no \"audio_vae\" section");
    } else {
        r.audioVaeJson = QString::fromUtf8(QJsonDocument(config.value(QStringLiteral("audio_vae")).toObject()).toJson(QJsonDocument::Compact));
        LtxAudioVaeConfig vaeConfig;
        if (!LtxAudioVaeConfig::fromJson(config.value(QStringLiteral("audio_vae")).toObject(), &vaeConfig, &error)) {
            r.configErrors << QStringLiteral("audio_vae: %1").arg(error);
        } else {
            LtxAudioVae vae(vaeConfig, meta);
            const NamedTensors t = vae.checkpointTensors();
            expected[LtxGroup::VaeEncoder] = fromModule(t, QString::fromLatin1(kAudioVaeEncoderPrefix));
            expected[LtxGroup::VaeDecoder] = fromModule(t, QString::fromLatin1(kAudioVaeDecoderPrefix));
            expected[LtxGroup::VaeStatistics] = fromModule(t, QString::fromLatin1(kAudioVaeStatisticsPrefix));
            for (const auto &[name, tensor] : t)
                codecParameters += tensor.numel();
            if (vaeConfig.tokenWidth() != r.transformer.inChannels)
                r.configErrors << QStringLiteral("audio_vae makes %1-wide latent tokens (z_channels × mel_bins / 4) but the transformer takes %2 (audio_in_channels)")
                                      .arg(vaeConfig.tokenWidth()).arg(r.transformer.inChannels);
        }
    }
    if (!config.value(QStringLiteral("vocoder")).isObject()) {
        r.configErrors << QStringLiteral("the config has no \"vocoder\" section");
    } else {
        r.vocoderJson = QString::fromUtf8(QJsonDocument(config.value(QStringLiteral("vocoder")).toObject()).toJson(QJsonDocument::Compact));
        LtxVocoderConfig vocoderConfig;
        if (!LtxVocoderConfig::fromJson(config.value(QStringLiteral("vocoder")).toObject(), &vocoderConfig, &error)) {
            r.configErrors << QStringLiteral("vocoder: %1").arg(error);
        } else {
            LtxVocoder vocoder(vocoderConfig, meta);
            const NamedTensors t = vocoder.checkpointTensors();
            expected[LtxGroup::Vocoder] = fromModule(t, QString::fromLatin1(kVocoderPrefix));
            expected[LtxGroup::Bwe] = fromModule(t, QString::fromLatin1(kBwePrefix));
            expected[LtxGroup::MelStft] = fromModule(t, QString::fromLatin1(kMelStftPrefix));
            for (const auto &[name, tensor] : t)
                codecParameters += tensor.numel();
        }
    }

    const std::vector<GroupDef> defs = groupDefs();
    for (const GroupDef &def : defs) {
        LtxGroupReport g;
        g.group = def.group;
        g.name = QString::fromLatin1(def.name);
        g.pattern = def.prefix + QStringLiteral("*");
        g.neededToTrain = def.train;
        g.neededToListen = def.listen;
        const ShapeMap &want = expected[def.group];
        g.expected = int(want.size());
        r.groups.push_back(g);
    }
    QSet<QString> seen;
    r.fileTensors = file->tensorNames().size();
    for (const QString &name : file->tensorNames()) {
        bool claimed = false;
        for (size_t i = 0; i < defs.size() && !claimed; ++i) {
            // The connector's prefix lies inside the DiT's: the DiT filter leaves it out.
            if (!inGroup(defs[i], name))
                continue;
            claimed = true;
            LtxGroupReport &g = r.groups[i];
            const TensorInfo *info = file->info(name);
            ++g.found;
            g.parameters += info->elementCount();
            g.dtypes[dtypeName(info->dtype)] += 1;
            const ShapeMap &want = expected[defs[i].group];
            const auto it = want.find(name);
            if (it == want.end())
                g.unexpected << name;
            else if (!shapeMatches(info->shape, it->second))
                g.misshapen << QStringLiteral("%1: file %2, config %3").arg(name, shapeText(info->shape), shapeText(it->second));
            seen.insert(name);
        }
        if (!claimed)
            ++r.skippedTensors;
        if (name == QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("weight") && file->info(name)->shape.size() == 2)
            r.textProjectionInputs = file->info(name)->shape[1];
    }
    for (size_t i = 0; i < defs.size(); ++i)
        for (const auto &[name, shape] : expected[defs[i].group])
            if (!seen.contains(name))
                r.groups[i].missing << name;

    LtxRunShape shape;
    shape.codecParameters = codecParameters;
    r.memory = planLtxTraining(r.transformer, shape, availableMemoryBytes());
    return r;
}

QString formatLtxCheckpointReport(const LtxCheckpointReport &r)
{
    QString s;
    const QString file = QFileInfo(r.path).fileName();
    if (!r.error.isEmpty())
        return QStringLiteral("%1: %2\n").arg(file, r.error);
    const ModelConfig &c = r.transformer;
    s += QStringLiteral("checkpoint: %1 (%2 tensors in the file, %3 outside the audio path skipped unread)\n")
             .arg(r.path).arg(r.fileTensors).arg(r.skippedTensors);
    s += QStringLiteral("version: LTX-2.3 layout%1; audio transformer %2 blocks × %3 (%4 heads × %5), FF %6, context %7\n")
             .arg(c.gatedAttention && c.crossAttentionAdaln ? QString() : QStringLiteral(" (without 2.3's gated attention / prompt AdaLN)"))
             .arg(c.numLayers).arg(c.innerDim()).arg(c.numHeads).arg(c.headDim).arg(c.ffInnerDim()).arg(c.crossAttentionDim);
    if (c.connectorLayers > 0)
        s += QStringLiteral("text side: audio connector %1 blocks × %2 (%3 heads × %4), %5 registers\n")
                 .arg(c.connectorLayers).arg(c.connectorInnerDim()).arg(c.connectorHeads).arg(c.connectorHeadDim).arg(c.connectorRegisters);
    s += QStringLiteral("\n| group | tensors | expected | parameters | dtypes | pattern |\n|---|---|---|---|---|---|\n");
    for (const LtxGroupReport &g : r.groups) {
        QStringList dtypes;
        for (auto it = g.dtypes.begin(); it != g.dtypes.end(); ++it)
            dtypes << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        s += QStringLiteral("| %1 | %2 | %3 | %4 M | %5 | `%6` |\n")
                 .arg(g.name).arg(g.found).arg(g.expected).arg(double(g.parameters) / 1e6, 0, 'f', 2)
                 .arg(dtypes.isEmpty() ? QStringLiteral("—") : dtypes.join(QStringLiteral(", ")), g.pattern);
    }
    const QStringList problems = r.problems();
    s += QLatin1Char('\n');
    if (problems.isEmpty())
        s += QStringLiteral("every group is complete and matches the config\n");
    for (const QString &p : problems)
        s += QStringLiteral("problem: %1\n").arg(p);
    s += QStringLiteral("memory for training (5 s bucket, rank 32, gradient checkpointing): %1\n").arg(r.memory.summary());
    return s;
}

}  // namespace a2a
