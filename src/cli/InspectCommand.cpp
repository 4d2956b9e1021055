// a2a-train inspect DATASET [--duration S] [--json]: the dataset report, exit 1 exactly when
// the reference service would refuse the request (422).

#include "CliCommon.h"

#include "dataset/DatasetIngestor.h"
#include "dataset/DatasetReport.h"
#include "training/TrainingRequest.h"

#include <QJsonDocument>

namespace a2a::cli {

int runInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Inspect a paired audio dataset: usable pairs, skipped pairs with reasons, errors, warnings,\n"
                       "each clip's duration, format and fit, and which bucket would keep the skipped pairs.\n"
                       "Exits 1 exactly when the reference service would refuse the request (HTTP 422), 0 otherwise."));
    parser.addPositionalArgument(QStringLiteral("DATASET"), QStringLiteral("A .zip, a folder, a file:// URL or an http(s):// URL to a .zip."));
    const TrainingRequest defaults;
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      QStringLiteral("The bucket, audio_duration_seconds, %1–%2 [%3].")
                                          .arg(RequestLimits::kMinDuration).arg(RequestLimits::kMaxDuration).arg(defaults.audioDurationSeconds),
                                      QStringLiteral("S"), QString::number(defaults.audioDurationSeconds));
    const QCommandLineOption noPitch(QStringLiteral("no-preserve-pitch"),
                                     QStringLiteral("Trim instead of pitch-preserving stretch (audio_preserve_pitch=false)."));
    const QCommandLineOption trigger(QStringLiteral("trigger"), QStringLiteral("Trigger phrase to show in the final captions."), QStringLiteral("PHRASE"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    parser.addOptions({duration, noPitch, trigger, json});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "error: inspect takes exactly one DATASET\n\n" << parser.helpText();
        return UsageError;
    }
    TrainingRequest request;
    bool okNumber = false;
    request.audioDurationSeconds = parser.value(duration).toDouble(&okNumber);
    request.audioPreservePitch = !parser.isSet(noPitch);
    const QList<RequestError> settingErrors = request.validate();
    if (!okNumber || !settingErrors.isEmpty()) {
        err() << (okNumber ? formatRequestErrors(settingErrors) : QStringLiteral("error: --duration must be a number of seconds")) << '\n';
        return UsageError;
    }

    FitOptions fit;
    fit.bucketSeconds = request.audioDurationSeconds;
    fit.preservePitch = request.audioPreservePitch;
    IngestOptions options;
    options.buildWaveforms = false;
    const auto cancel = installInterruptHandler();
    IngestResult result = ingestDataset(parser.positionalArguments().first(), options, terminalProgress(cancel));
    if (result.cancelled) {
        err() << "cancelled\n";
        return Cancelled;
    }
    if (parser.isSet(trigger))
        result.dataset.triggerPhrase = parser.value(trigger);
    const DatasetSummary summary = summarizeDataset(result.dataset, fit);
    if (parser.isSet(json))
        out() << QJsonDocument(datasetReportJson(result.dataset, summary, fit)).toJson(QJsonDocument::Indented);
    else
        out() << formatDatasetReport(result.dataset, summary, fit);
    out().flush();
    return summary.refused ? Refused : Ok;
}

}  // namespace a2a::cli
