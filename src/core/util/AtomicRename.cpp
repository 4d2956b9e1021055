#include "AtomicRename.h"

#include <QFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace a2a {

QString renameOver(const QString &finishedTemp, const QString &destination)
{
    if (std::rename(QFile::encodeName(finishedTemp).constData(), QFile::encodeName(destination).constData()) != 0)
        return QStringLiteral("cannot move the finished file into place at %1: %2")
            .arg(destination, QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

}  // namespace a2a
