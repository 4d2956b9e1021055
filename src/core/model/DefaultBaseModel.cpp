#include "DefaultBaseModel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace a2a {

QString defaultBaseModelPath()
{
    const QString name = QStringLiteral("default-base.safetensors");
    QStringList candidates;
    if (!qEnvironmentVariableIsEmpty("A2A_DEFAULT_BASE"))
        candidates << qEnvironmentVariable("A2A_DEFAULT_BASE");
    if (QCoreApplication::instance()) {
        const QDir bin(QCoreApplication::applicationDirPath());
        candidates << bin.filePath(QStringLiteral("../share/a2a-studio/") + name);
    }
    candidates << QStringLiteral(A2A_SOURCE_DIR "/resources/") + name;
    for (const QString &c : candidates)
        if (QFileInfo(c).isFile())
            return QFileInfo(c).absoluteFilePath();
    return {};
}

}  // namespace a2a
