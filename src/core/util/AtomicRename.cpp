#include "AtomicRename.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace a2a {

QString renameOver(const QString &finishedTemp, const QString &destination)
{
    // Temp files are created 0600; a finished output gets the usual 0644.
    QFile::setPermissions(finishedTemp, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (std::rename(QFile::encodeName(finishedTemp).constData(), QFile::encodeName(destination).constData()) != 0)
        return QStringLiteral("cannot move the finished file into place at %1: %2")
            .arg(destination, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

}  // namespace a2a
