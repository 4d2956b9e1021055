#include "ZipWriter.h"

#include "AtomicRename.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace a2a {

ZipWriter::ZipWriter(const QString &destination) : m_destination(destination)
{
    const QFileInfo target(destination);
    m_temp = std::make_unique<QTemporaryFile>(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!m_temp->open()) {
        m_error = QStringLiteral("cannot create a file in %1: %2").arg(target.absolutePath(), m_temp->errorString());
        return;
    }
    m_temp->close();
    m_zip = std::make_unique<QuaZip>(m_temp->fileName());
    m_zip->setFileNameCodec("UTF-8");
    m_zip->setUtf8Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate))
        m_error = QStringLiteral("cannot create the zip %1 (error %2)").arg(destination).arg(m_zip->getZipError());
}

ZipWriter::~ZipWriter()
{
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool ZipWriter::add(const QString &name, const QByteArray &data)
{
    if (!m_error.isEmpty())
        return false;
    QuaZipFile out(m_zip.get());
    QuaZipNewInfo info(name);
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!out.open(QIODevice::WriteOnly, info)) {
        m_error = QStringLiteral("cannot add %1 to the zip (error %2)").arg(name).arg(out.getZipError());
        return false;
    }
    if (out.write(data) != data.size()) {
        m_error = QStringLiteral("cannot write %1 into the zip (disk full?)").arg(name);
        return false;
    }
    out.close();
    if (out.getZipError() != 0) {
        m_error = QStringLiteral("cannot finish %1 in the zip (error %2)").arg(name).arg(out.getZipError());
        return false;
    }
    return true;
}

bool ZipWriter::addFile(const QString &name, const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read %1: %2").arg(path, in.errorString());
        return false;
    }
    return add(name, in.readAll());
}

QString ZipWriter::commit()
{
    if (!m_error.isEmpty())
        return m_error;
    m_zip->close();
    if (m_zip->getZipError() != 0)
        return m_error = QStringLiteral("cannot finish the zip %1 (error %2)").arg(m_destination).arg(m_zip->getZipError());
    if (const QString e = renameOver(m_temp->fileName(), m_destination); !e.isEmpty())
        return m_error = e;
    m_temp->setAutoRemove(false);
    return {};
}

}  // namespace a2a
