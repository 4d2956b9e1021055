// A whole run on a real-layout LTX-2.3 base: a tiny checkpoint in the full layout (init-base
// --ltx-layout) with the tiny Gemma-3 folder of tests/data/ltx_text, trained through the core
// job and through the CLI: text encoding, latents from the real codec, training, previews,
// outputs, and a LoRA that loads back and changes what `infer` makes.

#include "audio/AudioDecoder.h"
#include "dataset/DatasetIngestor.h"
#include "model/LtxBaseWriter.h"
#include "model/LtxTextEncoder.h"
#include "model/ModelConfig.h"
#include "model/SafetensorsFile.h"
#include "model/TensorIO.h"
#include "support/TestPairs.h"
#include "training/Inference.h"
#include "training/OutputWriter.h"
#include "training/TrainingJob.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace a2a;

class TestLtxRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_base, m_gemma, m_pairs;
    CuratedDataset m_dataset;

    TrainingJobConfig config(const QString &name) const
    {
        TrainingJobConfig c;
        c.request.numberOfSteps = 100;  // the service's minimum
        c.request.rank = 8;
        c.request.learningRate = 2e-3;
        c.request.audioDurationSeconds = 2.0;
        c.request.triggerPhrase = QStringLiteral("l0wpass");
        c.outputDir = m_dir.filePath(name);
        c.basePath = m_base;
        c.textEncoderPath = m_gemma;
        c.checkpointInterval = 50;
        c.validationInterval = 50;
        c.validationSteps = 2;
        c.cfgScale = 1.0;
        c.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gemma = QStringLiteral(A2A_TEST_DATA_DIR "/ltx_text/gemma_tiny");
        QVERIFY2(QFileInfo::exists(m_gemma + QStringLiteral("/config.json")), qPrintable(m_gemma));
        m_base = m_dir.filePath(QStringLiteral("tiny_ltx.safetensors"));
        QCOMPARE(writeLtxLayoutBase(m_base, LtxLayoutBaseOptions{}), QString());
        m_pairs = m_dir.filePath(QStringLiteral("pairs"));
        test::writeLowPassPairs(m_pairs, 6, 2.0);
        m_dataset = ingestDataset(m_pairs, IngestOptions{}, {}).dataset;
        QCOMPARE(m_dataset.pairs.size(), 6);
        m_dataset.triggerPhrase = QStringLiteral("l0wpass");  // as the CLI and the app set it from the request
    }

    void aRunWithoutTheTextEncoderIsRefusedWithTheReason()
    {
        TrainingJobConfig c = config(QStringLiteral("no_text"));
        c.textEncoderPath.clear();
        const TrainingResult r = runTrainingJob(m_dataset, c, {});
        QCOMPARE(r.outcome, TrainingOutcome::Failed);
        QVERIFY2(r.error.contains(QLatin1String("Gemma-3")), qPrintable(r.error));
        QVERIFY(!QFileInfo::exists(QDir(c.outputDir).filePath(QStringLiteral("lora_file.safetensors"))));
    }

    void wholeRunThroughTheCoreJob()
    {
        TrainingJobConfig c = config(QStringLiteral("core"));
        QStringList stages;
        QList<double> losses;
        TrainingCallbacks cb;
        cb.onProgress = [&](const QString &stage, qint64, qint64) {
            if (!stages.contains(stage))
                stages << stage;
        };
        cb.onStep = [&](const StepReport &s) { losses << s.loss; };
        const TrainingResult r = runTrainingJob(m_dataset, c, cb);
        QVERIFY2(r.outcome == TrainingOutcome::Finished, qPrintable(r.error));
        QCOMPARE(losses.size(), 100);
        QVERIFY2(stages.contains(QStringLiteral("Encoding text")), qPrintable(stages.join(QLatin1Char(','))));
        // The LoRA is for this base's transformer, with the convention a real base defaults to.
        QString error;
        const auto lora = SafetensorsFile::open(r.loraFile, &error);
        QVERIFY2(lora, qPrintable(error));
        QCOMPARE(lora->metadata().value(QStringLiteral("reference_positions")), QStringLiteral("negative"));
        QCOMPARE(lora->metadata().value(QStringLiteral("ss_audio_ref_use_negative_positions")), QStringLiteral("true"));
        const auto base = SafetensorsFile::open(m_base, &error);
        ModelConfig mc;
        QVERIFY(ModelConfig::fromMetadataConfig(base->metadata().value(QStringLiteral("config")), &mc, &error));
        QCOMPARE(checkLoraFile(r.loraFile, mc, 8), QString());
        // Previews come out of the real vocoder: 48 kHz.
        const DecodeResult combined = decodeAudioFile(r.audioFile, DecodeOptions{});
        QVERIFY(combined.ok());
        QCOMPARE(combined.audio.sampleRate, 48000);
        QVERIFY(r.finalHeldOutRatio > 0);
        // Text contexts were cached per caption: an encoder on the same cache finds them all.
        const auto text = LtxTextEncoder::load(m_base, m_gemma, &error, c.cacheDir + QStringLiteral("/text"));
        QVERIFY2(text, qPrintable(error));
        QVERIFY(text->uncached({QStringLiteral("l0wpass")}).isEmpty());

        // The LoRA loads back and changes the output (same seed, LoRA on vs off).
        InferenceConfig ic;
        ic.basePath = m_base;
        ic.textEncoderPath = m_gemma;
        ic.loraPath = r.loraFile;
        ic.referencePath = QDir(m_pairs).filePath(QStringLiteral("p0_start.wav"));
        ic.prompt = QStringLiteral("l0wpass");
        ic.steps = 2;
        ic.cfgScale = 1.0;
        const InferenceResult with = runInference(ic);
        QVERIFY2(with.ok(), qPrintable(with.error));
        ic.useLora = false;
        const InferenceResult without = runInference(ic);
        QVERIFY2(without.ok(), qPrintable(without.error));
        QCOMPARE(with.audio.sampleRate, 48000);
        QCOMPARE(with.audio.frames(), without.audio.frames());
        double diff = 0;
        for (size_t i = 0; i < with.audio.samples.size(); ++i)
            diff = std::max(diff, double(std::abs(with.audio.samples[i] - without.audio.samples[i])));
        QVERIFY2(diff > 1e-4, qPrintable(QString::number(diff)));
    }

    void textEncodeFollowsTheContract()
    {
        const QString bin = qEnvironmentVariable("A2A_TRAIN_BIN");
        QVERIFY2(QFileInfo(bin).isExecutable(), qPrintable(bin));
        auto run = [&](const QStringList &args) {
            QProcess p;
            p.start(bin, QStringList{QStringLiteral("text-encode")} + args);
            p.waitForFinished(120000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
        };
        // --hidden-states: ltx-core's own feature extractor and connector output for n = 7.
        QString error;
        const QString data = QStringLiteral(A2A_TEST_DATA_DIR "/ltx_text/");
        const auto fixture = SafetensorsFile::open(data + QStringLiteral("text_path.safetensors"), &error);
        QVERIFY2(fixture, qPrintable(error));
        const QString hidden = m_dir.filePath(QStringLiteral("hidden_n7.safetensors"));
        QCOMPARE(writeTensors(hidden, {{QStringLiteral("hidden_states"), readTensor(*fixture, QStringLiteral("n7.hidden_states"))}}), QString());
        const QString out = m_dir.filePath(QStringLiteral("context_n7.safetensors"));
        const auto r = run({QStringLiteral("--base"), data + QStringLiteral("text_path_base.safetensors"), QStringLiteral("--hidden-states"), hidden,
                            QStringLiteral("--out"), out});
        QVERIFY2(r.first == 0, qPrintable(r.second));
        const auto written = SafetensorsFile::open(out, &error);
        QVERIFY2(written, qPrintable(error));
        const double embeds = (readTensor(*written, QStringLiteral("audio_prompt_embeds")) - readTensor(*fixture, QStringLiteral("n7.audio_prompt_embeds"))).abs().max().item<double>();
        const double context = (readTensor(*written, QStringLiteral("context")) - readTensor(*fixture, QStringLiteral("n7.context"))).abs().max().item<double>();
        QVERIFY2(embeds < 1e-4 && context < 1e-4, qPrintable(QStringLiteral("%1 %2").arg(embeds).arg(context)));
        QCOMPARE(written->info(QStringLiteral("context_mask"))->shape, (std::vector<int64_t>{1024}));
        // --prompt: the valid ids (BOS, no EOS) and every hidden state, as the Gemma reference has them.
        const auto gemmaRef = SafetensorsFile::open(data + QStringLiteral("gemma_reference.safetensors"), &error);
        QVERIFY2(gemmaRef, qPrintable(error));
        const QString prompted = m_dir.filePath(QStringLiteral("prompted.safetensors"));
        const auto p = run({QStringLiteral("--base"), m_base, QStringLiteral("--text-encoder"), m_gemma, QStringLiteral("--prompt"),
                            gemmaRef->metadata().value(QStringLiteral("short.prompt")), QStringLiteral("--out"), prompted});
        QVERIFY2(p.first == 0, qPrintable(p.second));
        const auto pw = SafetensorsFile::open(prompted, &error);
        QVERIFY2(pw, qPrintable(error));
        QVERIFY(readTensor(*pw, QStringLiteral("input_ids")).equal(readTensor(*gemmaRef, QStringLiteral("short.input_ids"))));
        const double states = (readTensor(*pw, QStringLiteral("hidden_states")) - readTensor(*gemmaRef, QStringLiteral("short.hidden_states"))).abs().max().item<double>();
        QVERIFY2(states < 1e-4, qPrintable(QString::number(states)));
        QCOMPARE(pw->info(QStringLiteral("context"))->shape, (std::vector<int64_t>{1024, 64}));
        // Bad input: a clear error, nothing written.
        const QString never = m_dir.filePath(QStringLiteral("never.safetensors"));
        const auto bad = run({QStringLiteral("--base"), m_base, QStringLiteral("--text-encoder"), m_dir.filePath(QStringLiteral("no_such_folder")),
                              QStringLiteral("--prompt"), QStringLiteral("x"), QStringLiteral("--out"), never});
        QVERIFY(bad.first != 0);
        QVERIFY2(bad.second.contains(QLatin1String("no_such_folder")), qPrintable(bad.second));
        QVERIFY(!QFileInfo::exists(never));
    }

    void wholeRunThroughTheCli()
    {
        const QString bin = qEnvironmentVariable("A2A_TRAIN_BIN");
        QVERIFY2(QFileInfo(bin).isExecutable(), qPrintable(bin));
        const QString request = m_dir.filePath(QStringLiteral("request.json"));
        QFile f(request);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("training_data_url"), m_pairs},
                                          {QStringLiteral("number_of_steps"), 100},
                                          {QStringLiteral("rank"), 8},
                                          {QStringLiteral("learning_rate"), 0.002},
                                          {QStringLiteral("audio_duration_seconds"), 2.0},
                                          {QStringLiteral("trigger_phrase"), QStringLiteral("l0wpass")}})
                    .toJson());
        f.close();
        auto train = [&](const QStringList &extra, const QString &out) {
            QProcess p;
            p.start(bin, QStringList{QStringLiteral("train"), request, QStringLiteral("--base"), m_base, QStringLiteral("--out"), out,
                                     QStringLiteral("--validation-steps"), QStringLiteral("2"), QStringLiteral("--cfg"), QStringLiteral("1")}
                             + extra);
            p.waitForFinished(600000);
            return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError() + p.readAllStandardOutput()));
        };
        const auto refused = train({}, m_dir.filePath(QStringLiteral("cli_refused")));
        QVERIFY(refused.first != 0);
        QVERIFY2(refused.second.contains(QLatin1String("--text-encoder")), qPrintable(refused.second));
        const QString out = m_dir.filePath(QStringLiteral("cli_run"));
        const auto ran = train({QStringLiteral("--text-encoder"), m_gemma}, out);
        QVERIFY2(ran.first == 0, qPrintable(ran.second.right(2000)));
        for (const char *file : {"lora_file.safetensors", "config_file.json", "audio.wav"})
            QVERIFY2(QFileInfo::exists(QDir(out).filePath(QLatin1String(file))), file);
    }
};

QTEST_GUILESS_MAIN(TestLtxRun)
#include "test_ltx_run.moc"
