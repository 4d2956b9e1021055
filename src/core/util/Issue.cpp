#include "Issue.h"

#include <algorithm>

namespace a2a {

QString severityName(Severity s)
{
    switch (s) {
    case Severity::Info: return QStringLiteral("info");
    case Severity::Warning: return QStringLiteral("warning");
    case Severity::Error: return QStringLiteral("error");
    }
    return {};
}

QString Issue::toText() const
{
    QString text = severityName(severity) + QStringLiteral(": ");
    if (!file.isEmpty())
        text += file + QStringLiteral(": ");
    text += message;
    if (!hint.isEmpty())
        text += QStringLiteral(" — ") + hint;
    return text;
}

bool hasErrors(const IssueList &issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue &i) { return i.severity == Severity::Error; });
}

Issue makeIssue(Severity s, const QString &code, const QString &file, const QString &message,
                const QString &hint)
{
    return Issue{s, code, file, message, hint};
}

}  // namespace a2a
