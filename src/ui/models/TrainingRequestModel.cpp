#include "TrainingRequestModel.h"

#include <QJsonDocument>

namespace a2a {

TrainingRequestModel::TrainingRequestModel(QObject *parent)
    : QObject(parent)
{
}

void TrainingRequestModel::setRequest(const TrainingRequest &request)
{
    if (request.toJson() == m_request.toJson())
        return;
    m_request = request;
    Q_EMIT changed();
}

QList<RequestError> TrainingRequestModel::errors() const
{
    QList<RequestError> out;
    for (const RequestError &e : m_request.validate())
        if (e.field != QLatin1String("training_data_url"))
            out << e;
    return out;
}

QString TrainingRequestModel::invalidReason() const
{
    const QList<RequestError> e = errors();
    return e.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(e.first().field, e.first().message);
}

QByteArray TrainingRequestModel::toJson() const
{
    return QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Indented);
}

bool TrainingRequestModel::loadJson(const QByteArray &json, QString *error)
{
    const RequestParseResult parsed = parseTrainingRequest(json, false);
    if (!parsed.ok()) {
        if (error)
            *error = formatRequestErrors(parsed.errors);
        return false;
    }
    setRequest(parsed.request);
    return true;
}

}  // namespace a2a
