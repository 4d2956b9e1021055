// a2a-train train REQUEST.json [--data DATASET] --out DIR, a2a-train resume DIR, and
// a2a-train init-base OUT (a randomly initialised base in the LTX-2.3 layout, for trials and tests).
// A progress bar with ETA on a terminal, JSON lines otherwise; Ctrl-C saves a checkpoint and exits.

#include "CliCommon.h"

#include "dataset/DatasetIngestor.h"
#include "dataset/DatasetReport.h"
#include "dataset/HttpDownloader.h"
#include "model/AudioCodec.h"
#include "model/BaseModelLoader.h"
#include "model/DefaultBaseModel.h"
#include "model/LtxBaseWriter.h"
#include "training/TrainingJob.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>
#include <unistd.h>

namespace a2a::cli {
namespace {

QString formatDuration(double seconds)
{
    const int s = int(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

void emitJson(const QJsonObject &o)
{
    out() << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
    out().flush();
}

TrainingCallbacks cliCallbacks(const std::shared_ptr<CancelFlag> &cancel)
{
    const bool tty = isatty(fileno(stderr));
    TrainingCallbacks cb;
    cb.shouldStop = [cancel] { return cancel->isCancelled(); };
    cb.onLog = [tty](const QString &line) {
        if (tty)
            err() << '\r' << QString(78, QLatin1Char(' ')) << '\r' << line << '\n', err().flush();
        else
            emitJson({{QStringLiteral("event"), QStringLiteral("log")}, {QStringLiteral("message"), line}});
    };
    cb.onProgress = [tty](const QString &stage, qint64 done, qint64 total) {
        if (tty)
            std::fprintf(stderr, "\r%-12s %lld/%lld", qPrintable(stage), qlonglong(done), qlonglong(total));
        else
            emitJson({{QStringLiteral("event"), QStringLiteral("progress")}, {QStringLiteral("stage"), stage}, {QStringLiteral("done"), done}, {QStringLiteral("total"), total}});
    };
    cb.onStep = [tty](const StepReport &r) {
        if (tty) {
            const int width = 24, filled = int(double(r.step) / r.totalSteps * width);
            std::fprintf(stderr, "\rstep %5d/%d [%s%s] loss %.4f  lr %.2e  %.2f s/step  ETA %s   ", r.step, r.totalSteps,
                         QString(filled, QLatin1Char('#')).toLatin1().constData(), QString(width - filled, QLatin1Char('.')).toLatin1().constData(),
                         r.loss, r.learningRate, r.stepSeconds, qPrintable(formatDuration(r.etaSeconds)));
            std::fflush(stderr);
        } else {
            emitJson({{QStringLiteral("event"), QStringLiteral("step")}, {QStringLiteral("step"), r.step}, {QStringLiteral("total"), r.totalSteps},
                      {QStringLiteral("loss"), r.loss}, {QStringLiteral("lr"), r.learningRate}, {QStringLiteral("step_seconds"), r.stepSeconds},
                      {QStringLiteral("eta_seconds"), r.etaSeconds}});
        }
    };
    cb.onValidation = [tty](const ValidationReport &r) {
        QStringList files;
        for (const PreviewClip &p : r.previews)
            files << p.audioPath;
        if (tty) {
            err() << '\r' << QString(100, QLatin1Char(' ')) << '\r' << "validation at step " << r.step;
            if (r.heldOutRatio >= 0)
                err() << ": held-out ratio " << QString::number(r.heldOutRatio, 'f', 3);
            err() << " (" << QString::number(r.seconds, 'f', 1) << " s) " << files.join(QStringLiteral(", ")) << '\n';
            err().flush();
        } else {
            emitJson({{QStringLiteral("event"), QStringLiteral("validation")}, {QStringLiteral("step"), r.step}, {QStringLiteral("held_out_ratio"), r.heldOutRatio},
                      {QStringLiteral("previews"), QJsonArray::fromStringList(files)}, {QStringLiteral("seconds"), r.seconds}});
        }
    };
    return cb;
}

int reportResult(const TrainingResult &r)
{
    err() << '\n';
    switch (r.outcome) {
    case TrainingOutcome::Finished:
        out() << "done: " << r.stepsDone << " steps\n  lora_file   " << r.loraFile << "\n  config_file " << r.configFile << "\n  audio       " << r.audioFile << '\n';
        if (!r.debugDataset.isEmpty())
            out() << "  debug_dataset " << r.debugDataset << '\n';
        if (r.finalHeldOutRatio >= 0)
            out() << "  held-out ratio " << QString::number(r.finalHeldOutRatio, 'f', 3) << " (1.0 = no better than passing the reference through)\n";
        return Ok;
    case TrainingOutcome::Stopped:
        out() << "stopped after step " << r.stepsDone << "; a checkpoint was saved: continue with a2a-train resume\n";
        return Cancelled;
    case TrainingOutcome::Failed:
        err() << "error: " << r.error << '\n';
        return Failed;
    }
    return Failed;
}

// http(s) → downloaded into dir; file:// → local; anything else → relative to the request file.
QString resolveToLocal(const QString &url, const QString &requestDir, const QString &downloadDir, QString *error)
{
    if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        QDir().mkpath(downloadDir);
        const QString dest = QDir(downloadDir).filePath(QFileInfo(QUrl(url).path()).fileName());
        const DownloadResult r = downloadToFile(QUrl(url), dest, DownloadOptions{}, ProgressSink{});
        if (!r.ok)
            *error = r.error;
        return dest;
    }
    if (url.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return QUrl(url).toLocalFile();
    return QFileInfo(url).isAbsolute() ? url : QDir(requestDir).filePath(url);
}

}  // namespace

int runTrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Train an audio-to-audio IC-LoRA from a request body (the reference service's fields)."));
    parser.addPositionalArgument(QStringLiteral("REQUEST.json"), QStringLiteral("The request body."));
    const TrainingJobConfig d;
    const QCommandLineOption data(QStringLiteral("data"), QStringLiteral("Dataset (zip, folder or URL); overrides training_data_url."), QStringLiteral("DATASET"));
    const QCommandLineOption outDir(QStringLiteral("out"), QStringLiteral("Output folder (new)."), QStringLiteral("DIR"));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("Base checkpoint in the LTX-2.3 layout [the embedded default]."), QStringLiteral("CKPT"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("Intra-op threads [%1].").arg(d.threads), QStringLiteral("N"), QString::number(d.threads));
    const QCommandLineOption valSteps(QStringLiteral("validation-steps"), QStringLiteral("Sampler steps per preview [the base's recommendation]."), QStringLiteral("N"),
                                      QStringLiteral("0"));
    const QCommandLineOption valEvery(QStringLiteral("validation-interval"), QStringLiteral("Steps between validations [number_of_steps / 4]."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption ckEvery(QStringLiteral("checkpoint-interval"), QStringLiteral("Steps between checkpoints [%1].").arg(d.checkpointInterval), QStringLiteral("N"),
                                     QString::number(d.checkpointInterval));
    const QCommandLineOption cfg(QStringLiteral("cfg"), QStringLiteral("Text guidance scale of previews [the base's recommendation]."), QStringLiteral("X"), QStringLiteral("-1"));
    const QCommandLineOption positions(QStringLiteral("positions"), QStringLiteral("Reference positions: overlap (ltx-trainer) or negative (ComfyUI's reference-audio node) [the base's: negative for LTX-2.3, overlap for the embedded model]."), QStringLiteral("MODE"),
                                       QString());
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Random seed [%1].").arg(d.seed), QStringLiteral("N"), QString::number(d.seed));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("cpu, cuda or auto [auto]."), QStringLiteral("DEV"), QStringLiteral("auto"));
    const QCommandLineOption textEncoder(QStringLiteral("text-encoder"),
                                         QStringLiteral("Gemma-3 folder (config.json, tokenizer.model, weights) an LTX-2.3 base conditions on."), QStringLiteral("DIR"));
    parser.addOptions({data, outDir, base, textEncoder, threads, valSteps, valEvery, ckEvery, cfg, positions, seed, device});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(outDir)) {
        err() << "error: train needs REQUEST.json and --out DIR\n\n" << parser.helpText();
        return UsageError;
    }
    const QString basePath = parser.isSet(base) ? parser.value(base) : defaultBaseModelPath();
    if (basePath.isEmpty()) {
        err() << "error: the embedded default base model was not found; pass --base CKPT (or set A2A_DEFAULT_BASE)\n";
        return Failed;
    }
    const QString requestPath = parser.positionalArguments().first();
    QFile f(requestPath);
    if (!f.open(QIODevice::ReadOnly)) {
        err() << "error: cannot read " << requestPath << ": " << f.errorString() << '\n';
        return Failed;
    }
    const RequestParseResult parsed = parseTrainingRequest(f.readAll(), !parser.isSet(data));
    if (!parsed.ok()) {
        err() << formatRequestErrors(parsed.errors) << '\n';
        return Refused;
    }
    TrainingJobConfig config;
    config.request = parsed.request;
    config.outputDir = parser.value(outDir);
    config.basePath = basePath;
    config.textEncoderPath = parser.value(textEncoder);
    config.threads = parser.value(threads).toInt();
    config.validationSteps = parser.value(valSteps).toInt();
    config.validationInterval = parser.value(valEvery).toInt();
    config.checkpointInterval = std::max(1, parser.value(ckEvery).toInt());
    config.cfgScale = parser.value(cfg).toDouble();
    config.referencePositions = parser.value(positions);
    config.seed = parser.value(seed).toULongLong();
    config.device = parser.value(device);
    if (!config.referencePositions.isEmpty() && config.referencePositions != QLatin1String("overlap")
        && config.referencePositions != QLatin1String("negative") && config.referencePositions != QLatin1String("before")) {
        err() << "error: --positions must be overlap or negative\n";
        return UsageError;
    }
    const QString requestDir = QFileInfo(requestPath).absolutePath();
    QDir().mkpath(config.outputDir);
    for (int i = 0; i < config.request.validation.size(); ++i) {
        QString error;
        const QString local = resolveToLocal(config.request.validation[i].referenceAudioUrl, requestDir, QDir(config.outputDir).filePath(QStringLiteral("validation")), &error);
        if (!error.isEmpty() || !QFileInfo::exists(local)) {
            err() << "error: validation[" << i << "].reference_audio_url: " << (error.isEmpty() ? QStringLiteral("no such file: ") + local : error) << '\n';
            return Refused;
        }
        config.validationInputs.append({config.request.validation[i].prompt, local});
    }

    const auto cancel = installInterruptHandler();
    QString datasetInput = parser.isSet(data) ? parser.value(data) : config.request.trainingDataUrl;
    if (!parser.isSet(data) && !datasetInput.contains(QLatin1String("://")) && QFileInfo(datasetInput).isRelative())
        datasetInput = QDir(requestDir).filePath(datasetInput);
    IngestResult ingested = ingestDataset(datasetInput, IngestOptions{}, terminalProgress(cancel));
    if (ingested.cancelled)
        return Cancelled;
    ingested.dataset.triggerPhrase = config.request.triggerPhrase;
    FitOptions fit;
    fit.bucketSeconds = config.request.audioDurationSeconds;
    fit.preservePitch = config.request.audioPreservePitch;
    const DatasetSummary summary = summarizeDataset(ingested.dataset, fit);
    if (summary.refused) {
        err() << formatDatasetReport(ingested.dataset, summary, fit);
        return Refused;
    }
    return reportResult(runTrainingJob(ingested.dataset, config, cliCallbacks(cancel)));
}

int runResume(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Continue a stopped or interrupted training run from its newest complete checkpoint."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("The run's output folder."));
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "error: resume takes the run's output folder\n\n" << parser.helpText();
        return UsageError;
    }
    const auto cancel = installInterruptHandler();
    return reportResult(resumeTrainingJob(parser.positionalArguments().first(), cliCallbacks(cancel)));
}

int runInitBase(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write a randomly initialised base model in the LTX-2.3 checkpoint layout (for trials and tests)."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("Where to write the .safetensors."));
    const QCommandLineOption layers(QStringLiteral("layers"), QStringLiteral("Blocks [2]."), QStringLiteral("N"), QStringLiteral("2"));
    const QCommandLineOption heads(QStringLiteral("heads"), QStringLiteral("Attention heads [4]."), QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption headDim(QStringLiteral("head-dim"), QStringLiteral("Head width [16]."), QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed [1]."), QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption ltxLayout(QStringLiteral("ltx-layout"),
                                       QStringLiteral("Every group of a real LTX-2.3 checkpoint (transformer, audio connector, text projection, audio VAE, vocoder) "
                                                      "with random weights, bf16 as the real file; sized by --size, not by --layers/--heads."));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("With --ltx-layout: tiny (a few MB, for tests) or small (the real audio VAE and vocoder) [tiny]."),
                                  QStringLiteral("SIZE"), QStringLiteral("tiny"));
    parser.addOptions({layers, heads, headDim, seed, ltxLayout, size});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "error: init-base takes OUT\n\n" << parser.helpText();
        return UsageError;
    }
    if (parser.isSet(ltxLayout)) {
        LtxLayoutBaseOptions o;
        if (!parseLtxLayoutSize(parser.value(size), &o.size)) {
            err() << "error: --size must be tiny or small\n";
            return UsageError;
        }
        o.seed = parser.value(seed).toULongLong();
        if (const QString error = writeLtxLayoutBase(parser.positionalArguments().first(), o); !error.isEmpty()) {
            err() << "error: " << error << '\n';
            return Failed;
        }
        out() << "wrote " << parser.positionalArguments().first() << " (LTX-2.3 layout, " << parser.value(size) << ", random weights)\n";
        return Ok;
    }
    ModelConfig c;
    c.numLayers = parser.value(layers).toInt();
    c.numHeads = parser.value(heads).toInt();
    c.headDim = parser.value(headDim).toInt();
    c.crossAttentionDim = c.innerDim();
    if (c.numLayers < 1 || c.numHeads < 1 || c.headDim < 2 || c.headDim % 2) {
        err() << "error: --layers and --heads must be ≥ 1 and --head-dim an even number ≥ 2\n";
        return UsageError;
    }
    torch::manual_seed(parser.value(seed).toULongLong());
    AudioTransformer model(c, torch::kFloat32);
    const QString error = saveBaseModel(parser.positionalArguments().first(), model, TensorDType::F32,
                                        {{QStringLiteral("a2a_codec"), makeEnvelopeCodec()->name()}});
    if (!error.isEmpty()) {
        err() << "error: " << error << '\n';
        return Failed;
    }
    out() << "wrote " << parser.positionalArguments().first() << " (" << c.numLayers << " × " << c.innerDim() << ")\n";
    return Ok;
}

}  // namespace a2a::cli
