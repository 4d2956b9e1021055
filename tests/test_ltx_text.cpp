// The LTX-2.3 text path after Gemma: the feature extractor V2 (stacked and streamed layer by layer)
// and the audio embeddings connector against ltx-core's FeatureExtractorV2 + Embeddings1DConnector
// (+ EmbeddingsProcessor) outputs in tests/data/ltx_text, their checkpoint names at the fixture's
// and at the real size, and the errors a mismatched text encoder gets.

#include "model/CheckpointKeys.h"
#include "model/LtxAudioConnector.h"
#include "model/LtxFeatureExtractor.h"
#include "model/ModelConfig.h"
#include "model/SafetensorsFile.h"
#include "model/TensorIO.h"
#include "model/TransformerLayers.h"

#include <QMap>
#include <QTest>

using namespace a2a;

namespace {

const QString kDataDir = QStringLiteral(A2A_TEST_DATA_DIR "/ltx_text");
const char *kCases[] = {"n1", "n7", "n1024"};

double maxAbs(const torch::Tensor &a, const torch::Tensor &b) { return (a - b).abs().max().item<double>(); }

QString shapeText(const std::vector<int64_t> &shape)
{
    QStringList s;
    for (int64_t d : shape)
        s << QString::number(d);
    return QStringLiteral("[%1]").arg(s.join(QLatin1Char(',')));
}

// name → shape of a module tree, names without any prefix.
QMap<QString, QString> treeShapes(torch::nn::Module &m)
{
    QMap<QString, QString> out;
    for (const auto &p : m.named_parameters(true))
        out.insert(QString::fromStdString(p.key()), shapeText(p.value().sizes().vec()));
    for (const auto &b : m.named_buffers(true))
        out.insert(QString::fromStdString(b.key()), shapeText(b.value().sizes().vec()));
    return out;
}

QMap<QString, QString> specShapes(const std::vector<TensorSpec> &specs)
{
    QMap<QString, QString> out;
    for (const auto &s : specs)
        out.insert(s.name, shapeText(s.shape));
    return out;
}

// The stream as LtxTextEncoder::prepare drives it: per layer, one [n_i, hidden] state per caption.
std::vector<torch::Tensor> streamed(LtxFeatureExtractor &fe, const std::vector<torch::Tensor> &hidden, bool reverse)
{
    std::vector<int64_t> counts;
    for (const auto &h : hidden)
        counts.push_back(h.size(1));
    fe.begin(counts);
    const int layers = fe.hiddenStates();
    for (int i = 0; i < layers; ++i) {
        const int l = reverse ? layers - 1 - i : i;
        std::vector<torch::Tensor> states;
        for (const auto &h : hidden)
            states.push_back(h[l]);
        fe.addLayer(l, states);
    }
    return fe.finish();
}

}  // namespace

class TestLtxText : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<SafetensorsFile> m_base, m_ref;
    ModelConfig m_config;

    bool openFixtures()
    {
        QString error;
        m_base = SafetensorsFile::open(kDataDir + QStringLiteral("/text_path_base.safetensors"), &error);
        if (!m_base) {
            qWarning("fixture missing or unreadable: %s", qPrintable(error));
            return false;
        }
        m_ref = SafetensorsFile::open(kDataDir + QStringLiteral("/text_path.safetensors"), &error);
        if (!m_ref) {
            qWarning("fixture missing or unreadable: %s", qPrintable(error));
            return false;
        }
        if (!ModelConfig::fromMetadataConfig(m_base->metadata().value(QStringLiteral("config")), &m_config, &error)) {
            qWarning("text_path_base.safetensors config: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    torch::Tensor ref(const QString &name)
    {
        const auto t = readTensor(*m_ref, name);
        if (!t.defined())
            qWarning("text_path.safetensors has no %s", qPrintable(name));
        return t;
    }

private Q_SLOTS:
    void initTestCase() { torch::manual_seed(7); }

    // Without the fixture: the real 2.3 connector (2048 wide, 32 × 64 heads, 8 gated blocks) and
    // the real projection (3840 × 49 → 2048) build on the meta device with exactly the checkpoint's
    // names and shapes, and the connector's forward goes through at that size.
    void realSizeTree()
    {
        const ModelConfig real = ModelConfig::ltx23();
        LtxAudioConnector connector(real, torch::TensorOptions().device(torch::kMeta));
        const auto tree = treeShapes(connector.module());
        const auto want = specShapes(audioConnectorTensors(real));
        QCOMPARE(want.size(), 129);
        QCOMPARE(tree, want);
        QCOMPARE(connector.width(), 2048);
        for (const auto &[name, t] : connector.checkpointTensors())
            QVERIFY2(name.startsWith(QLatin1String(kAudioConnectorPrefix)), qPrintable(name));
        // Shape propagation only (meta tensors carry no data): the whole forward at the real size.
        const auto [context, mask] = connector.run(torch::empty({300, 2048}, torch::TensorOptions().device(torch::kMeta)));
        QCOMPARE(context.sizes().vec(), (std::vector<int64_t>{1024, 2048}));
        QCOMPARE(mask.sizes().vec(), (std::vector<int64_t>{1024}));

        LtxFeatureExtractor fe(3840, 49, 2048, torch::TensorOptions().device(torch::kMeta));
        const auto t = fe.checkpointTensors();
        QCOMPARE(t.size(), size_t(2));
        QCOMPARE(t[0].first, QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("weight"));
        QCOMPARE(t[0].second.sizes().vec(), (std::vector<int64_t>{2048, 188160}));
        QCOMPARE(t[1].first, QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("bias"));
        QCOMPARE(t[1].second.sizes().vec(), (std::vector<int64_t>{2048}));
    }

    // Without the fixture: streaming is the stacked formula (random weights, several captions at
    // once, layers in any order), and W[:, l::L+1] really is layer l's slice (d-major flatten).
    void streamingMatchesStacked()
    {
        const int hidden = 16, states = 5, out = 8;
        LtxFeatureExtractor fe(hidden, states, out);
        auto [name, w] = fe.checkpointTensors()[0];
        auto b = fe.checkpointTensors()[1].second;
        {
            torch::NoGradGuard g;
            w.copy_(torch::randn_like(w) * 0.1);
            b.copy_(torch::randn_like(b));
        }
        std::vector<torch::Tensor> hidden3 = {torch::randn({states, 3, hidden}) * 20, torch::randn({states, 1, hidden}),
                                              torch::randn({states, 0, hidden})};
        const auto fwd = streamed(fe, hidden3, false);
        const auto rev = streamed(fe, hidden3, true);
        QCOMPARE(fwd.size(), size_t(3));
        double worst = 0;
        for (size_t i = 0; i < hidden3.size(); ++i) {
            const auto s = fe.stacked(hidden3[i]);
            QCOMPARE(fwd[i].sizes().vec(), s.sizes().vec());
            if (s.numel() == 0)
                continue;
            worst = std::max({worst, maxAbs(fwd[i], s), maxAbs(rev[i], s)});
            // The formula written out: flat[d·L' + l] = rms_l(h)[d] · √(out/hidden).
            const auto h = hidden3[i];
            const auto normed = h * torch::rsqrt(h.pow(2).mean(-1, true) + 1e-6);
            auto flat = torch::empty({h.size(1), int64_t(hidden) * states});
            for (int d = 0; d < hidden; ++d)
                for (int l = 0; l < states; ++l)
                    flat.select(1, d * states + l).copy_(normed[l].select(1, d));
            const auto direct = torch::linear(flat * std::sqrt(double(out) / hidden), w, b);
            worst = std::max(worst, maxAbs(s, direct));
        }
        qInfo("streamed/stacked/written-out max-abs %.3g", worst);
        QVERIFY(worst < 1e-5);
    }

    // ltx-core's key set: the module tree equals audioConnectorTensors(config) and the fixture
    // base's tensors under the connector prefix, names and shapes.
    void connectorKeysMatchCheckpoint()
    {
        QVERIFY2(openFixtures(), "tests/data/ltx_text/text_path{,_base}.safetensors are needed");
        QVERIFY(m_config.connectorLayers >= 1);
        LtxAudioConnector meta(m_config, torch::TensorOptions().device(torch::kMeta));
        const auto tree = treeShapes(meta.module());
        QCOMPARE(tree, specShapes(audioConnectorTensors(m_config)));
        QMap<QString, QString> inFile;
        const QString prefix = QString::fromLatin1(kAudioConnectorPrefix);
        for (const QString &name : m_base->tensorNames())
            if (name.startsWith(prefix))
                inFile.insert(name.mid(prefix.size()), shapeText(m_base->info(name)->shape));
        QCOMPARE(tree, inFile);
        QVERIFY(!meta.load(*m_base).isEmpty());  // a meta tree refuses to load
    }

    void conformance_data()
    {
        QTest::addColumn<QString>("key");
        for (const char *c : kCases)
            QTest::newRow(c) << QString::fromLatin1(c);
    }

    // audio_prompt_embeds (stacked and streamed) and context / mask against ltx-core.
    void conformance()
    {
        QFETCH(QString, key);
        QVERIFY2(openFixtures(), "tests/data/ltx_text/text_path{,_base}.safetensors are needed");
        const auto hidden = ref(key + QStringLiteral(".hidden_states"));
        const auto embeds = ref(key + QStringLiteral(".audio_prompt_embeds"));
        const auto context = ref(key + QStringLiteral(".context"));
        const auto mask = ref(key + QStringLiteral(".context_mask"));
        QVERIFY(hidden.defined() && embeds.defined() && context.defined() && mask.defined());
        const int64_t n = hidden.size(1);

        LtxFeatureExtractor fe(int(hidden.size(2)), int(hidden.size(0)), m_config.innerDim());
        const QString feError = fe.load(*m_base);
        QVERIFY2(feError.isEmpty(), qPrintable(feError));
        const auto stacked = fe.stacked(hidden);
        const auto stream = streamed(fe, {hidden}, false)[0];
        QCOMPARE(stacked.sizes().vec(), embeds.sizes().vec());
        const double eStacked = maxAbs(stacked, embeds), eStream = maxAbs(stream, embeds), eSelf = maxAbs(stream, stacked);

        LtxAudioConnector connector(m_config);
        const QString cError = connector.load(*m_base);
        QVERIFY2(cError.isEmpty(), qPrintable(cError));
        const auto [ctx, ctxMask] = connector.run(embeds);
        QCOMPARE(ctx.sizes().vec(), context.sizes().vec());
        QCOMPARE(ctxMask.sizes().vec(), mask.sizes().vec());
        const double eContext = maxAbs(ctx, context), eMask = maxAbs(ctxMask, mask);
        // The whole chain from our own features, as LtxTextEncoder runs it.
        const double eChain = maxAbs(connector.run(stream).first, context);
        qInfo("%s (n=%lld, |embeds| %.3g, |context| %.3g): embeds stacked %.3g streamed %.3g (streamed vs stacked %.3g); "
              "context %.3g (chained %.3g); mask %.3g",
              qPrintable(key), (long long)n, embeds.abs().max().item<double>(), context.abs().max().item<double>(), eStacked, eStream,
              eSelf, eContext, eChain, eMask);
        QVERIFY(eStacked < 1e-4);
        QVERIFY(eStream < 1e-4);
        QVERIFY(eSelf < 1e-5);
        QVERIFY(eContext < 1e-4);
        QVERIFY(eChain < 1e-4);
        QCOMPARE(eMask, 0.0);
    }

    // The √(out/hidden) factor, which the main fixture's 64 → 64 leaves at 1: a 32-wide projection.
    void rescaledWidth()
    {
        QVERIFY2(openFixtures(), "tests/data/ltx_text/text_path{,_base}.safetensors are needed");
        const auto w = ref(QStringLiteral("rescale32.weight")), b = ref(QStringLiteral("rescale32.bias"));
        const auto hidden = ref(QStringLiteral("n7.hidden_states"));
        const auto want = ref(QStringLiteral("rescale32.n7.audio_prompt_embeds"));
        QVERIFY(w.defined() && b.defined() && hidden.defined() && want.defined());
        LtxFeatureExtractor fe(64, 7, 32);
        {
            torch::NoGradGuard g;
            const auto t = fe.checkpointTensors();
            t[0].second.copy_(w);
            t[1].second.copy_(b);
        }
        const double eStacked = maxAbs(fe.stacked(hidden), want), eStream = maxAbs(streamed(fe, {hidden}, false)[0], want);
        qInfo("rescale32 n7: stacked %.3g streamed %.3g", eStacked, eStream);
        QVERIFY(eStacked < 1e-5);
        QVERIFY(eStream < 1e-5);
    }

    // The connector's intermediates: RoPE tables (token indices over 4096, float64 grid, float32
    // angles), its input (registers p mod 128) and the stream after block 0 (a 1-block connector
    // loads block 0 of the same file; its output is rms(block0_out)).
    void connectorIntermediates()
    {
        QVERIFY2(openFixtures(), "tests/data/ltx_text/text_path{,_base}.safetensors are needed");
        const auto cosRef = ref(QStringLiteral("rope_cos")), sinRef = ref(QStringLiteral("rope_sin"));
        QVERIFY(cosRef.defined() && sinRef.defined());
        const auto positions = torch::arange(1024, torch::kFloat32).unsqueeze(0);
        const auto [cosA, sinA] = ltxRope1d(positions, 4096.0, 10000.0, m_config.connectorInnerDim(), m_config.connectorHeads, torch::kFloat32);
        const double eRope = std::max(maxAbs(cosA[0], cosRef), maxAbs(sinA[0], sinRef));
        qInfo("rope tables max-abs %.3g", eRope);
        QVERIFY(eRope < 1e-6);

        ModelConfig one = m_config;
        one.connectorLayers = 1;
        LtxAudioConnector block0(one);
        const QString error = block0.load(*m_base);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const auto registers = readTensor(*m_base, QString::fromLatin1(kAudioConnectorPrefix) + QStringLiteral("learnable_registers"));
        for (const char *c : kCases) {
            const QString key = QString::fromLatin1(c);
            const auto embeds = ref(key + QStringLiteral(".audio_prompt_embeds"));
            const auto input = ref(key + QStringLiteral(".connector_input"));
            const auto after0 = ref(key + QStringLiteral(".block0_out"));
            QVERIFY(embeds.defined() && input.defined() && after0.defined());
            const int64_t n = embeds.size(0);
            QCOMPARE(maxAbs(input.narrow(0, 0, n), embeds), 0.0);
            for (int64_t p = n; p < 1024; p += 37)
                QCOMPARE(maxAbs(input[p], registers[p % 128]), 0.0);
            const double e0 = maxAbs(block0.run(embeds).first, ltxRmsNorm(after0, 1e-6));
            qInfo("%s: rms(block0_out) max-abs %.3g", c, e0);
            QVERIFY(e0 < 1e-5);
        }
    }

    // A text encoder whose hidden × (layers + 1) is not the projection's input width, or a
    // transformer width that is not its output width, gets an error naming the tensor and sizes.
    void wrongProjectionWidth()
    {
        QVERIFY2(openFixtures(), "tests/data/ltx_text/text_path{,_base}.safetensors are needed");
        const int64_t flat = m_base->info(QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("weight"))->shape[1];
        const int hidden = 64, states = int(flat / hidden);
        QCOMPARE(int64_t(hidden) * states, flat);

        LtxFeatureExtractor fewerLayers(hidden, states - 1, m_config.innerDim());
        const QString e1 = fewerLayers.load(*m_base);
        qInfo("%s", qPrintable(e1));
        QVERIFY(e1.contains(QLatin1String(kTextProjectionPrefix) + QStringLiteral("weight")));
        QVERIFY(e1.contains(QString::number(flat)));
        QVERIFY(e1.contains(QString::number(int64_t(hidden) * (states - 1))));

        LtxFeatureExtractor widerOut(hidden, states, m_config.innerDim() * 2);
        const QString e2 = widerOut.load(*m_base);
        qInfo("%s", qPrintable(e2));
        QVERIFY(e2.contains(QStringLiteral("wide")));
        QVERIFY(e2.contains(QString::number(m_config.innerDim() * 2)));

        LtxFeatureExtractor right(hidden, states, m_config.innerDim());
        QVERIFY(right.load(*m_base).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestLtxText)
#include "test_ltx_text.moc"
