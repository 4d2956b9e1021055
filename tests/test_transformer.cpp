// The audio transformer: module names and shapes equal the real LTX-2.3 checkpoint keys (checked
// on the meta device, without allocating 3.3 B parameters), forward shapes, LoRA wiring, and
// conformance with Lightricks' ltx-core on a small fixture.

#include "support/TestMain.h"
#include "support/TestModels.h"

#include "model/AudioTransformer.h"
#include "model/BaseModelLoader.h"
#include "model/TensorIO.h"
#include "model/CheckpointKeys.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

using namespace a2a;

namespace {


QMap<QString, std::vector<int64_t>> moduleShapes(AudioTransformer &model)
{
    QMap<QString, std::vector<int64_t>> shapes;
    for (const auto &p : model.module().named_parameters(true))
        shapes.insert(QString::fromStdString(p.key()), p.value().sizes().vec());
    return shapes;
}

AudioTokens randomTokens(const ModelConfig &c, int64_t b, int64_t t, int64_t l)
{
    AudioTokens in;
    in.latent = torch::randn({b, t, c.inChannels});
    in.sigma = torch::rand({b});
    in.timesteps = in.sigma.unsqueeze(1).expand({b, t}).contiguous();
    in.positions = audioLatentPositions(b, t);
    in.context = torch::randn({b, l, c.crossAttentionDim});
    return in;
}

}  // namespace

class TestTransformer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { torch::manual_seed(7); }

    void realConfigMatchesTheCheckpointManifest()
    {
        QFile tsv(QStringLiteral(A2A_REFERENCE_DIR "/ltx23-audio-keys.tsv"));
        if (!tsv.open(QIODevice::ReadOnly))
            QSKIP("shared/reference/ltx23-audio-keys.tsv is not beside the repository");
        QMap<QString, std::vector<int64_t>> expected;
        const QString prefix = QString::fromLatin1(kDiffusionModelPrefix);
        for (const QByteArray &line : tsv.readAll().split('\n')) {
            const QList<QByteArray> cols = line.split('\t');
            if (cols.size() < 3 || cols[2] != "dit")
                continue;
            std::vector<int64_t> shape;
            for (const QByteArray &d : cols[1].split(','))
                shape.push_back(d.toLongLong());
            QVERIFY(cols[0].startsWith(prefix.toUtf8()));
            expected.insert(QString::fromUtf8(cols[0]).mid(prefix.size()), shape);
        }
        QCOMPARE(expected.size(), 1457);

        AudioTransformer model(ModelConfig::ltx23(), torch::TensorOptions().device(torch::kMeta));
        const auto actual = moduleShapes(model);
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            QVERIFY2(actual.contains(it.key()), qPrintable(QStringLiteral("missing module tensor ") + it.key()));
            QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(QStringLiteral("shape differs: ") + it.key()));
        }
        for (auto it = actual.begin(); it != actual.end(); ++it)
            QVERIFY2(expected.contains(it.key()), qPrintable(QStringLiteral("unexpected module tensor ") + it.key()));

        // The key table the loader and saver use says the same.
        QMap<QString, std::vector<int64_t>> table;
        for (const TensorSpec &t : audioTransformerTensors(ModelConfig::ltx23()))
            table.insert(t.name, t.shape);
        QCOMPARE(table.size(), expected.size());
        QVERIFY(table == expected);
    }

    void keyTableMatchesModuleForSmallConfigs()
    {
        for (bool gated : {true, false}) {
            ModelConfig c = test::tinyModelConfig();
            c.gatedAttention = gated;
            c.crossAttentionAdaln = gated;
            AudioTransformer model(c, torch::TensorOptions().device(torch::kMeta));
            QMap<QString, std::vector<int64_t>> table;
            for (const TensorSpec &t : audioTransformerTensors(c))
                table.insert(t.name, t.shape);
            QVERIFY(table == moduleShapes(model));
        }
    }

    void loraTargetsAreTheTenModulesPerBlock()
    {
        AudioTransformer model(test::tinyModelConfig(), torch::kFloat32);
        const auto targets = model.loraTargets();
        QCOMPARE(int(targets.size()), 10 * test::tinyModelConfig().numLayers);
        for (int i = 0; i < 10; ++i)
            QCOMPARE(QString::fromStdString(targets[size_t(i)].first), QStringLiteral("transformer_blocks.0.") + loraTargetModules()[i]);
        QCOMPARE(loraKey(3, QStringLiteral("audio_ff.net.0.proj"), false), QStringLiteral("diffusion_model.transformer_blocks.3.audio_ff.net.0.proj.lora_B.weight"));
    }

    void forwardShapesAndFinite()
    {
        const ModelConfig c = test::tinyModelConfig();
        AudioTransformer model(c, torch::kFloat32);
        torch::NoGradGuard ng;
        auto in = randomTokens(c, 2, 30, 5);
        in.contextMask = torch::ones({2, 5});
        in.contextMask[1].narrow(0, 3, 2).zero_();
        const auto v = model.forward(in);
        QCOMPARE(v.sizes().vec(), (std::vector<int64_t>{2, 30, c.outChannels}));
        QVERIFY(torch::isfinite(v).all().item<bool>());
        // STG on a block changes the output; an empty perturbation does not.
        Perturbation stg;
        stg.skipSelfAttentionBlocks = {1};
        QVERIFY(!torch::allclose(model.forward(in, stg), v));
        QVERIFY(torch::allclose(model.forward(in, Perturbation{}), v));
    }

    void loraWithZeroBEqualsTheBase()
    {
        const ModelConfig c = test::tinyModelConfig();
        AudioTransformer model(c, torch::kFloat32);
        torch::NoGradGuard ng;
        const auto in = randomTokens(c, 1, 20, 4);
        const auto base = model.forward(in);
        auto gen = at::detail::createCPUGenerator(42);
        for (auto &[name, layer] : model.loraTargets())
            layer->enableLora(8, 8.0, gen);
        QVERIFY(torch::allclose(model.forward(in), base, 0, 0));
        // A non-zero B changes it, and switching LoRA off brings the base back exactly.
        for (auto &[name, layer] : model.loraTargets())
            layer->loraB().normal_(0, 0.1);
        QVERIFY(!torch::allclose(model.forward(in), base));
        for (auto &[name, layer] : model.loraTargets())
            layer->setLoraActive(false);
        QVERIFY(torch::allclose(model.forward(in), base, 0, 0));
    }

    void conformsToLtxCore_data()
    {
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<bool>("withMask");
        QTest::addColumn<bool>("stg");
        QTest::newRow("plain") << "velocity" << true << false;
        QTest::newRow("STG on block 1") << "velocity_stg" << true << true;
        QTest::newRow("no context mask") << "velocity_nomask" << false << false;
    }
    void conformsToLtxCore()
    {
        // Outputs computed by Lightricks' ltx-core for the same tiny random weights and inputs
        // (tests/data/conformance/README.md says how).
        QFETCH(QString, expectedName);
        QFETCH(bool, withMask);
        QFETCH(bool, stg);
        const QString dir = QStringLiteral(A2A_TEST_DATA_DIR "/conformance/");
        BaseModelLoadResult base = loadBaseModel(dir + QStringLiteral("tiny_base.safetensors"));
        QVERIFY2(base.model, qPrintable(base.error));
        QCOMPARE(base.model->config().numLayers, 2);
        QCOMPARE(base.model->config().innerDim(), 64);
        QString error;
        const auto inputs = SafetensorsFile::open(dir + QStringLiteral("inputs.safetensors"), &error);
        const auto expected = SafetensorsFile::open(dir + QStringLiteral("expected.safetensors"), &error);
        QVERIFY2(inputs && expected, qPrintable(error));
        AudioTokens in;
        in.latent = readTensor(*inputs, QStringLiteral("latent"));
        in.sigma = readTensor(*inputs, QStringLiteral("sigma"));
        in.timesteps = readTensor(*inputs, QStringLiteral("timesteps")).squeeze(-1);
        in.positions = readTensor(*inputs, QStringLiteral("positions"));
        in.context = readTensor(*inputs, QStringLiteral("context"));
        if (withMask)
            in.contextMask = readTensor(*inputs, QStringLiteral("context_mask"));
        Perturbation perturbation;
        if (stg)
            perturbation.skipSelfAttentionBlocks = {1};
        torch::NoGradGuard ng;
        const auto velocity = base.model->forward(in, perturbation);
        const auto want = readTensor(*expected, expectedName);
        QCOMPARE(velocity.sizes().vec(), want.sizes().vec());
        const double maxErr = (velocity - want).abs().max().item<double>();
        qInfo("%s: max abs error %.3g", qPrintable(expectedName), maxErr);
        QVERIFY2(maxErr < 1e-4, qPrintable(QStringLiteral("max abs error %1").arg(maxErr)));
    }

    void cliForwardWritesTheSameVelocity()
    {
        const QString dir = QStringLiteral(A2A_TEST_DATA_DIR "/conformance/");
        QTemporaryDir tmp;
        const QString out = tmp.filePath(QStringLiteral("velocity.safetensors"));
        QProcess p;
        p.start(qEnvironmentVariable("A2A_TRAIN_BIN"), {QStringLiteral("forward"), QStringLiteral("--base"), dir + QStringLiteral("tiny_base.safetensors"),
                                                         QStringLiteral("--inputs"), dir + QStringLiteral("inputs.safetensors"), QStringLiteral("--out"), out,
                                                         QStringLiteral("--stg-block"), QStringLiteral("1")});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QString error;
        const auto got = SafetensorsFile::open(out, &error);
        const auto expected = SafetensorsFile::open(dir + QStringLiteral("expected.safetensors"), &error);
        QVERIFY2(got && expected, qPrintable(error));
        const double maxErr = (readTensor(*got, QStringLiteral("velocity")) - readTensor(*expected, QStringLiteral("velocity_stg"))).abs().max().item<double>();
        QVERIFY(maxErr < 1e-4);

        // Missing inputs are named.
        p.start(qEnvironmentVariable("A2A_TRAIN_BIN"), {QStringLiteral("forward"), QStringLiteral("--base"), dir + QStringLiteral("tiny_base.safetensors"),
                                                         QStringLiteral("--inputs"), dir + QStringLiteral("tiny_base.safetensors"), QStringLiteral("--out"), out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 3);
        QVERIFY(p.readAllStandardError().contains("has no tensor \"latent\""));
    }

    void loaderReportsMissingAndUnexpected()
    {
        const QString dir = QStringLiteral(A2A_TEST_DATA_DIR "/conformance/");
        QString error;
        const auto file = SafetensorsFile::open(dir + QStringLiteral("tiny_base.safetensors"), &error);
        QVERIFY(file);
        NamedTensors tensors;
        for (const QString &name : file->tensorNames())
            if (!name.endsWith(QLatin1String("transformer_blocks.1.audio_ff.net.2.bias")))
                tensors.emplace_back(name, readTensor(*file, name));
        tensors.emplace_back(QStringLiteral("model.diffusion_model.transformer_blocks.2.audio_attn1.to_q.weight"), torch::zeros({64, 64}));
        tensors.emplace_back(QStringLiteral("model.diffusion_model.video_only.weight"), torch::zeros({2}));  // other modalities are ignored
        QTemporaryDir tmp;
        const QString broken = tmp.filePath(QStringLiteral("broken.safetensors"));
        QCOMPARE(writeTensors(broken, tensors, file->metadata()), QString());
        const BaseModelLoadResult r = loadBaseModel(broken);
        QVERIFY(!r.model);
        QCOMPARE(r.missing, QStringList{QStringLiteral("transformer_blocks.1.audio_ff.net.2.bias")});
        QCOMPARE(r.unexpected, QStringList{QStringLiteral("transformer_blocks.2.audio_attn1.to_q.weight")});
        QVERIFY(r.error.contains(QStringLiteral("1 missing")));
    }

    void latentPositionsFollowTheSpec()
    {
        const auto p = audioLatentPositions(1, 4);
        QCOMPARE(p.sizes().vec(), (std::vector<int64_t>{1, 1, 4, 2}));
        // frame 0: [0, 0.01); frame i ≥ 1: [(4i−3)·0.01, (4i+1)·0.01)
        const float expected[4][2] = {{0.f, 0.01f}, {0.01f, 0.05f}, {0.05f, 0.09f}, {0.09f, 0.13f}};
        for (int i = 0; i < 4; ++i)
            for (int k = 0; k < 2; ++k)
                QVERIFY(std::abs(p[0][0][i][k].item<float>() - expected[i][k]) < 1e-6f);
        const auto before = audioLatentPositions(1, 4, -0.2);
        QVERIFY(std::abs(before[0][0][0][1].item<float>() - (-0.19f)) < 1e-6f);
    }
};

A2A_TEST_MAIN(TestTransformer)
#include "test_transformer.moc"
