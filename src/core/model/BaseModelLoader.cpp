#include "BaseModelLoader.h"

#include "AudioCodec.h"
#include "CheckpointKeys.h"
#include "LtxAudioCodec.h"
#include "TensorIO.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace a2a {
namespace {

constexpr double EMBEDDED_CFG = 1.0;
constexpr int EMBEDDED_STEPS = 10;

QString shapeText(const std::vector<int64_t> &shape)
{
    QStringList dims;
    for (int64_t d : shape)
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

}  // namespace

BaseModelLoadResult loadBaseModel(const QString &path, const torch::TensorOptions &options)
{
    BaseModelLoadResult result;
    QString error;
    const auto file = SafetensorsFile::open(path, &error);
    if (!file) {
        result.error = error;
        return result;
    }
    result.configJson = file->metadata().value(QStringLiteral("config"));
    result.metadata = file->metadata();
    if (result.configJson.isEmpty()) {
        result.error = QStringLiteral("%1 has no __metadata__[\"config\"]: it is not an LTX-2.3 checkpoint").arg(QFileInfo(path).fileName());
        return result;
    }
    ModelConfig config;
    if (!ModelConfig::fromMetadataConfig(result.configJson, &config, &error)) {
        result.error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), error);
        return result;
    }
    const QString prefix = QString::fromLatin1(kDiffusionModelPrefix);
    QSet<QString> inFile;
    for (const QString &name : file->tensorNames())
        if (name.startsWith(prefix) && isAudioStreamKey(name.mid(prefix.size())))
            inFile.insert(name.mid(prefix.size()));
    const std::vector<TensorSpec> specs = audioTransformerTensors(config);
    QSet<QString> wanted;
    for (const TensorSpec &spec : specs) {
        wanted.insert(spec.name);
        if (!inFile.contains(spec.name))
            result.missing << spec.name;
        else if (file->info(prefix + spec.name)->shape != spec.shape)
            result.error = QStringLiteral("tensor %1 has shape %2 in the file but the config needs %3")
                               .arg(spec.name, shapeText(file->info(prefix + spec.name)->shape), shapeText(spec.shape));
    }
    for (const QString &name : inFile)
        if (!wanted.contains(name))
            result.unexpected << name;
    result.unexpected.sort();
    if (!result.missing.isEmpty() || !result.unexpected.isEmpty()) {
        result.error = QStringLiteral("%1 does not match its config: %2 missing, %3 unexpected audio tensors (first: %4)")
                           .arg(QFileInfo(path).fileName())
                           .arg(result.missing.size())
                           .arg(result.unexpected.size())
                           .arg(result.missing.isEmpty() ? result.unexpected.first() : result.missing.first());
        return result;
    }
    if (!result.error.isEmpty())
        return result;

    auto model = std::make_unique<AudioTransformer>(config, options);
    torch::NoGradGuard noGrad;
    for (auto &p : model->module().named_parameters(true)) {
        const QString name = QString::fromStdString(p.key());
        p.value().copy_(readTensor(*file, prefix + name, options.dtype().toScalarType()));
    }
    result.model = std::move(model);
    return result;
}

bool resolveDevice(const QString &name, torch::Device *out, QString *error)
{
    if (name.isEmpty() || name == QLatin1String("auto")) {
        *out = torch::cuda::is_available() ? torch::Device(torch::kCUDA, 0) : torch::Device(torch::kCPU);
        return true;
    }
    try {
        const torch::Device device(name.toStdString());
        if (device.is_cuda() && !torch::cuda::is_available()) {
            *error = QStringLiteral("device %1 was asked for, but this libtorch has no CUDA device; use --device cpu").arg(name);
            return false;
        }
        *out = device;
        return true;
    } catch (const c10::Error &) {
        *error = QStringLiteral("unknown device \"%1\"; use cpu, cuda or auto").arg(name);
        return false;
    }
}

SamplerDefaults samplerDefaultsForBase(const QMap<QString, QString> &metadata)
{
    SamplerDefaults d;
    if (metadata.contains(QStringLiteral("a2a_codec"))) {
        // Measured on the embedded model (README, bench/learn): its hashed-text pathway is weak, so
        // strong text guidance only adds artefacts; few Euler steps suffice for this task.
        d.cfgScale = EMBEDDED_CFG;
        d.steps = EMBEDDED_STEPS;
    }
    bool ok = false;
    const double cfg = metadata.value(QStringLiteral("a2a_cfg_scale")).toDouble(&ok);
    if (ok)
        d.cfgScale = cfg;
    const int steps = metadata.value(QStringLiteral("a2a_sampler_steps")).toInt(&ok);
    if (ok && steps > 0)
        d.steps = steps;
    return d;
}

bool hasLtxAudioCodec(const QMap<QString, QString> &metadata)
{
    const QJsonObject config = QJsonDocument::fromJson(metadata.value(QStringLiteral("config")).toUtf8()).object();
    return config.contains(QStringLiteral("audio_vae"));
}

QString defaultReferencePositions(const QMap<QString, QString> &metadata)
{
    return hasLtxAudioCodec(metadata) ? QStringLiteral("negative") : QStringLiteral("overlap");
}

std::unique_ptr<AudioCodec> codecForBase(const QString &basePath, const QMap<QString, QString> &metadata, QString *error)
{
    if (hasLtxAudioCodec(metadata))
        return LtxAudioCodec::load(basePath, error);
    return codecForBase(metadata);
}

std::unique_ptr<AudioCodec> codecForBase(const QMap<QString, QString> &metadata)
{
    auto codec = makeCodecByName(metadata.value(QStringLiteral("a2a_codec")));
    return codec ? std::move(codec) : makeEnvelopeCodec();
}

QString saveBaseModel(const QString &path, AudioTransformer &model, TensorDType dtype, const QMap<QString, QString> &extraMetadata)
{
    NamedTensors tensors;
    const QString prefix = QString::fromLatin1(kDiffusionModelPrefix);
    for (const auto &p : model.module().named_parameters(true)) {
        const QString name = QString::fromStdString(p.key());
        if (name.contains(QLatin1String("lora_")))
            continue;  // a base never carries LoRA weights
        tensors.emplace_back(prefix + name, p.value());
    }
    const QJsonObject config{{QStringLiteral("transformer"), model.config().toTransformerJson()}};
    QMap<QString, QString> metadata = extraMetadata;
    metadata.insert(QStringLiteral("config"), QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
    return writeTensors(path, tensors, metadata, dtype);
}

}  // namespace a2a
