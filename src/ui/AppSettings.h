#pragma once
// What the app remembers between runs (QSettings under the application's organization/name):
// recent datasets, the last folder, the bucket and fit settings, view toggles, window layout,
// the sample dataset choices, the base model choice, the text encoder folder and the interface language. Thread rule: GUI thread.

#include "audio/ClipFitter.h"
#include "samples/SampleDatasetMaker.h"

#include <QByteArray>
#include <QStringList>

namespace a2a::settings {

constexpr int kMaxRecentFiles = 10;

QStringList recentFiles();
void addRecentFile(const QString &input);  // most recent first; URLs and paths alike
void clearRecentFiles();

QString lastDirectory();
void setLastDirectory(const QString &directory);

FitOptions fitOptions();
void setFitOptions(const FitOptions &fit);

SampleOptions sampleOptions();
void setSampleOptions(const SampleOptions &options);

// The interface language: "" = the system's, else a code such as "en" or "de" (AppTranslations.h).
QString language();
void setLanguage(const QString &code);

// The base model the Training settings chose: the embedded default, or an LTX-2.3 checkpoint file
// (its path is remembered even while the embedded model is chosen).
struct BaseModelChoice {
    bool checkpoint = false;
    QString path;
};
BaseModelChoice baseModelChoice();
void setBaseModelChoice(const BaseModelChoice &choice);
// The Gemma-3 text encoder folder an LTX-2.3 checkpoint needs ("" when none was chosen).
QString textEncoderFolder();
void setTextEncoderFolder(const QString &folder);

bool flag(const QString &key, bool fallback);  // "view/onlyProblems", "playback/loudnessMatch", …
void setFlag(const QString &key, bool on);

QByteArray bytes(const QString &key);  // "window/geometry", "window/state", …
void setBytes(const QString &key, const QByteArray &value);

}  // namespace a2a::settings
