#include "OutputWriter.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioFileWriter.h"
#include "dataset/DatasetReport.h"
#include "model/CheckpointKeys.h"
#include "model/TensorIO.h"
#include "util/ZipWriter.h"


#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>

namespace a2a {

QString writeLoraFile(const QString &path, AudioTransformer &model, const LoraMetadata &meta)
{
    SafetensorsWriter w;
    for (auto &[name, layer] : model.loraTargets()) {
        if (!layer->hasLora())
            continue;
        // "transformer_blocks.{i}.{module}" → diffusion_model.transformer_blocks.{i}.{module}.lora_{A,B}.weight.
        // The official fuser applies W + B·A with no alpha/r factor: fold the scale into B.
        const QString base = QString::fromLatin1(kLoraPrefix) + QString::fromStdString(name);
        addTensor(w, base + QStringLiteral(".lora_A.weight"), layer->loraA(), TensorDType::BF16);
        addTensor(w, base + QStringLiteral(".lora_B.weight"), layer->loraB() * layer->loraScale(), TensorDType::BF16);
    }
    w.setMetadata(QStringLiteral("base_model"), meta.baseModel);
    w.setMetadata(QStringLiteral("rank"), QString::number(meta.rank));
    w.setMetadata(QStringLiteral("alpha"), QString::number(meta.rank));
    w.setMetadata(QStringLiteral("trigger_phrase"), meta.triggerPhrase);
    w.setMetadata(QStringLiteral("training_type"), QStringLiteral("ic-lora-a2a"));
    w.setMetadata(QStringLiteral("reference_positions"), meta.referencePositions);
    // musubi-tuner's names for the same facts, so its tools and users read our LoRAs the same way.
    w.setMetadata(QStringLiteral("ss_audio_ref_ic_training"), QStringLiteral("true"));
    w.setMetadata(QStringLiteral("ss_audio_ref_use_negative_positions"),
                  meta.referencePositions == QLatin1String("negative") ? QStringLiteral("true") : QStringLiteral("false"));
    w.setMetadata(QStringLiteral("steps"), QString::number(meta.steps));
    w.setMetadata(QStringLiteral("bucket_seconds"), QString::number(meta.bucketSeconds));
    w.setMetadata(QStringLiteral("format"), QStringLiteral("pt"));
    return w.write(path);
}

QString checkLoraFile(const QString &path, const ModelConfig &base, int rank)
{
    QString error;
    const auto f = SafetensorsFile::open(path, &error);
    if (!f)
        return error;
    QMap<QString, std::vector<int64_t>> baseShapes;
    for (const TensorSpec &t : audioTransformerTensors(base))
        baseShapes.insert(t.name, t.shape);
    const QString prefix = QString::fromLatin1(kLoraPrefix);
    int count = 0;
    for (const QString &key : f->tensorNames()) {
        const TensorInfo *t = f->info(key);
        if (t->dtype != TensorDType::BF16)
            return QStringLiteral("%1 is %2, expected BF16").arg(key, dtypeName(t->dtype));
        const bool isA = key.endsWith(QLatin1String(".lora_A.weight"));
        if (!key.startsWith(prefix) || (!isA && !key.endsWith(QLatin1String(".lora_B.weight"))))
            return QStringLiteral("%1 is not a LoRA key of the LTX/ComfyUI format").arg(key);
        const QString module = key.mid(prefix.size()).chopped(QStringLiteral(".lora_A.weight").size());
        const auto weight = baseShapes.constFind(module + QStringLiteral(".weight"));
        bool targeted = false;
        for (const QString &m : loraTargetModules())
            targeted = targeted || module.endsWith(m);
        if (weight == baseShapes.constEnd() || !targeted)
            return QStringLiteral("%1 does not name an audio LoRA target of the base model").arg(key);
        const std::vector<int64_t> want = isA ? std::vector<int64_t>{rank, (*weight)[1]} : std::vector<int64_t>{(*weight)[0], rank};
        if (t->shape != want)
            return QStringLiteral("%1 has the wrong shape").arg(key);
        ++count;
    }
    if (count != base.numLayers * int(loraTargetModules().size()) * 2)
        return QStringLiteral("the LoRA has %1 tensors, expected %2").arg(count).arg(base.numLayers * loraTargetModules().size() * 2);
    for (const char *k : {"training_type", "rank", "trigger_phrase", "base_model", "reference_positions"})
        if (!f->metadata().contains(QLatin1String(k)))
            return QStringLiteral("the LoRA metadata lacks %1").arg(QLatin1String(k));
    return {};
}

QString readLoraFile(const QString &path, AudioTransformer &model, QString *referencePositions, double *bucketSeconds)
{
    QString error;
    const auto file = SafetensorsFile::open(path, &error);
    if (!file)
        return error;
    if (referencePositions)
        *referencePositions = file->metadata().value(QStringLiteral("reference_positions"), QStringLiteral("overlap"));
    if (bucketSeconds)
        *bucketSeconds = file->metadata().value(QStringLiteral("bucket_seconds")).toDouble();
    auto gen = at::detail::createCPUGenerator(0);
    int loaded = 0;
    torch::NoGradGuard ng;
    for (auto &[name, layer] : model.loraTargets()) {
        const QString base = QString::fromLatin1(kLoraPrefix) + QString::fromStdString(name);
        const auto a = readTensor(*file, base + QStringLiteral(".lora_A.weight"));
        const auto b = readTensor(*file, base + QStringLiteral(".lora_B.weight"));
        if (!a.defined() || !b.defined())
            continue;
        if (a.size(1) != layer->weight.size(1) || b.size(0) != layer->weight.size(0) || a.size(0) != b.size(1))
            return QStringLiteral("%1 does not fit this base model (%2)").arg(path, base);
        layer->enableLora(int(a.size(0)), double(a.size(0)), gen);  // scale 1: B already carries alpha/r
        layer->loraA().copy_(a);
        layer->loraB().copy_(b);
        ++loaded;
    }
    if (loaded == 0)
        return QStringLiteral("%1 holds no LoRA weights for this base model's audio modules").arg(path);
    return {};
}

QString writeConfigFile(const QString &path, const TrainingRequest &request, const LoraMetadata &meta, const QJsonObject &extra)
{
    QJsonObject o{{QStringLiteral("trigger_phrase"), request.triggerPhrase},
                  {QStringLiteral("training_type"), QStringLiteral("ic-lora-a2a")},
                  {QStringLiteral("base_model"), meta.baseModel},
                  {QStringLiteral("reference_positions"), meta.referencePositions},
                  {QStringLiteral("lora_alpha"), meta.rank},
                  {QStringLiteral("parameters"), request.toJson()}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
    f.write(QJsonDocument(o).toJson());
    return f.commit() ? QString() : QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
}

QString writeCombinedAudio(const QString &path, const QStringList &wavs, double gapSeconds)
{
    AudioBuffer all;
    for (const QString &wav : wavs) {
        const DecodeResult r = decodeAudioFile(wav);
        if (!r.ok())
            continue;
        if (all.sampleRate == 0) {
            all.sampleRate = r.audio.sampleRate;
            all.channels = r.audio.channels;
        } else {
            all.samples.insert(all.samples.end(), size_t(gapSeconds * all.sampleRate) * size_t(all.channels), 0.f);
        }
        if (r.audio.channels == all.channels && r.audio.sampleRate == all.sampleRate)
            all.samples.insert(all.samples.end(), r.audio.samples.begin(), r.audio.samples.end());
    }
    if (all.sampleRate == 0)
        return QStringLiteral("no preview audio to combine");
    return writeAudioFile(path, all);
}

QString writeDebugDataset(const QString &zipPath, const TrainingSet &set, const AudioCodec &codec, const PrepareOptions &prepare,
                          const CuratedDataset &dataset)
{
    QTemporaryDir scratch;
    ZipWriter zip(zipPath);
    QJsonArray pairs;
    bool ok = zip.isOpen();
    std::vector<const TrainingExample *> all;
    for (const TrainingExample &ex : set.train)
        all.push_back(&ex);
    if (set.heldOut)
        all.push_back(&*set.heldOut);
    for (const TrainingExample *ex : all) {
        const DatasetPair *pair = nullptr;
        for (const DatasetPair &p : dataset.pairs)
            if (p.name == ex->name)
                pair = &p;
        if (!pair)
            continue;
        for (const bool isRef : {true, false}) {
            const ClipRef &clip = isRef ? pair->reference : pair->target;
            const PreparedClip prepared = prepareClip(clip, prepare);
            const QString stem = ex->name + (isRef ? QStringLiteral("_start") : QStringLiteral("_end"));
            const QString wav = scratch.filePath(stem + QStringLiteral(".wav"));
            const QString lat = scratch.filePath(stem + QStringLiteral(".safetensors"));
            ok = ok && writeAudioFile(wav, prepared.audio).isEmpty() && writeTensors(lat, {{QStringLiteral("tokens"), isRef ? ex->reference : ex->target}}).isEmpty();
            ok = ok && zip.addFile(QStringLiteral("audio/") + stem + QStringLiteral(".wav"), wav)
                 && zip.addFile(QStringLiteral("latents/") + stem + QStringLiteral(".safetensors"), lat);
        }
        ok = ok && zip.add(QStringLiteral("captions/") + ex->name + QStringLiteral(".txt"), ex->caption.toUtf8() + '\n');
        pairs.append(QJsonObject{{QStringLiteral("name"), ex->name},
                                 {QStringLiteral("caption"), ex->caption},
                                 {QStringLiteral("held_out"), set.heldOut && ex == &*set.heldOut},
                                 {QStringLiteral("reference_tokens"), qint64(ex->reference.size(0))},
                                 {QStringLiteral("target_tokens"), qint64(ex->target.size(0))}});
    }
    const QJsonObject manifest{{QStringLiteral("codec"), codec.name()},
                               {QStringLiteral("sample_rate"), prepare.sampleRate},
                               {QStringLiteral("bucket_seconds"), prepare.fit.bucketSeconds},
                               {QStringLiteral("token_width"), codec.tokenWidth()},
                               {QStringLiteral("pairs"), pairs}};
    ok = ok && zip.add(QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
    if (!ok)
        return QStringLiteral("cannot write the debug dataset %1: %2").arg(zipPath, zip.error());
    return zip.commit();
}

}  // namespace a2a
