// IC-LoRA training on a tiny base: the loss falls and is clearly worse without the reference,
// resume continues the exact loss curve, cancel saves a checkpoint, a NaN stops cleanly, and
// every output file is present and well-formed.

#include "support/TestMain.h"
#include "support/TestModels.h"
#include "support/TestSignals.h"

#include "dataset/DatasetIngestor.h"
#include "model/BaseModelLoader.h"
#include "model/CheckpointKeys.h"
#include "training/FlowMatching.h"
#include "training/IcLoraStrategy.h"
#include "training/OutputWriter.h"
#include "training/TrainingJob.h"

#include <QDir>

#include <cmath>
#include "support/TestPairs.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <quazip.h>

using namespace a2a;

namespace {

struct Recorder {
    QList<double> losses;
    QList<ValidationReport> validations;
    TrainingCallbacks callbacks(std::function<bool()> stop = {})
    {
        TrainingCallbacks cb;
        cb.onStep = [this](const StepReport &r) { losses << r.loss; };
        cb.onValidation = [this](const ValidationReport &r) { validations << r; };
        cb.shouldStop = std::move(stop);
        return cb;
    }
};

}  // namespace

class TestTrainer : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base;
    CuratedDataset m_dataset;

    TrainingJobConfig config(const QString &name, int steps)
    {
        TrainingJobConfig c;
        c.request.numberOfSteps = 100;  // the service's minimum; runs below stop earlier via shouldStop or use it
        c.request.numberOfSteps = std::max(steps, 100);
        c.request.rank = 8;
        c.request.learningRate = 2e-3;
        c.request.audioDurationSeconds = 2.0;
        c.request.triggerPhrase = QStringLiteral("l0wpass");
        c.outputDir = m_dir.filePath(name);
        c.basePath = m_base;
        c.checkpointInterval = 20;
        c.validationInterval = 50;
        c.validationSteps = 3;
        c.cfgScale = 1.0;
        c.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        torch::manual_seed(3);
        AudioTransformer model(test::tinyModelConfig(), torch::kFloat32);
        m_base = m_dir.filePath(QStringLiteral("base.safetensors"));
        QCOMPARE(saveBaseModel(m_base, model), QString());
        test::writeLowPassPairs(m_dir.filePath(QStringLiteral("pairs")), 6, 2.0);
        m_dataset = ingestDataset(m_dir.filePath(QStringLiteral("pairs")), IngestOptions{}, {}).dataset;
        QCOMPARE(m_dataset.pairs.size(), 6);
    }

    void lossFallsAndNeedsTheReference()
    {
        // The IC-LoRA pieces directly: same steps with and without the reference in the sequence.
        const auto codec = makeMelCodec();
        const auto text = makeHashingTextEncoder(HashingTextEncoderConfig{});
        PrepareOptions prepare;
        prepare.fit.bucketSeconds = 2.0;
        TrainingSet set = prepareTrainingSet(m_dataset, prepare, *codec, *text, LatentCache(QString()), {});
        QVERIFY(set.error.isEmpty());
        QCOMPARE(int(set.train.size()), 5);
        QVERIFY(set.heldOut.has_value());

        // loraOnly: the request's setting (frozen base). Otherwise every weight trains, which on a
        // random base shows within seconds whether the reference reaches the target tokens.
        auto train = [&](bool withReference, bool loraOnly, int steps, double lr) {
            BaseModelLoadResult base = loadBaseModel(m_base);
            AudioTransformer &model = *base.model;
            auto gen = at::detail::createCPUGenerator(1);
            std::vector<torch::Tensor> params;
            if (loraOnly) {
                for (auto &p : model.module().parameters())
                    p.requires_grad_(false);
                for (auto &[n, layer] : model.loraTargets()) {
                    layer->enableLora(16, 16.0, gen);
                    params.push_back(layer->loraA().requires_grad_(true));
                    params.push_back(layer->loraB().requires_grad_(true));
                }
            } else {
                params = model.module().parameters();
            }
            torch::optim::AdamW opt(params, torch::optim::AdamWOptions(lr).weight_decay(0.01));
            auto evalLoss = [&] {
                torch::NoGradGuard ng;
                double sum = 0;
                for (int k = 0; k < 20; ++k) {
                    auto g = at::detail::createCPUGenerator(9000 + uint64_t(k));
                    const TrainingExample &ex = set.train[size_t(k % set.train.size())];
                    const auto sigma = torch::full({1}, 0.7 + 0.0125 * k);  // high σ: the noisy target alone says little
                    const IcLoraBatch b = buildIcLoraBatch(ex, sigma, g, ReferencePositions::Overlap, withReference);
                    sum += icLoraLoss(model.forward(b.tokens), b).item<double>();
                }
                return sum / 20;
            };
            const double before = evalLoss();
            for (int step = 1; step <= steps; ++step) {
                auto g = at::detail::createCPUGenerator(uint64_t(step));
                const TrainingExample &ex = set.train[size_t(step % set.train.size())];
                const auto sigma = sampleTrainingSigmas(1, ex.target.size(0), g);
                const IcLoraBatch b = buildIcLoraBatch(ex, sigma, g, ReferencePositions::Overlap, withReference);
                auto loss = icLoraLoss(model.forward(b.tokens), b);
                opt.zero_grad();
                loss.backward();
                torch::nn::utils::clip_grad_norm_(params, 1.0);
                opt.step();
            }
            return std::make_pair(before, evalLoss());
        };
        const auto [loraBefore, loraAfter] = train(true, true, 300, 3e-3);
        qInfo("LoRA eval loss %.3f → %.3f", loraBefore, loraAfter);
        QVERIFY(loraAfter < 0.8 * loraBefore);
        const auto [refBefore, refAfter] = train(true, false, 600, 2e-3);
        const auto [noRefBefore, noRefAfter] = train(false, false, 600, 2e-3);
        qInfo("full eval loss with reference %.3f → %.3f, without %.3f → %.3f", refBefore, refAfter, noRefBefore, noRefAfter);
        QVERIFY(refAfter < 0.85 * noRefAfter);
    }

    void loraFileRoundTrip()
    {
        // Saved in bf16 with alpha/r folded into B; loaded back with scale 1 the model computes the
        // same output (to bf16 precision) as the one that saved it.
        BaseModelLoadResult a = loadBaseModel(m_base);
        auto gen = at::detail::createCPUGenerator(5);
        for (auto &[n, layer] : a.model->loraTargets()) {
            layer->enableLora(8, 16.0, gen);  // alpha 2 × rank: the fold must matter
            torch::NoGradGuard ng;
            layer->loraB().normal_(0, 0.05);
        }
        LoraMetadata meta;
        meta.baseModel = QStringLiteral("base.safetensors");
        meta.rank = 8;
        meta.bucketSeconds = 2.0;
        meta.referencePositions = QStringLiteral("negative");
        const QString path = m_dir.filePath(QStringLiteral("roundtrip_lora.safetensors"));
        QCOMPARE(writeLoraFile(path, *a.model, meta), QString());
        QCOMPARE(checkLoraFile(path, test::tinyModelConfig(), 8), QString());
        BaseModelLoadResult b = loadBaseModel(m_base);
        QString positions;
        double bucket = 0;
        QCOMPARE(readLoraFile(path, *b.model, &positions, &bucket), QString());
        QCOMPARE(positions, QStringLiteral("negative"));
        QCOMPARE(bucket, 2.0);
        torch::NoGradGuard ng;
        AudioTokens in;
        in.latent = torch::randn({1, 20, 128});
        in.sigma = torch::full({1}, 0.5);
        in.timesteps = torch::full({1, 20}, 0.5);
        in.positions = audioLatentPositions(1, 20);
        in.context = torch::randn({1, 4, 64});
        const auto ya = a.model->forward(in), yb = b.model->forward(in);
        QVERIFY2((ya - yb).abs().max().item<double>() < 2e-2 * ya.abs().max().item<double>(), "loaded LoRA differs");
        for (auto &[n, layer] : b.model->loraTargets())
            layer->setLoraActive(false);
        QVERIFY((b.model->forward(in) - ya).abs().max().item<double>() > 1e-3);  // and the LoRA did something
        // A LoRA for another base is refused with a reason.
        ModelConfig other = test::tinyModelConfig();
        other.numHeads = 2;
        other.crossAttentionDim = 32;
        AudioTransformer wrong(other, torch::kFloat32);
        QVERIFY(readLoraFile(path, wrong).contains(QStringLiteral("does not fit")));
    }

    void fullRunWritesEveryOutput()
    {
        TrainingJobConfig c = config(QStringLiteral("full"), 100);
        c.request.debugDataset = true;
        Recorder rec;
        const TrainingResult r = runTrainingJob(m_dataset, c, rec.callbacks());
        QVERIFY2(r.outcome == TrainingOutcome::Finished, qPrintable(r.error));
        QCOMPARE(rec.losses.size(), 100);
        QCOMPARE(rec.validations.size(), 3);  // step 0 (base alone), 50, 100
        QCOMPARE(rec.validations.first().step, 0);
        QVERIFY(!rec.validations.first().previews.first().withLora);
        QVERIFY(rec.validations.last().heldOutRatio > 0);
        // lora_file: bf16, the ComfyUI/LTX key format, metadata, passes the self-check.
        QCOMPARE(checkLoraFile(r.loraFile, test::tinyModelConfig(), 8), QString());
        QString error;
        const auto lora = SafetensorsFile::open(r.loraFile, &error);
        QVERIFY(lora);
        QVERIFY(lora->contains(loraKey(1, QStringLiteral("audio_ff.net.2"), false)));
        QCOMPARE(lora->metadata().value(QStringLiteral("training_type")), QStringLiteral("ic-lora-a2a"));
        QCOMPARE(lora->metadata().value(QStringLiteral("trigger_phrase")), QStringLiteral("l0wpass"));
        QCOMPARE(lora->metadata().value(QStringLiteral("reference_positions")), QStringLiteral("overlap"));
        // config_file
        QFile cf(r.configFile);
        QVERIFY(cf.open(QIODevice::ReadOnly));
        const QJsonObject config = QJsonDocument::fromJson(cf.readAll()).object();
        QCOMPARE(config.value(QStringLiteral("trigger_phrase")).toString(), QStringLiteral("l0wpass"));
        QCOMPARE(config.value(QStringLiteral("parameters")).toObject().value(QStringLiteral("rank")).toInt(), 8);
        // audio: three previews of 41/24 s (the largest 8k+1 frames within the 2 s bucket) with 0.5 s gaps
        const DecodeResult audio = decodeAudioFile(r.audioFile);
        QVERIFY(audio.ok());
        QCOMPARE(c.request.previewFrames(), 41);
        QVERIFY(std::abs(audio.audio.durationSeconds() - (3 * c.request.previewSeconds() + 2 * 0.5)) < 0.05);
        // debug_dataset
        QuaZip zip(r.debugDataset);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        const QStringList names = zip.getFileNameList();
        QVERIFY(names.contains(QStringLiteral("manifest.json")));
        QVERIFY(names.contains(QStringLiteral("latents/p0_start.safetensors")));
        QVERIFY(names.contains(QStringLiteral("audio/p0_end.wav")));
        QVERIFY(names.contains(QStringLiteral("captions/p0.txt")));
        // Never two runs in one folder.
        QCOMPARE(runTrainingJob(m_dataset, c, {}).outcome, TrainingOutcome::Failed);
    }

    void resumeContinuesTheSameCurve()
    {
        TrainingJobConfig c = config(QStringLiteral("straight"), 100);
        Recorder straight;
        QCOMPARE(runTrainingJob(m_dataset, c, straight.callbacks()).outcome, TrainingOutcome::Finished);

        c.outputDir = m_dir.filePath(QStringLiteral("interrupted"));
        Recorder first;
        const TrainingResult stopped = runTrainingJob(m_dataset, c, first.callbacks([&] { return first.losses.size() >= 30; }));
        QCOMPARE(stopped.outcome, TrainingOutcome::Stopped);
        QCOMPARE(stopped.stepsDone, 30);
        QVERIFY(!QFile::exists(QDir(c.outputDir).filePath(QStringLiteral("lora_file.safetensors"))));
        const QString step20 = QDir(c.outputDir).filePath(QStringLiteral("checkpoints/step_00020/manifest.json"));
        QVERIFY(QFile::exists(step20));
        const QDateTime step20Time = QFileInfo(step20).lastModified();

        Recorder second;
        const TrainingResult resumed = resumeTrainingJob(c.outputDir, second.callbacks());
        QVERIFY2(resumed.outcome == TrainingOutcome::Finished, qPrintable(resumed.error));
        QCOMPARE(second.losses.size(), 70);
        const QList<double> joined = first.losses + second.losses;
        for (int i = 0; i < 100; ++i)
            QVERIFY2(std::abs(joined[i] - straight.losses[i]) < 1e-5,
                     qPrintable(QStringLiteral("step %1: %2 vs %3").arg(i + 1).arg(joined[i]).arg(straight.losses[i])));
        QVERIFY(!QFile::exists(step20) || QFileInfo(step20).lastModified() == step20Time);  // pruned or untouched
        QVERIFY(QDir(QDir(c.outputDir).filePath(QStringLiteral("checkpoints"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() >= 2);
    }

    void stopDuringAPreviewKeepsTheStepItFinished()
    {
        // A stop that arrives while the step-50 preview renders (checkpoints every 20): the run
        // keeps step 50, says so, and a resume continues from 51 on the uninterrupted curve.
        TrainingJobConfig c = config(QStringLiteral("stop_in_preview"), 100);
        Recorder straight;
        c.outputDir = m_dir.filePath(QStringLiteral("stop_in_preview_straight"));
        QCOMPARE(runTrainingJob(m_dataset, c, straight.callbacks()).outcome, TrainingOutcome::Finished);
        c.outputDir = m_dir.filePath(QStringLiteral("stop_in_preview"));
        Recorder first;
        const TrainingResult stopped = runTrainingJob(m_dataset, c, first.callbacks([&] { return first.losses.size() >= 50; }));
        QCOMPARE(stopped.outcome, TrainingOutcome::Stopped);
        QCOMPARE(first.losses.size(), 50);  // the stop came after step 50, inside its validation
        QCOMPARE(stopped.stepsDone, 50);
        QVERIFY(QFile::exists(QDir(c.outputDir).filePath(QStringLiteral("checkpoints/step_00050/manifest.json"))));
        Recorder second;
        const TrainingResult resumed = resumeTrainingJob(c.outputDir, second.callbacks());
        QVERIFY2(resumed.outcome == TrainingOutcome::Finished, qPrintable(resumed.error));
        QCOMPARE(second.losses.size(), 50);
        const QList<double> joined = first.losses + second.losses;
        for (int i = 0; i < 100; ++i)
            QVERIFY2(std::abs(joined[i] - straight.losses[i]) < 1e-5, qPrintable(QStringLiteral("step %1").arg(i + 1)));
    }

    void interruptedSaveIsIgnored()
    {
        // A checkpoint folder without its manifest (power cut mid-save) is not resumed from.
        TrainingJobConfig c = config(QStringLiteral("torn"), 100);
        Recorder rec;
        QCOMPARE(runTrainingJob(m_dataset, c, rec.callbacks([&] { return rec.losses.size() >= 20; })).outcome, TrainingOutcome::Stopped);
        const QString torn = QDir(c.outputDir).filePath(QStringLiteral("checkpoints/step_00025"));
        QDir().mkpath(torn);
        QFile junk(torn + QStringLiteral("/lora.safetensors"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("half");
        junk.close();
        Recorder more;
        QVERIFY(resumeTrainingJob(c.outputDir, more.callbacks([&] { return more.losses.size() >= 1; })).outcome == TrainingOutcome::Stopped);
        QCOMPARE(more.losses.size(), 1);  // continued with step 21, from the complete checkpoint of step 20
    }

    void nanStopsCleanly()
    {
        TrainingJobConfig c = config(QStringLiteral("nan"), 100);
        c.injectNanAtStep = 7;
        Recorder rec;
        const TrainingResult r = runTrainingJob(m_dataset, c, rec.callbacks());
        QCOMPARE(r.outcome, TrainingOutcome::Failed);
        QVERIFY(r.error.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
        QVERIFY(r.error.contains(QStringLiteral("learning rate")));
        QCOMPARE(rec.losses.size(), 6);
        QVERIFY(!QFile::exists(QDir(c.outputDir).filePath(QStringLiteral("lora_file.safetensors"))));
    }

    void refusedDatasetNeverStarts()
    {
        TrainingJobConfig c = config(QStringLiteral("refused"), 100);
        c.request.audioDurationSeconds = 10.0;  // every clip is 2 s
        const TrainingResult r = runTrainingJob(m_dataset, c, {});
        QCOMPARE(r.outcome, TrainingOutcome::Failed);
        QVERIFY(r.error.contains(QStringLiteral("no pair fills")));
        QVERIFY(!QFile::exists(QDir(c.outputDir).filePath(QStringLiteral("checkpoints"))));
    }
};

A2A_TEST_MAIN(TestTrainer)
#include "test_trainer.moc"
