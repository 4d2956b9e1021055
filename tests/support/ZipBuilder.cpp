#include "ZipBuilder.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QFile>

namespace a2a::test {

ZipBuilder &ZipBuilder::add(const QString &name, const QByteArray &data)
{
    m_entries.append({name, data, false, {}});
    return *this;
}

ZipBuilder &ZipBuilder::addFile(const QString &name, const QString &diskPath)
{
    QFile f(diskPath);
    f.open(QIODevice::ReadOnly);
    return add(name, f.readAll());
}

ZipBuilder &ZipBuilder::addSymlink(const QString &name, const QString &target)
{
    m_entries.append({name, target.toUtf8(), true, {}});
    return *this;
}

ZipBuilder &ZipBuilder::addEncrypted(const QString &name, const QByteArray &data, const QString &password)
{
    m_entries.append({name, data, false, password});
    return *this;
}

bool ZipBuilder::write(const QString &zipPath) const
{
    QFile::remove(zipPath);
    QuaZip zip(zipPath);
    zip.setFileNameCodec("UTF-8");
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipEntrySpec &e : m_entries) {
        QuaZipFile out(&zip);
        QuaZipNewInfo info(e.name);
        if (e.symlink)
            info.externalAttr = quint32(0120777) << 16;
        const QByteArray password = e.password.toUtf8();
        const bool ok = e.password.isEmpty()
                            ? out.open(QIODevice::WriteOnly, info)
                            : out.open(QIODevice::WriteOnly, info, password.constData(), 0, Z_DEFLATED, Z_DEFAULT_COMPRESSION);
        if (!ok)
            return false;
        out.write(e.data);
        out.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

bool forgeUncompressedSizes(const QString &zipPath, quint32 size)
{
    QFile f(zipPath);
    if (!f.open(QIODevice::ReadWrite))
        return false;
    QByteArray d = f.readAll();
    auto put32 = [&](int at, quint32 v) {
        for (int i = 0; i < 4; ++i)
            d[at + i] = char((v >> (8 * i)) & 0xFF);
    };
    for (int i = 0; i + 46 <= d.size(); ++i) {
        if (d.mid(i, 4) == QByteArray("PK\x01\x02", 4))
            put32(i + 24, size);
        else if (d.mid(i, 4) == QByteArray("PK\x03\x04", 4))
            put32(i + 22, size);
    }
    f.seek(0);
    f.write(d);
    return true;
}

}  // namespace a2a::test
