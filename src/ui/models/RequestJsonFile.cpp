#include "RequestJsonFile.h"

#include "TrainingRequestModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUrl>

namespace a2a {
namespace {

struct RequestFileTr {
    Q_DECLARE_TR_FUNCTIONS(RequestJsonFile)
};

constexpr qint64 kMaxRequestBytes = 1 << 20;  // a request is a few hundred bytes

// A path relative to the request file becomes absolute; URLs and absolute paths stay.
QString resolved(const QString &value, const QDir &base)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v.contains(QLatin1String("://")) || QDir::isAbsolutePath(v))
        return value;
    return QDir::cleanPath(base.absoluteFilePath(v));
}

}  // namespace

QString saveRequestJson(const TrainingRequestModel &model, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return RequestFileTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    const QByteArray json = model.toJson();
    if (f.write(json) != json.size() || !f.commit())
        return RequestFileTr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
    return {};
}

QString loadRequestJson(TrainingRequestModel *model, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return RequestFileTr::tr("Cannot read %1: %2").arg(shown, f.errorString());
    if (f.size() > kMaxRequestBytes)
        return RequestFileTr::tr("%1 is not a request: it is %2 KB, a request is a small JSON object").arg(shown).arg(f.size() / 1024);
    const RequestParseResult parsed = parseTrainingRequest(f.readAll(), false);
    if (!parsed.ok())
        return RequestFileTr::tr("%1 was not imported; the settings are unchanged:\n%2").arg(shown, formatRequestErrors(parsed.errors));
    TrainingRequest request = parsed.request;
    const QDir base = QFileInfo(path).absoluteDir();
    request.trainingDataUrl = resolved(request.trainingDataUrl, base);
    for (ValidationEntry &e : request.validation)
        e.referenceAudioUrl = resolved(e.referenceAudioUrl, base);
    request.ignoredFields.clear();
    model->setRequest(request);
    return {};
}

}  // namespace a2a
