#pragma once
// Builds zip fixtures, including hostile ones: any entry name (absolute, "..", backslashes),
// symlink entries, password-protected entries, entries with forged sizes.

#include <QByteArray>
#include <QList>
#include <QString>

namespace a2a::test {

struct ZipEntrySpec {
    QString name;
    QByteArray data;
    bool symlink = false;          // stored with Unix mode 0120777 (data = link target)
    QString password;              // non-empty = encrypted (ZipCrypto)
};

class ZipBuilder {
public:
    ZipBuilder &add(const QString &name, const QByteArray &data);
    ZipBuilder &addFile(const QString &name, const QString &diskPath);
    ZipBuilder &addSymlink(const QString &name, const QString &target);
    ZipBuilder &addEncrypted(const QString &name, const QByteArray &data, const QString &password);
    bool write(const QString &zipPath) const;

private:
    QList<ZipEntrySpec> m_entries;
};

// Rewrites the declared uncompressed size of every entry (central directory and local headers)
// to `size`: a forged header, as a zip bomb would carry.
bool forgeUncompressedSizes(const QString &zipPath, quint32 size);

}  // namespace a2a::test
