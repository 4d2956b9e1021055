// The training loop of an a2a IC-LoRA run (spec §7–9): frozen base, LoRA (alpha = rank) on the
// audio attention and FF modules, AdamW (0.9, 0.999, wd 0.01), linear LR decay to 0.1×, grad
// clip 1.0, per-step seeded randomness (so a resumed run draws exactly what an uninterrupted one
// would), checkpoints, validations and outputs.

#include "TrainingJob.h"

#include "Checkpoints.h"
#include "FlowMatching.h"
#include "IcLoraStrategy.h"
#include "OutputWriter.h"
#include "TrainingData.h"
#include "ValidationRunner.h"
#include "dataset/DatasetExporter.h"
#include "dataset/DatasetIngestor.h"
#include "RunBase.h"
#include "model/BaseModelLoader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

#include <cmath>

namespace a2a {
namespace {

const QString kRunFile = QStringLiteral("run.json");
const QString kDatasetSnapshot = QStringLiteral("dataset.zip");

QJsonObject configToJson(const TrainingJobConfig &c)
{
    QJsonArray validation;
    for (const auto &[prompt, path] : c.validationInputs)
        validation.append(QJsonObject{{QStringLiteral("prompt"), prompt}, {QStringLiteral("path"), path}});
    return QJsonObject{{QStringLiteral("request"), c.request.toJson()},
                       {QStringLiteral("base_path"), c.basePath},
                       {QStringLiteral("text_encoder_path"), c.textEncoderPath},
                       {QStringLiteral("reference_positions"), c.referencePositions},
                       {QStringLiteral("checkpoint_interval"), c.checkpointInterval},
                       {QStringLiteral("keep_checkpoints"), c.keepCheckpoints},
                       {QStringLiteral("validation_interval"), c.validationInterval},
                       {QStringLiteral("validation_steps"), c.validationSteps},
                       {QStringLiteral("cfg_scale"), c.cfgScale},
                       {QStringLiteral("threads"), c.threads},
                       {QStringLiteral("device"), c.device},
                       {QStringLiteral("seed"), QString::number(c.seed)},
                       {QStringLiteral("cache_dir"), c.cacheDir},
                       {QStringLiteral("time_shift"), c.timeShift},
                       {QStringLiteral("validation_inputs"), validation}};
}

bool configFromJson(const QJsonObject &o, TrainingJobConfig *c, QString *error)
{
    const RequestParseResult parsed = parseTrainingRequest(o.value(QStringLiteral("request")).toObject(), false);
    if (!parsed.ok()) {
        *error = formatRequestErrors(parsed.errors);
        return false;
    }
    c->request = parsed.request;
    c->basePath = o.value(QStringLiteral("base_path")).toString();
    c->textEncoderPath = o.value(QStringLiteral("text_encoder_path")).toString();
    c->referencePositions = o.value(QStringLiteral("reference_positions")).toString(QStringLiteral("overlap"));
    c->checkpointInterval = o.value(QStringLiteral("checkpoint_interval")).toInt(250);
    c->keepCheckpoints = o.value(QStringLiteral("keep_checkpoints")).toInt(2);
    c->validationInterval = o.value(QStringLiteral("validation_interval")).toInt(0);
    c->validationSteps = o.value(QStringLiteral("validation_steps")).toInt(0);
    c->cfgScale = o.value(QStringLiteral("cfg_scale")).toDouble(-1.0);
    c->threads = o.value(QStringLiteral("threads")).toInt(1);
    c->device = o.value(QStringLiteral("device")).toString(QStringLiteral("auto"));
    c->seed = o.value(QStringLiteral("seed")).toString(QStringLiteral("42")).toULongLong();
    c->cacheDir = o.value(QStringLiteral("cache_dir")).toString();
    c->timeShift = o.value(QStringLiteral("time_shift")).toBool(false);  // runs from before it existed trained without
    for (const QJsonValue &v : o.value(QStringLiteral("validation_inputs")).toArray())
        c->validationInputs.append({v.toObject().value(QStringLiteral("prompt")).toString(), v.toObject().value(QStringLiteral("path")).toString()});
    return true;
}

bool writeJsonFile(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(o).toJson()) > 0 && f.commit();
}

// The example of a step: a fresh seeded permutation per epoch, so the order is a function of
// (seed, step) alone.
int exampleForStep(int step, int count, uint64_t seed)
{
    const int epoch = (step - 1) / count;
    auto gen = at::detail::createCPUGenerator(seed * 7919 + uint64_t(epoch));
    const auto perm = torch::randperm(count, gen);
    return int(perm[(step - 1) % count].item<int64_t>());
}

class Run {
public:
    Run(const CuratedDataset &ds, const TrainingJobConfig &cfg, const TrainingCallbacks &cb) : m_ds(ds), m_cfg(cfg), m_cb(cb) {}

    TrainingResult execute(bool resume)
    {
        try {
            return executeUnguarded(resume);
        } catch (const c10::Error &e) {
            return fail(QStringLiteral("the engine stopped with an error: %1").arg(QString::fromStdString(e.what_without_backtrace())));
        } catch (const std::exception &e) {
            return fail(QStringLiteral("the engine stopped with an error: %1").arg(QString::fromUtf8(e.what())));
        }
    }

private:
    void log(const QString &line) const
    {
        if (m_cb.onLog)
            m_cb.onLog(line);
    }
    bool stopRequested() const { return m_cb.shouldStop && m_cb.shouldStop(); }
    TrainingResult fail(const QString &error)
    {
        m_result.outcome = TrainingOutcome::Failed;
        m_result.error = error;
        return m_result;
    }

    TrainingResult executeUnguarded(bool resume)
    {
        const TrainingRequest &req = m_cfg.request;
        torch::set_num_threads(std::max(1, m_cfg.threads));
        QDir().mkpath(m_cfg.outputDir);
        Checkpoints checkpoints(m_cfg.outputDir, m_cfg.keepCheckpoints);
        if (!resume && checkpoints.newestComplete() > 0)
            return fail(QStringLiteral("%1 already holds a training run; resume it (a2a-train resume) or choose a new output folder").arg(m_cfg.outputDir));

        torch::Device device(torch::kCPU);
        QString deviceError;
        if (!resolveDevice(m_cfg.device, &device, &deviceError))
            return fail(deviceError);
        RunBaseOptions baseOptions;
        baseOptions.basePath = m_cfg.basePath;
        baseOptions.textEncoderPath = m_cfg.textEncoderPath;
        baseOptions.device = device;
        baseOptions.cacheDir = m_cfg.cacheDir;
        RunBase base = loadRunBase(baseOptions);
        if (!base.ok())
            return fail(base.error);
        if (!base.summary.isEmpty())
            log(base.summary);
        AudioTransformer &model = *base.model;
        const ModelConfig &mc = model.config();
        if (m_cfg.referencePositions.isEmpty())
            m_cfg.referencePositions = defaultReferencePositions(base.metadata);
        {
            ReferencePositions parsed;
            if (!parseReferencePositions(m_cfg.referencePositions, &parsed))
                return fail(QStringLiteral("unknown reference positions \"%1\": use overlap or negative").arg(m_cfg.referencePositions));
            m_cfg.referencePositions = referencePositionsName(parsed);  // "before" is stored as "negative"
        }
        const auto &codec = base.codec;
        const auto &text = base.text;

        if (!resume) {
            // Everything needed to resume lives in the run folder: the settings and the curated dataset.
            const ExportResult snapshot = exportDatasetZip(m_ds, QDir(m_cfg.outputDir).filePath(kDatasetSnapshot));
            if (!snapshot.ok)
                return fail(QStringLiteral("cannot save the dataset snapshot: %1").arg(snapshot.error));
            if (!writeJsonFile(QDir(m_cfg.outputDir).filePath(kRunFile), configToJson(m_cfg)))
                return fail(QStringLiteral("cannot write %1 in %2").arg(kRunFile, m_cfg.outputDir));
        }

        PrepareOptions prepare;
        prepare.fit.bucketSeconds = req.audioDurationSeconds;
        prepare.fit.preservePitch = req.audioPreservePitch;
        prepare.normalize = req.audioNormalize;
        prepare.sampleRate = codec->convertsInput() ? 0 : codec->sampleRate();
        const LatentCache cache(m_cfg.cacheDir.isEmpty() ? defaultLatentCacheDir() : m_cfg.cacheDir);
        // Every text the run needs, encoded before training starts (the real Gemma-3 streams its
        // weights once for all of them; later runs find them in the cache).
        {
            QStringList texts;
            for (const DatasetPair &p : m_ds.pairs)
                if (!p.excluded)
                    texts << m_ds.finalCaption(p);
            for (const auto &[prompt, path] : m_cfg.validationInputs)
                texts << prompt;
            texts << req.validationNegativePrompt;
            texts.removeDuplicates();
            QString textError;
            const bool encoded = text->prepare(texts, [this](int done, int total) {
                if (m_cb.onProgress)
                    m_cb.onProgress(QStringLiteral("Encoding text"), done, total);
                return !stopRequested();
            }, &textError);
            if (!encoded) {
                if (stopRequested()) {
                    m_result.outcome = TrainingOutcome::Stopped;
                    return m_result;
                }
                return fail(textError);
            }
        }
        TrainingSet set = prepareTrainingSet(m_ds, prepare, *codec, *text, cache, m_cb);
        if (!set.error.isEmpty())
            return fail(set.error);
        if (stopRequested()) {
            m_result.outcome = TrainingOutcome::Stopped;
            return m_result;
        }
        if (set.train.empty())
            return fail(QStringLiteral("no pair left to train on"));
        log(QStringLiteral("training on %1 pair(s)%2").arg(set.train.size()).arg(set.heldOut ? QStringLiteral(", holding out \"%1\"").arg(set.heldOut->name) : QString()));

        // LoRA: A Kaiming-uniform, B zero, alpha = rank; the base is frozen.
        auto loraGen = at::detail::createCPUGenerator(m_cfg.seed);
        for (auto &p : model.module().parameters())
            p.requires_grad_(false);
        std::vector<torch::Tensor> params;
        std::vector<std::pair<QString, torch::Tensor>> loraTensors;
        for (auto &[name, layer] : model.loraTargets()) {
            layer->enableLora(req.rank, double(req.rank), loraGen);
            layer->loraA().requires_grad_(true);
            layer->loraB().requires_grad_(true);
            params.push_back(layer->loraA());
            params.push_back(layer->loraB());
            loraTensors.emplace_back(QString::fromStdString(name) + QStringLiteral(".lora_A"), layer->loraA());
            loraTensors.emplace_back(QString::fromStdString(name) + QStringLiteral(".lora_B"), layer->loraB());
        }
        torch::optim::AdamW optimizer(params, torch::optim::AdamWOptions(req.learningRate).betas({0.9, 0.999}).eps(1e-8).weight_decay(0.01));

        int startStep = 0;
        QJsonObject state;
        if (resume) {
            startStep = checkpoints.newestComplete();
            if (startStep > 0) {
                if (const QString e = checkpoints.load(startStep, loraTensors, optimizer, &state); !e.isEmpty())
                    return fail(e);
                log(QStringLiteral("resuming from step %1").arg(startStep));
            }
        }

        ReferencePositions convention = ReferencePositions::Overlap;
        parseReferencePositions(m_cfg.referencePositions, &convention);  // checked above
        ValidationSetup vs;
        QList<QPair<QString, QString>> inputs = m_cfg.validationInputs;
        if (inputs.isEmpty()) {
            // No validation entries: preview a clip the LoRA never trained on when there is one.
            const QString name = set.heldOut ? set.heldOut->name : set.train.front().name;
            for (const DatasetPair &p : m_ds.pairs)
                if (p.name == name)
                    inputs.append({m_ds.finalCaption(p), p.reference.localPath});
        }
        if (const QString e = loadValidationInputs(inputs, req.previewSeconds(), *codec, *text, &vs.inputs); !e.isEmpty())
            return fail(e);
        vs.negative = text->encode(req.validationNegativePrompt);
        SamplerDefaults recommended = samplerDefaultsForBase(base.metadata);
        vs.guidance.cfgScale = m_cfg.cfgScale >= 0 ? m_cfg.cfgScale : recommended.cfgScale;
        vs.guidance.stgScale = req.stgScale;
        if (base.realLtx && device.is_cpu()) {
            // A real-size preview is 30 steps × 3 passes of a 2.4 TFLOP forward: half an hour per
            // preview on a laptop CPU. Fewer Euler steps and CFG without STG keep it to minutes.
            recommended.steps = std::min(recommended.steps, 8);
            vs.guidance.stgScale = 0.0;
            log(QStringLiteral("CPU with an LTX-2.3 base: previews use %1 Euler steps with CFG and no STG (--validation-steps and the request's stg_scale are the settings)")
                    .arg(m_cfg.validationSteps > 0 ? m_cfg.validationSteps : recommended.steps));
        }
        vs.guidance.stgBlocks = {mc.numLayers > 28 ? 28 : mc.numLayers / 2};  // LTX-2.3 uses block 28 of 48
        vs.guidance.steps = m_cfg.validationSteps > 0 ? m_cfg.validationSteps : recommended.steps;
        vs.previewTokens = AudioCodec::tokensForSeconds(req.previewSeconds());
        vs.seed = m_cfg.seed;
        vs.previewDir = QDir(m_cfg.outputDir).filePath(QStringLiteral("previews"));
        ValidationRunner validation(model, *codec, vs);
        const int total = req.numberOfSteps;
        const int validationEvery = m_cfg.validationInterval > 0 ? m_cfg.validationInterval : std::max(1, total / 4);

        auto validate = [&](int step, bool withLora) {
            const ValidationReport r = validation.run(step, withLora, set.heldOut, m_cb.shouldStop);
            if (r.step < 0)
                return false;
            m_result.finalHeldOutRatio = r.heldOutRatio;
            if (m_cb.onValidation)
                m_cb.onValidation(r);
            return true;
        };
        if (startStep == 0 && !validate(0, false)) {
            m_result.outcome = TrainingOutcome::Stopped;
            return m_result;
        }

        double avgStep = 0.0;
        int lastSaved = startStep;
        for (int step = startStep + 1; step <= total; ++step) {
            if (stopRequested()) {
                if (step - 1 > lastSaved)
                    if (const QString e = checkpoints.save(step - 1, loraTensors, optimizer, QJsonObject{{QStringLiteral("step"), step - 1}}); !e.isEmpty())
                        return fail(e);
                m_result.outcome = TrainingOutcome::Stopped;
                m_result.stepsDone = step - 1;
                return m_result;
            }
            QElapsedTimer timer;
            timer.start();
            const double lr = req.learningRate * (1.0 - 0.9 * double(step - 1) / double(total));
            for (auto &group : optimizer.param_groups())
                static_cast<torch::optim::AdamWOptions &>(group.options()).lr(lr);
            const TrainingExample &picked = set.train[size_t(exampleForStep(step, int(set.train.size()), m_cfg.seed))];
            auto gen = at::detail::createCPUGenerator(m_cfg.seed * 1000003 + uint64_t(step));
            const TrainingExample ex = m_cfg.timeShift ? shiftedJointly(picked, gen) : picked;
            const auto sigma = sampleTrainingSigmas(1, ex.target.size(0), gen);
            const IcLoraBatch batch = buildIcLoraBatch(ex, sigma, gen, convention);
            auto loss = icLoraLoss(model.forward(batch.tokens), batch);
            if (step == m_cfg.injectNanAtStep)
                loss = loss * std::numeric_limits<float>::quiet_NaN();
            const double lossValue = loss.item<double>();
            if (!std::isfinite(lossValue))
                return fail(QStringLiteral("the loss became %1 at step %2; training stopped and no LoRA was written. "
                                           "Lower the learning rate (now %3) or check the pairs for silent or broken clips; "
                                           "the last checkpoint (step %4) is kept")
                                .arg(lossValue).arg(step).arg(req.learningRate).arg(lastSaved));
            optimizer.zero_grad();
            loss.backward();
            const double gradNorm = torch::nn::utils::clip_grad_norm_(params, 1.0);
            if (!std::isfinite(gradNorm))
                return fail(QStringLiteral("the gradient became non-finite at step %1; lower the learning rate (now %2)").arg(step).arg(req.learningRate));
            optimizer.step();

            const double seconds = timer.nsecsElapsed() / 1e9;
            avgStep = avgStep == 0.0 ? seconds : 0.9 * avgStep + 0.1 * seconds;
            m_result.stepsDone = step;
            if (m_cb.onStep)
                m_cb.onStep(StepReport{step, total, lossValue, lr, seconds, avgStep * (total - step)});
            if (step % m_cfg.checkpointInterval == 0 || step == total) {
                if (const QString e = checkpoints.save(step, loraTensors, optimizer, QJsonObject{{QStringLiteral("step"), step}}); !e.isEmpty())
                    return fail(e);
                lastSaved = step;
            }
            if ((step % validationEvery == 0 || step == total) && !validate(step, true)) {
                // Stopped while a preview rendered: the step itself completed, so keep it. A
                // resume then continues from here instead of from the last periodic checkpoint.
                if (step > lastSaved)
                    if (const QString e = checkpoints.save(step, loraTensors, optimizer, QJsonObject{{QStringLiteral("step"), step}}); !e.isEmpty())
                        return fail(e);
                m_result.outcome = TrainingOutcome::Stopped;
                m_result.stepsDone = step;
                return m_result;
            }
        }
        return writeOutputs(model, set, *codec, prepare, base.configJson);
    }

    TrainingResult writeOutputs(AudioTransformer &model, const TrainingSet &set, const AudioCodec &codec, const PrepareOptions &prepare,
                                const QString &)
    {
        const QDir out(m_cfg.outputDir);
        LoraMetadata meta;
        meta.baseModel = QFileInfo(m_cfg.basePath).fileName();
        meta.rank = m_cfg.request.rank;
        meta.triggerPhrase = m_cfg.request.triggerPhrase;
        meta.referencePositions = m_cfg.referencePositions;
        meta.steps = m_cfg.request.numberOfSteps;
        meta.bucketSeconds = m_cfg.request.audioDurationSeconds;
        if (m_cb.onProgress)
            m_cb.onProgress(QStringLiteral("Saving"), 0, 4);
        m_result.loraFile = out.filePath(QStringLiteral("lora_file.safetensors"));
        if (const QString e = writeLoraFile(m_result.loraFile, model, meta); !e.isEmpty())
            return fail(e);
        if (const QString e = checkLoraFile(m_result.loraFile, model.config(), meta.rank); !e.isEmpty())
            return fail(QStringLiteral("the saved LoRA failed its self-check: %1").arg(e));
        m_result.configFile = out.filePath(QStringLiteral("config_file.json"));
        if (const QString e = writeConfigFile(m_result.configFile, m_cfg.request, meta,
                                              QJsonObject{{QStringLiteral("held_out_ratio"), m_result.finalHeldOutRatio},
                                                          {QStringLiteral("seed"), QString::number(m_cfg.seed)}});
            !e.isEmpty())
            return fail(e);
        QStringList previews;
        for (const QString &f : QDir(out.filePath(QStringLiteral("previews"))).entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name))
            previews << out.filePath(QStringLiteral("previews/") + f);
        m_result.audioFile = out.filePath(QStringLiteral("audio.wav"));
        if (const QString e = writeCombinedAudio(m_result.audioFile, previews); !e.isEmpty())
            return fail(e);
        if (m_cfg.request.debugDataset) {
            m_result.debugDataset = out.filePath(QStringLiteral("debug_dataset.zip"));
            if (const QString e = writeDebugDataset(m_result.debugDataset, set, codec, prepare, m_ds); !e.isEmpty())
                return fail(e);
        }
        m_result.outcome = TrainingOutcome::Finished;
        return m_result;
    }

    const CuratedDataset &m_ds;
    TrainingJobConfig m_cfg;
    TrainingCallbacks m_cb;
    TrainingResult m_result;
};

}  // namespace

TrainingResult runTrainingJob(const CuratedDataset &dataset, const TrainingJobConfig &config, const TrainingCallbacks &callbacks)
{
    return Run(dataset, config, callbacks).execute(false);
}

TrainingResult resumeTrainingJob(const QString &outputDir, const TrainingCallbacks &callbacks)
{
    TrainingResult result;
    QFile f(QDir(outputDir).filePath(kRunFile));
    if (!f.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("%1 holds no training run (no %2)").arg(outputDir, kRunFile);
        return result;
    }
    TrainingJobConfig config;
    if (!configFromJson(QJsonDocument::fromJson(f.readAll()).object(), &config, &result.error))
        return result;
    config.outputDir = outputDir;
    const IngestResult ingested = ingestDataset(QDir(outputDir).filePath(kDatasetSnapshot), IngestOptions{}, ProgressSink{});
    if (hasErrors(ingested.dataset.issues)) {
        result.error = QStringLiteral("the run's dataset snapshot cannot be read: %1").arg(ingested.dataset.issues.first().toText());
        return result;
    }
    return Run(ingested.dataset, config, callbacks).execute(true);
}

}  // namespace a2a
