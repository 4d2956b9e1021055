#include "TrainingRequestModel.h"

#include <QJsonDocument>

#include <algorithm>

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
    QList<RequestError> out = m_inputErrors;
    auto hasInputError = [this](const QString &field) {
        return std::any_of(m_inputErrors.begin(), m_inputErrors.end(), [&](const RequestError &e) { return e.field == field; });
    };
    for (const RequestError &e : m_request.validate())
        if (e.field != QLatin1String("training_data_url") && !hasInputError(e.field))
            out << e;
    return out;
}

void TrainingRequestModel::setInputError(const QString &field, const QString &message)
{
    const auto it = std::find_if(m_inputErrors.begin(), m_inputErrors.end(), [&](const RequestError &e) { return e.field == field; });
    if (it != m_inputErrors.end() && it->message == message)
        return;
    if (it == m_inputErrors.end() && message.isEmpty())
        return;
    if (it != m_inputErrors.end())
        m_inputErrors.erase(it);
    if (!message.isEmpty())
        m_inputErrors.append({field, message});
    Q_EMIT changed();
}

QStringList TrainingRequestModel::fieldErrors(const QString &field) const
{
    QStringList out;
    for (const RequestError &e : errors())
        if (e.field == field)
            out << e.message;
    return out;
}

void TrainingRequestModel::setBaseProblem(const QString &reason)
{
    if (reason == m_baseProblem)
        return;
    m_baseProblem = reason;
    Q_EMIT changed();
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
