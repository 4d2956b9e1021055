#include "DatasetManifest.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace a2a {

QByteArray writeDatasetManifest(const CuratedDataset &dataset)
{
    QJsonObject pairs;
    for (const DatasetPair &p : dataset.pairs) {
        if (p.excluded)
            continue;
        QJsonObject entry;
        if (p.reference.trimOffsetSeconds > 0)
            entry[QStringLiteral("reference_trim_offset_seconds")] = p.reference.trimOffsetSeconds;
        if (p.target.trimOffsetSeconds > 0)
            entry[QStringLiteral("target_trim_offset_seconds")] = p.target.trimOffsetSeconds;
        if (!entry.isEmpty())
            pairs[p.name] = entry;
    }
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("a2a-dataset")},
                     {QStringLiteral("version"), 1},
                     {QStringLiteral("trigger_phrase"), dataset.triggerPhrase},
                     {QStringLiteral("pairs"), pairs}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

void applyDatasetManifest(const QByteArray &json, const QString &manifestPath, CuratedDataset &dataset)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject() || doc.object().value(QStringLiteral("format")).toString() != QLatin1String("a2a-dataset")) {
        dataset.issues.append(makeIssue(Severity::Warning, QStringLiteral("manifest-unreadable"), manifestPath,
                                        QStringLiteral("the A2A Studio sidecar cannot be read (%1); it is ignored")
                                            .arg(error.error != QJsonParseError::NoError ? error.errorString() : QStringLiteral("not an a2a-dataset file")),
                                        QStringLiteral("delete it or save the dataset again")));
        return;
    }
    const QJsonObject root = doc.object();
    dataset.triggerPhrase = root.value(QStringLiteral("trigger_phrase")).toString();
    const QJsonObject pairs = root.value(QStringLiteral("pairs")).toObject();
    for (DatasetPair &p : dataset.pairs) {
        const QJsonObject entry = pairs.value(p.name).toObject();
        p.reference.trimOffsetSeconds = qMax(0.0, entry.value(QStringLiteral("reference_trim_offset_seconds")).toDouble());
        p.target.trimOffsetSeconds = qMax(0.0, entry.value(QStringLiteral("target_trim_offset_seconds")).toDouble());
    }
}

}  // namespace a2a
