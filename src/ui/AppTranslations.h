#pragma once
// The interface language: Qt's own strings (qtbase_<lang>.qm from Qt's translations folder) and
// ours (a2a-studio_<lang>.qm, built by lrelease from translations/a2a-studio_<lang>.ts), found in
// translations/ beside the binary (a build) or in the install's share/a2a-studio/translations.
// The user's choice (View ▸ Language, stored in AppSettings; --language for one run) is applied
// once at start: a translator changes only strings made after it is installed, so choosing another
// language asks for a restart rather than re-wording every widget. Thread rule: GUI thread, before
// the main window is built.

#include <QString>
#include <QStringList>

namespace a2a::translations {

// Where a2a-studio_<lang>.qm is looked for, first match wins.
QStringList searchDirs();

// The languages the app speaks: "en" (its source language) and each <code> of an
// a2a-studio_<code>.qm in `dirs` (empty: the folders the last install() searched), sorted.
QStringList available(const QStringList &dirs = {});

// A language's name in that language ("Deutsch"), so a user lost in a foreign interface finds theirs.
QString nativeName(const QString &code);

// The value of `--language CODE` or `--language=CODE` in args; a null string when absent. Read
// before QCommandLineParser runs, since the parser's help text is already translated.
QString fromArguments(const QStringList &args);

struct Loaded {
    QString ours;  // the a2a-studio .qm installed; empty when none (English, or none found)
    QString qt;    // the qtbase .qm installed; empty when none
};

// Installs the translators for `code`: "" = the system's languages, "en" = none (the source
// strings). Replaces the translators an earlier call installed.
Loaded install(const QString &code, const QStringList &dirs = searchDirs());

// The code the last install() was given: the language this run speaks ("" = the system's).
QString running();

}  // namespace a2a::translations
