// a2a-train validate REQUEST.json: checks a request body against the service's schema.

#include "CliCommon.h"

#include "training/TrainingRequest.h"

#include <QFile>
#include <QJsonDocument>

namespace a2a::cli {

int runValidate(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Check a training request body (the reference service's JSON field names).\n"
                       "Prints every problem with the field, the value and the allowed range; exits 1 if any."));
    parser.addPositionalArgument(QStringLiteral("REQUEST.json"), QStringLiteral("The request body; - reads standard input."));
    const QCommandLineOption print(QStringLiteral("print"), QStringLiteral("Print the complete request with every default filled in."));
    parser.addOption(print);
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "error: validate takes exactly one REQUEST.json\n\n" << parser.helpText();
        return UsageError;
    }
    const QString path = parser.positionalArguments().first();
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly) : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened) {
        err() << "error: cannot read " << path << ": " << file.errorString() << '\n';
        return Failed;
    }
    const RequestParseResult parsed = parseTrainingRequest(file.readAll());
    if (!parsed.ok()) {
        err() << formatRequestErrors(parsed.errors) << '\n';
        return Refused;
    }
    for (const QString &f : parsed.request.ignoredFields)
        err() << "note: " << f << " is a video field; it has no effect in audio-to-audio mode\n";
    out() << "ok: the request is valid (preview length " << QString::number(parsed.request.previewSeconds(), 'f', 3) << " s)\n";
    if (parser.isSet(print))
        out() << QJsonDocument(parsed.request.toJson()).toJson(QJsonDocument::Indented);
    return Ok;
}

}  // namespace a2a::cli
