#include "AppSettings.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace a2a::settings {

QStringList recentFiles() { return QSettings().value(QStringLiteral("recentFiles")).toStringList(); }

void addRecentFile(const QString &input)
{
    QStringList list = recentFiles();
    list.removeAll(input);
    list.prepend(input);
    while (list.size() > kMaxRecentFiles)
        list.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), list);
}

void clearRecentFiles() { QSettings().remove(QStringLiteral("recentFiles")); }

QString lastDirectory()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    return !dir.isEmpty() && QDir(dir).exists() ? dir : QStandardPaths::writableLocation(QStandardPaths::HomeLocation);
}

void setLastDirectory(const QString &directory) { QSettings().setValue(QStringLiteral("lastDirectory"), directory); }

FitOptions fitOptions()
{
    QSettings s;
    FitOptions f;
    f.bucketSeconds = std::clamp(s.value(QStringLiteral("fit/bucketSeconds"), f.bucketSeconds).toDouble(), 0.5, 60.0);
    f.preservePitch = s.value(QStringLiteral("fit/preservePitch"), f.preservePitch).toBool();
    return f;
}

void setFitOptions(const FitOptions &fit)
{
    QSettings s;
    s.setValue(QStringLiteral("fit/bucketSeconds"), fit.bucketSeconds);
    s.setValue(QStringLiteral("fit/preservePitch"), fit.preservePitch);
}

SampleOptions sampleOptions()
{
    QSettings s;
    SampleOptions o;
    o.kind = s.value(QStringLiteral("sample/kind"), o.kind).toString();
    if (!sampleKinds().contains(o.kind))
        o.kind = sampleKinds().value(0);
    o.pairs = std::clamp(s.value(QStringLiteral("sample/pairs"), o.pairs).toInt(), 1, 500);
    o.seconds = std::clamp(s.value(QStringLiteral("sample/seconds"), o.seconds).toDouble(), 1.0, 60.0);
    return o;
}

void setSampleOptions(const SampleOptions &o)
{
    QSettings s;
    s.setValue(QStringLiteral("sample/kind"), o.kind);
    s.setValue(QStringLiteral("sample/pairs"), o.pairs);
    s.setValue(QStringLiteral("sample/seconds"), o.seconds);
}

QString language() { return QSettings().value(QStringLiteral("language")).toString(); }
void setLanguage(const QString &code) { QSettings().setValue(QStringLiteral("language"), code); }

BaseModelChoice baseModelChoice()
{
    QSettings s;
    BaseModelChoice c;
    c.checkpoint = s.value(QStringLiteral("training/baseIsCheckpoint"), false).toBool();
    c.path = s.value(QStringLiteral("training/baseCheckpoint")).toString();
    return c;
}

void setBaseModelChoice(const BaseModelChoice &c)
{
    QSettings s;
    s.setValue(QStringLiteral("training/baseIsCheckpoint"), c.checkpoint);
    s.setValue(QStringLiteral("training/baseCheckpoint"), c.path);
}

QString textEncoderFolder() { return QSettings().value(QStringLiteral("training/textEncoder")).toString(); }
void setTextEncoderFolder(const QString &folder) { QSettings().setValue(QStringLiteral("training/textEncoder"), folder); }

bool flag(const QString &key, bool fallback) { return QSettings().value(key, fallback).toBool(); }
void setFlag(const QString &key, bool on) { QSettings().setValue(key, on); }

QByteArray bytes(const QString &key) { return QSettings().value(key).toByteArray(); }
void setBytes(const QString &key, const QByteArray &value) { QSettings().setValue(key, value); }

}  // namespace a2a::settings
