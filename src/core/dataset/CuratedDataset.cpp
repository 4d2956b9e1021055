#include "CuratedDataset.h"

#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

namespace a2a {

QString pairStatusName(PairStatus s)
{
    switch (s) {
    case PairStatus::Ok: return QStringLiteral("ok");
    case PairStatus::Warning: return QStringLiteral("warning");
    case PairStatus::Skipped: return QStringLiteral("skipped");
    case PairStatus::Error: return QStringLiteral("error");
    case PairStatus::Excluded: return QStringLiteral("excluded");
    }
    return {};
}

QString ClipRef::suffix() const { return QFileInfo(sourcePath).suffix().toLower(); }

DatasetPair *CuratedDataset::pair(PairId id)
{
    for (DatasetPair &p : pairs)
        if (p.id == id)
            return &p;
    return nullptr;
}

const DatasetPair *CuratedDataset::pair(PairId id) const
{
    return const_cast<CuratedDataset *>(this)->pair(id);
}

PairId CuratedDataset::nextPairId() const
{
    PairId next = 0;
    for (const DatasetPair &p : pairs)
        next = std::max(next, p.id + 1);
    return next;
}

QString composeCaption(const QString &triggerPhrase, const QString &caption)
{
    const QString t = triggerPhrase.trimmed();
    const QString c = caption.trimmed();
    if (t.isEmpty())
        return c;
    if (c.isEmpty())
        return t;
    return t + QLatin1Char(' ') + c;
}

QString CuratedDataset::finalCaption(const DatasetPair &p) const { return composeCaption(triggerPhrase, p.caption); }

IssueList allIssues(const DatasetPair &pair)
{
    IssueList all = pair.issues;
    all += pair.reference.issues;
    all += pair.target.issues;
    return all;
}

PairStatus pairStatus(const DatasetPair &pair, const FitOptions &fit)
{
    if (pair.excluded)
        return PairStatus::Excluded;
    const IssueList issues = allIssues(pair);
    if (hasErrors(issues) || !pair.reference.decoded || !pair.target.decoded)
        return PairStatus::Error;
    if (planFit(pair.reference.durationSeconds(), pair.reference.trimOffsetSeconds, fit).kind == FitKind::Skip
        || planFit(pair.target.durationSeconds(), pair.target.trimOffsetSeconds, fit).kind == FitKind::Skip)
        return PairStatus::Skipped;
    const bool warned = std::any_of(issues.begin(), issues.end(), [](const Issue &i) { return i.severity == Severity::Warning; });
    return warned ? PairStatus::Warning : PairStatus::Ok;
}

}  // namespace a2a
