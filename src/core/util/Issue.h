#pragma once
// Problems found in user input, carried as data so the CLI, the app and export can all show them.
// Thread rule: plain values, copy freely between threads.

#include <QList>
#include <QString>

namespace a2a {

enum class Severity {
    Info,     // worth knowing, changes nothing (an ignored file)
    Warning,  // the item is still used, but the user should look (an orphan _start, a truncated clip)
    Error,    // the item cannot be used; at dataset level the request is refused
};

QString severityName(Severity s);

struct Issue {
    Severity severity = Severity::Error;
    QString code;     // stable machine-readable id, e.g. "end-without-start"
    QString file;     // the file (archive entry or path) it is about; empty when about the dataset
    QString message;  // what is wrong, in words
    QString hint;     // what to do about it

    QString toText() const;  // "error: file: message (hint)"
};

using IssueList = QList<Issue>;

bool hasErrors(const IssueList &issues);
Issue makeIssue(Severity s, const QString &code, const QString &file, const QString &message,
                const QString &hint = {});

}  // namespace a2a
