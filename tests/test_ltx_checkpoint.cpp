// The real LTX-2.3 base from the outside: init-base --ltx-layout writes every group of the
// contract, check-base reads it back and names what is wrong with broken copies, audio-encode /
// audio-decode run the real codec on it, the latent cache is keyed by the base, the two
// reference conventions, the LoRA a real-layout base gets, and the trainer's refusal while the
// text side is missing. The DiT at real-size settings (bf16 storage, gradient checkpointing)
// computes what the plain fp32 graph computes.

#include "audio/AudioDecoder.h"
#include "model/AudioTransformer.h"
#include "model/BaseModelLoader.h"
#include "model/CheckpointKeys.h"
#include "model/LtxAudioCodec.h"
#include "model/LtxAudioVae.h"
#include "model/LtxCheckpoint.h"
#include "model/LtxVocoder.h"
#include "model/SafetensorsFile.h"
#include "model/TensorIO.h"
#include "support/TestFiles.h"
#include "support/TestSignals.h"
#include "training/IcLoraStrategy.h"
#include "training/OutputWriter.h"
#include "training/RunBase.h"
#include "training/TrainingEstimate.h"
#include "training/TrainingJob.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace a2a;

namespace {

struct Run {
    int code = -1;
    QString out, err;
};

double maxAbs(const torch::Tensor &a, const torch::Tensor &b) { return (a - b).abs().max().item<double>(); }

}  // namespace

class TestLtxCheckpoint : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_base;  // init-base --ltx-layout --size tiny

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QStringList &args)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.start(m_bin, args);
        Run r;
        if (!p.waitForStarted(10000) || !p.waitForFinished(300000)) {
            p.kill();
            p.waitForFinished(5000);
            return r;
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // A copy of the tiny base with every tensor under `dropPrefix` left out and, optionally,
    // another config.
    QString brokenCopy(const QString &name, const QString &dropPrefix, const QString &config = {})
    {
        QString error;
        const auto f = SafetensorsFile::open(m_base, &error);
        if (!f)
            return {};
        SafetensorsWriter w;
        for (const QString &t : f->tensorNames()) {
            if (!dropPrefix.isEmpty() && t.startsWith(dropPrefix))
                continue;
            const TensorInfo *info = f->info(t);
            w.add(t, info->dtype, info->shape, QByteArray(reinterpret_cast<const char *>(f->data(t)), int(info->end - info->begin)));
        }
        for (auto it = f->metadata().begin(); it != f->metadata().end(); ++it)
            w.setMetadata(it.key(), it.key() == QLatin1String("config") && !config.isEmpty() ? config : it.value());
        const QString out = path(name);
        return w.write(out).isEmpty() ? out : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bin = qEnvironmentVariable("A2A_TRAIN_BIN");
        QVERIFY2(QFileInfo(m_bin).isExecutable(), qPrintable(QStringLiteral("a2a-train not found at '%1'").arg(m_bin)));
        m_base = path(QStringLiteral("tiny_ltx.safetensors"));
        const Run r = run({QStringLiteral("init-base"), m_base, QStringLiteral("--ltx-layout"), QStringLiteral("--size"), QStringLiteral("tiny")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(m_base).size() < 40 * 1000 * 1000);
    }

    void initBaseWritesEveryGroupOfTheContract()
    {
        const LtxCheckpointReport report = inspectLtxCheckpoint(m_base);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY2(report.problems().isEmpty(), qPrintable(report.problems().join(QLatin1Char('\n'))));
        QVERIFY(report.trainable());
        QVERIFY(report.listenable());
        QCOMPARE(int(report.groups.size()), 9);
        for (const LtxGroupReport &g : report.groups) {
            QVERIFY2(g.complete(), qPrintable(g.name));
            QVERIFY2(g.dtypes.keys() == QStringList{QStringLiteral("BF16")}, qPrintable(g.name));  // stored as the real file stores weights
        }
        QCOMPARE(report.group(LtxGroup::Dit)->found, 17 + 30 * 2);
        QCOMPARE(report.group(LtxGroup::Connector)->found, 1 + 16 * 2);
        QCOMPARE(report.group(LtxGroup::VaeEncoder)->found, 44);
        QCOMPARE(report.group(LtxGroup::VaeDecoder)->found, 56);
        QCOMPARE(report.group(LtxGroup::VaeStatistics)->found, 2);
        QCOMPARE(report.group(LtxGroup::MelStft)->found, 3);
        // The config carries the real field names, so the embedded loader reads the transformer too.
        const BaseModelLoadResult dit = loadBaseModel(m_base);
        QVERIFY2(dit.model, qPrintable(dit.error));
        QCOMPARE(defaultReferencePositions(dit.metadata), QStringLiteral("negative"));
    }

    void realSizeHeaderIsReadWithoutItsData()
    {
        // A file with the real checkpoint's audio header (every tensor at its real shape, the real
        // 2.3 config) plus video tensors, and a data section that is a sparse hole: check-base
        // must read the 8.5 GB file from its header alone. With the manifest beside the repository
        // the names and shapes are the manifest's; otherwise the port's own at the 2.3 config.
        QMap<QString, std::vector<int64_t>> tensors;
        QFile tsv(QStringLiteral(A2A_REFERENCE_DIR "/ltx23-audio-keys.tsv"));
        if (tsv.open(QIODevice::ReadOnly)) {
            for (const QByteArray &line : tsv.readAll().split('\n')) {
                const QList<QByteArray> cols = line.split('\t');
                if (cols.size() < 3 || cols[0] == "key")
                    continue;
                std::vector<int64_t> shape;
                for (const QByteArray &d : cols[1].split(','))
                    shape.push_back(d.toLongLong());
                tensors.insert(QString::fromUtf8(cols[0]), shape);
            }
            QCOMPARE(tensors.size(), 2917);
        } else {
            const ModelConfig c = ModelConfig::ltx23();
            for (const TensorSpec &s : audioTransformerTensors(c))
                tensors.insert(QString::fromLatin1(kDiffusionModelPrefix) + s.name, s.shape);
            for (const TensorSpec &s : audioConnectorTensors(c))
                tensors.insert(QString::fromLatin1(kAudioConnectorPrefix) + s.name, s.shape);
            tensors.insert(QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("weight"), {2048, 188160});
            tensors.insert(QString::fromLatin1(kTextProjectionPrefix) + QStringLiteral("bias"), {2048});
            LtxAudioVae vae(LtxAudioVaeConfig::ltx23(), torch::TensorOptions().device(torch::kMeta));
            for (const auto &[name, t] : vae.checkpointTensors())
                tensors.insert(name, t.sizes().vec());
            LtxVocoder vocoder(LtxVocoderConfig::ltx23(), torch::TensorOptions().device(torch::kMeta));
            for (const auto &[name, t] : vocoder.checkpointTensors())
                tensors.insert(name, t.sizes().vec());
        }
        tensors.insert(QStringLiteral("model.diffusion_model.transformer_blocks.0.attn1.to_q.weight"), {4096, 4096});
        tensors.insert(QStringLiteral("model.diffusion_model.transformer_blocks.0.video_to_audio_attn.to_k.weight"), {2048, 4096});
        tensors.insert(QStringLiteral("vae.decoder.conv_in.conv.weight"), {1024, 128, 3, 3, 3});
        QJsonObject header;
        int64_t offset = 0;
        for (auto it = tensors.begin(); it != tensors.end(); ++it) {
            int64_t n = 2;
            QJsonArray shape;
            for (int64_t d : it.value()) {
                n *= d;
                shape.append(double(d));
            }
            header.insert(it.key(), QJsonObject{{QStringLiteral("dtype"), QStringLiteral("BF16")}, {QStringLiteral("shape"), shape},
                                                {QStringLiteral("data_offsets"), QJsonArray{double(offset), double(offset + n)}}});
            offset += n;
        }
        const QJsonObject config{{QStringLiteral("transformer"), ModelConfig::ltx23().toTransformerJson()},
                                 {QStringLiteral("audio_vae"), LtxAudioVaeConfig::ltx23().toJson()},
                                 {QStringLiteral("vocoder"), LtxVocoderConfig::ltx23().toJson()}};
        header.insert(QStringLiteral("__metadata__"), QJsonObject{{QStringLiteral("config"), QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact))}});
        QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
        json.append(QByteArray((8 - json.size() % 8) % 8, ' '));
        const QString big = path(QStringLiteral("real_header.safetensors"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            const quint64 length = quint64(json.size());
            f.write(reinterpret_cast<const char *>(&length), 8);
            f.write(json);
            QVERIFY(f.resize(8 + json.size() + offset));  // a hole: nothing of it is on disk
        }
        QVERIFY(offset > 8'000'000'000LL);
        const LtxCheckpointReport report = inspectLtxCheckpoint(big);
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QVERIFY2(report.problems().isEmpty(), qPrintable(report.problems().join(QLatin1Char('\n'))));
        QCOMPARE(report.skippedTensors, int64_t(3));
        const QList<QPair<LtxGroup, int>> counts{{LtxGroup::Dit, 1457},      {LtxGroup::Connector, 129}, {LtxGroup::TextProjection, 2},
                                                 {LtxGroup::VaeEncoder, 44}, {LtxGroup::VaeDecoder, 56}, {LtxGroup::VaeStatistics, 2},
                                                 {LtxGroup::Vocoder, 667},   {LtxGroup::Bwe, 557},       {LtxGroup::MelStft, 3}};
        for (const auto &[group, n] : counts)
            QCOMPARE(report.group(group)->found, n);
        QCOMPARE(report.group(LtxGroup::Dit)->parameters, report.memory.ditParameters);
        QVERIFY(report.memory.ditParameters > 3'280'000'000LL && report.memory.ditParameters < 3'290'000'000LL);
        // The memory goal for a real-base run on a CPU with bf16 storage.
        QVERIFY2(report.memory.bf16Bytes <= 12'000'000'000LL, qPrintable(formatGigabytes(report.memory.bf16Bytes)));
        QVERIFY(report.memory.fp32Bytes > report.memory.bf16Bytes + 6'000'000'000LL);
        QVERIFY(QFileInfo(big).size() > 8'000'000'000LL);

        // The estimate of a run on it measures one block at this size and scales it, without
        // loading the 3.3 B parameters (its data is a hole here: the weights read as zeros).
        TrainingRequest request;
        request.audioDurationSeconds = 1.0;
        request.numberOfSteps = 100;
        TrainingEstimateOptions options;
        options.basePath = big;
        options.warmupSteps = 0;
        options.timedSteps = 1;
        options.textEncoderPath = QStringLiteral(A2A_TEST_DATA_DIR "/ltx_text/gemma_tiny");
        const TrainingEstimate e = estimateTraining(request, options);
        QVERIFY2(e.ok(), qPrintable(e.error));
        QVERIFY2(e.basis.contains(QLatin1String("1 of 48 blocks")), qPrintable(e.basis));
        QVERIFY(e.secondsPerStep > 0 && e.secondsPerSamplerStep > 0 && e.secondsPerDecode > 0 && e.textEncodingSeconds > 0);
        QCOMPARE(e.samplerSteps, 8);  // CPU previews of a real base
        QCOMPARE(e.peakBytes, report.memory.neededBytes());
        QVERIFY(e.totalSeconds > e.trainingSeconds);
        options.textEncoderPath.clear();
        QVERIFY(estimateTraining(request, options).error.contains(QLatin1String("Gemma-3")));
        QFile::remove(big);
    }

    void checkBasePrintsGroupsAndMemory()
    {
        const Run r = run({QStringLiteral("check-base"), m_base});
        QCOMPARE(r.code, 0);
        for (const char *part : {"audio transformer", "audio VAE encoder", "vocoder", "bandwidth extension", "BF16", "every group is complete",
                                 "memory for training", "text encoder: not given"})
            QVERIFY2(r.out.contains(QLatin1String(part)), qPrintable(part + QStringLiteral(" missing in:\n") + r.out));
    }

    void checkBaseNamesWhatIsBroken_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated") << "truncated" << "";
        QTest::newRow("no VAE encoder") << "drop:audio_vae.encoder." << "no audio VAE encoder in";
        QTest::newRow("no vocoder") << "drop:vocoder.vocoder." << "no vocoder in";
        QTest::newRow("no connector") << "drop:model.diffusion_model.audio_embeddings_connector." << "no audio embeddings connector in";
        QTest::newRow("config disagrees") << "config" << "disagree with the config";
        QTest::newRow("not a checkpoint") << "text" << "";
    }

    void checkBaseNamesWhatIsBroken()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QString broken;
        if (kind == QLatin1String("truncated")) {
            broken = path(QStringLiteral("truncated.safetensors"));
            QFile::remove(broken);
            QVERIFY(QFile::copy(m_base, broken));
            QFile f(broken);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.resize(f.size() / 2));
        } else if (kind.startsWith(QLatin1String("drop:"))) {
            broken = brokenCopy(QStringLiteral("dropped.safetensors"), kind.mid(5));
        } else if (kind == QLatin1String("config")) {
            QString error;
            const auto f = SafetensorsFile::open(m_base, &error);
            QJsonObject config = QJsonDocument::fromJson(f->metadata().value(QStringLiteral("config")).toUtf8()).object();
            QJsonObject vae = config.value(QStringLiteral("audio_vae")).toObject();
            QJsonObject model = vae.value(QStringLiteral("model")).toObject();
            QJsonObject params = model.value(QStringLiteral("params")).toObject();
            QJsonObject dd = params.value(QStringLiteral("ddconfig")).toObject();
            dd.insert(QStringLiteral("ch"), 48);  // the tensors were made for 32
            params.insert(QStringLiteral("ddconfig"), dd);
            model.insert(QStringLiteral("params"), params);
            vae.insert(QStringLiteral("model"), model);
            config.insert(QStringLiteral("audio_vae"), vae);
            broken = brokenCopy(QStringLiteral("wrong_config.safetensors"), {}, QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)));
        } else {
            broken = path(QStringLiteral("text.safetensors"));
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("this is not a checkpoint\n");
        }
        QVERIFY(!broken.isEmpty());
        const QStringList before = test::fingerprint(m_dir.path());
        const Run r = run({QStringLiteral("check-base"), broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains(expected) || r.err.contains(expected), qPrintable(r.out + r.err));
        QVERIFY2(!(r.out + r.err).contains(QLatin1String("terminate")), qPrintable(r.err));
        // A broken base also stops audio-encode before anything is written.
        const QString out = path(QStringLiteral("never.safetensors"));
        const QString clip = path(QStringLiteral("clip.wav"));
        if (!QFileInfo::exists(clip))
            QVERIFY(test::writeClip(clip, test::sine(44100, 2, 1.0, 440.0)));
        if (kind != QLatin1String("drop:vocoder.vocoder.") && kind != QLatin1String("drop:model.diffusion_model.audio_embeddings_connector.")) {
            const Run e = run({QStringLiteral("audio-encode"), QStringLiteral("--base"), broken, QStringLiteral("--in"), clip, QStringLiteral("--out"), out});
            QVERIFY2(e.code != 0, qPrintable(e.out));
            QVERIFY(!e.err.trimmed().isEmpty());
        }
        QVERIFY(!QFileInfo::exists(out));
        QStringList after = test::fingerprint(m_dir.path());
        after.removeIf([](const QString &l) { return l.contains(QLatin1String("clip.wav")); });
        QStringList beforeNoClip = before;
        beforeNoClip.removeIf([](const QString &l) { return l.contains(QLatin1String("clip.wav")); });
        QCOMPARE(after, beforeNoClip);
    }

    void audioEncodeAndDecodeFollowTheContract()
    {
        const QString clip = path(QStringLiteral("voice44k.wav"));
        QVERIFY(test::writeClip(clip, test::sine(44100, 2, 2.0, 330.0, 0.4f)));
        const QString encoded = path(QStringLiteral("encoded.safetensors"));
        const Run e = run({QStringLiteral("audio-encode"), QStringLiteral("--base"), m_base, QStringLiteral("--in"), clip, QStringLiteral("--out"), encoded});
        QVERIFY2(e.code == 0, qPrintable(e.err));
        QString error;
        const auto f = SafetensorsFile::open(encoded, &error);
        QVERIFY2(f, qPrintable(error));
        const int64_t n = 32000;  // ceil(16000 · 88200 / 44100)
        QCOMPARE(f->info(QStringLiteral("waveform"))->shape, (std::vector<int64_t>{1, 2, n}));
        QCOMPARE(f->info(QStringLiteral("mel"))->shape, (std::vector<int64_t>{1, 2, n / 160 + 1, 64}));
        const auto latent = f->info(QStringLiteral("latent"))->shape;
        QCOMPARE(latent.size(), size_t(4));
        QCOMPARE(latent[1], int64_t(8));
        QCOMPARE(latent[3], int64_t(16));
        QCOMPARE(latent[2], AudioCodec::tokensForSeconds(2.0));  // 25 tokens per second + 1
        QCOMPARE(f->info(QStringLiteral("tokens"))->shape, (std::vector<int64_t>{1, latent[2], 128}));

        const QString wav = path(QStringLiteral("decoded.wav"));
        const QString tensors = path(QStringLiteral("decoded.safetensors"));
        const Run d = run({QStringLiteral("audio-decode"), QStringLiteral("--base"), m_base, QStringLiteral("--latents"), encoded, QStringLiteral("--out"), wav,
                           QStringLiteral("--tensors"), tensors});
        QVERIFY2(d.code == 0, qPrintable(d.err));
        const auto t = SafetensorsFile::open(tensors, &error);
        QVERIFY2(t, qPrintable(error));
        const int64_t frames = latent[2];
        QCOMPARE(t->info(QStringLiteral("mel"))->shape, (std::vector<int64_t>{1, 2, 4 * frames - 3, 64}));
        const int64_t l = t->info(QStringLiteral("waveform_16k"))->shape[2];
        QCOMPARE(l, (4 * frames - 3) * 160);
        QCOMPARE(t->info(QStringLiteral("waveform"))->shape, (std::vector<int64_t>{1, 2, 3 * l}));
        const DecodeResult decoded = decodeAudioFile(wav, DecodeOptions{});
        QVERIFY(decoded.ok());
        QCOMPARE(decoded.audio.sampleRate, 48000);
        QCOMPARE(decoded.audio.channels, 2);
        QCOMPARE(decoded.audio.frames(), 3 * l);
        // A latent of the wrong width is refused, and no WAV appears.
        const QString wrong = path(QStringLiteral("wrong_latent.safetensors"));
        QCOMPARE(writeTensors(wrong, {{QStringLiteral("latent"), torch::zeros({1, 4, 10, 4})}}), QString());
        const QString never = path(QStringLiteral("never.wav"));
        const Run bad = run({QStringLiteral("audio-decode"), QStringLiteral("--base"), m_base, QStringLiteral("--latents"), wrong, QStringLiteral("--out"), never});
        QCOMPARE(bad.code, 3);
        QVERIFY2(bad.err.contains(QLatin1String("[1, 8, T, 16]")), qPrintable(bad.err));
        QVERIFY(!QFileInfo::exists(never));
    }

    void latentCacheIsKeyedByTheBase()
    {
        const QString other = path(QStringLiteral("tiny_ltx_seed2.safetensors"));
        QCOMPARE(run({QStringLiteral("init-base"), other, QStringLiteral("--ltx-layout"), QStringLiteral("--seed"), QStringLiteral("2")}).code, 0);
        QString error;
        const auto a = LtxAudioCodec::load(m_base, &error);
        QVERIFY2(a, qPrintable(error));
        const auto a2 = LtxAudioCodec::load(m_base, &error, {false});
        const auto b = LtxAudioCodec::load(other, &error);
        QVERIFY2(b, qPrintable(error));
        QCOMPARE(a->name(), a2->name());  // the same base: the same cache entries
        QVERIFY(a->name() != b->name());  // another base: never the same entry
        QVERIFY(a->name().startsWith(QLatin1String("ltx23/")));
        QVERIFY(a->convertsInput());
        QCOMPARE(a->sampleRate(), 16000);
        QCOMPARE(a->outputSampleRate(), 48000);
        // decode() gives 48 kHz stereo of the asked length (counted at the model rate).
        const auto tokens = a->encode(test::sine(22050, 1, 1.0, 220.0));
        QCOMPARE(tokens.size(0), AudioCodec::tokensForSeconds(1.0));
        const AudioBuffer audio = a->decode(tokens, nullptr, 12345);
        QCOMPARE(audio.sampleRate, 48000);
        QCOMPARE(audio.channels, 2);
        QCOMPARE(audio.frames(), int64_t(3 * 12345));
    }

    void referenceConventionsMatchLtxCore()
    {
        // positions.safetensors: ltx-core's AudioPatchifier and Dub-It's negative shift for a
        // 13-frame reference (tests/data/ltx_audio/README.md).
        QString error;
        const auto f = SafetensorsFile::open(QStringLiteral(A2A_TEST_DATA_DIR "/ltx_audio/positions.safetensors"), &error);
        QVERIFY2(f, qPrintable(error));
        const auto negative = referencePositionsFor(13, ReferencePositions::Negative);
        const auto overlap = referencePositionsFor(13, ReferencePositions::Overlap);
        QVERIFY(maxAbs(negative, readTensor(*f, QStringLiteral("reference.positions_negative"))) < 1e-6);
        QVERIFY(maxAbs(overlap, readTensor(*f, QStringLiteral("reference.positions_from_zero"))) < 1e-6);
        QVERIFY(maxAbs(audioLatentPositions(1, 13), readTensor(*f, QStringLiteral("target.positions"))) < 1e-6);
        // Stated plainly: the last reference frame ends 40 ms before the target's first starts.
        QVERIFY(std::abs(negative.select(-1, 1).max().item<double>() + 0.04) < 1e-6);
        ReferencePositions p;
        QVERIFY(parseReferencePositions(QStringLiteral("before"), &p) && p == ReferencePositions::Negative);
        QVERIFY(!parseReferencePositions(QStringLiteral("sideways"), &p));
    }

    void loraForARealLayoutBaseHasTheRealKeysAndMetadata()
    {
        BaseModelLoadResult base = loadBaseModel(m_base);
        QVERIFY2(base.model, qPrintable(base.error));
        auto gen = at::detail::createCPUGenerator(3);
        for (auto &[name, layer] : base.model->loraTargets())
            layer->enableLora(4, 4.0, gen);
        LoraMetadata meta;
        meta.baseModel = QStringLiteral("ltx-2.3-22b-dev.safetensors");
        meta.rank = 4;
        meta.referencePositions = QStringLiteral("negative");
        const QString lora = path(QStringLiteral("lora.safetensors"));
        QCOMPARE(writeLoraFile(lora, *base.model, meta), QString());
        QCOMPARE(checkLoraFile(lora, base.model->config(), 4), QString());
        QString error;
        const auto f = SafetensorsFile::open(lora, &error);
        QCOMPARE(f->tensorNames().size(), 2 * 10 * 2);
        QVERIFY(f->contains(QStringLiteral("diffusion_model.transformer_blocks.1.audio_ff.net.2.lora_B.weight")));
        QVERIFY(f->contains(QStringLiteral("diffusion_model.transformer_blocks.0.audio_attn2.to_out.0.lora_A.weight")));
        QCOMPARE(f->metadata().value(QStringLiteral("reference_positions")), QStringLiteral("negative"));
        QCOMPARE(f->metadata().value(QStringLiteral("ss_audio_ref_use_negative_positions")), QStringLiteral("true"));
        QCOMPARE(f->metadata().value(QStringLiteral("ss_audio_ref_ic_training")), QStringLiteral("true"));
        // Every LoRA key maps onto a base tensor by the official rule (model. + key − lora_X).
        const auto baseFile = SafetensorsFile::open(m_base, &error);
        for (const QString &k : f->tensorNames()) {
            QString target = QStringLiteral("model.") + k;
            target.replace(QLatin1String(".lora_A.weight"), QLatin1String(".weight")).replace(QLatin1String(".lora_B.weight"), QLatin1String(".weight"));
            QVERIFY2(baseFile->contains(target), qPrintable(target));
        }
    }

    void realBaseRefusesToTrainWithoutItsTextEncoder()
    {
        RunBaseOptions o;
        o.basePath = m_base;
        const RunBase refused = loadRunBase(o);
        QVERIFY2(refused.error.contains(QLatin1String("Gemma-3")) && refused.error.contains(QLatin1String("--text-encoder")), qPrintable(refused.error));
        QVERIFY(!refused.model);  // refused before any weight is loaded
        o.basePath = QStringLiteral(A2A_TEST_DATA_DIR "/conformance/tiny_base.safetensors");
        const RunBase embedded = loadRunBase(o);
        QVERIFY2(embedded.ok(), qPrintable(embedded.error));
        QVERIFY(!embedded.realLtx);
    }

    void bf16StorageComputesLikeFp32()
    {
        // The same (bf16-rounded) weights held bf16 and held fp32 give the same velocity: the
        // bf16 copy is upcast per layer, never computed in bf16.
        BaseModelLoadResult asBf16 = loadBaseModel(m_base, torch::kBFloat16);
        BaseModelLoadResult asFp32 = loadBaseModel(m_base, torch::kFloat32);
        QVERIFY2(asBf16.model && asFp32.model, qPrintable(asBf16.error + asFp32.error));
        QCOMPARE(asBf16.model->module().parameters().front().scalar_type(), torch::kBFloat16);
        torch::manual_seed(7);
        AudioTokens in;
        const int64_t t = 26;
        in.latent = torch::randn({1, t, 128});
        in.sigma = torch::full({1}, 0.6);
        in.timesteps = torch::cat({torch::zeros({1, 13}), torch::full({1, 13}, 0.6)}, 1);
        in.positions = torch::cat({referencePositionsFor(13, ReferencePositions::Negative), audioLatentPositions(1, 13)}, 2);
        in.context = torch::randn({1, 7, 64});
        torch::NoGradGuard ng;
        const auto a = asBf16.model->forward(in);
        const auto b = asFp32.model->forward(in);
        QCOMPARE(a.scalar_type(), torch::kFloat32);
        QVERIFY2(maxAbs(a, b) < 1e-5, qPrintable(QString::number(maxAbs(a, b))));
    }

    void gradientCheckpointingGivesTheSameGradients()
    {
        auto gradsWith = [&](bool checkpointing) {
            BaseModelLoadResult base = loadBaseModel(m_base);
            auto gen = at::detail::createCPUGenerator(11);
            std::vector<torch::Tensor> params;
            for (auto &p : base.model->module().parameters())
                p.requires_grad_(false);
            for (auto &[name, layer] : base.model->loraTargets()) {
                layer->enableLora(4, 4.0, gen);
                torch::NoGradGuard ng;
                layer->loraB().normal_(0.0, 0.05, gen);
                layer->loraA().requires_grad_(true);
                layer->loraB().requires_grad_(true);
                params.push_back(layer->loraA());
                params.push_back(layer->loraB());
            }
            base.model->setGradientCheckpointing(checkpointing);
            torch::manual_seed(5);
            AudioTokens in;
            in.latent = torch::randn({1, 20, 128});
            in.sigma = torch::full({1}, 0.4);
            in.timesteps = torch::cat({torch::zeros({1, 10}), torch::full({1, 10}, 0.4)}, 1);
            in.positions = torch::cat({referencePositionsFor(10, ReferencePositions::Negative), audioLatentPositions(1, 10)}, 2);
            in.context = torch::randn({1, 5, 64});
            base.model->forward(in).pow(2).mean().backward();
            std::vector<torch::Tensor> grads;
            for (auto &p : params)
                grads.push_back(p.grad().clone());
            return grads;
        };
        const auto plain = gradsWith(false);
        const auto checkpointed = gradsWith(true);
        QCOMPARE(plain.size(), checkpointed.size());
        double worst = 0, largest = 0;
        for (size_t i = 0; i < plain.size(); ++i) {
            worst = std::max(worst, maxAbs(plain[i], checkpointed[i]));
            largest = std::max(largest, plain[i].abs().max().item<double>());
        }
        QVERIFY(largest > 1e-6);  // the LoRA does get gradients
        QVERIFY2(worst < 1e-6, qPrintable(QString::number(worst)));
    }
};

QTEST_GUILESS_MAIN(TestLtxCheckpoint)
#include "test_ltx_checkpoint.moc"
