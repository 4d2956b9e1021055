#include "ZipArchive.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>
#include <unzip.h>

#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace a2a {
namespace {

bool isSymlinkEntry(const QuaZipFileInfo64 &info)
{
    const int host = info.versionCreated >> 8;
    const quint32 mode = info.externalAttr >> 16;
    // Unix (3) and macOS (19) hosts store st_mode in the high half of the external attributes.
    return (host == 3 || host == 19) && (mode & 0170000) == 0120000;
}

QString zipErrorText(int code)
{
    switch (code) {
    case UNZ_BADZIPFILE: return QStringLiteral("the archive's structure is damaged");
    case UNZ_CRCERROR: return QStringLiteral("the data does not match its checksum (corrupt)");
    case UNZ_ERRNO: return QStringLiteral("read error");
    case UNZ_INTERNALERROR: return QStringLiteral("internal zip error");
    default: break;
    }
    return QStringLiteral("zip error %1 (the data is damaged or uses an unsupported compression method)").arg(code);
}

}  // namespace

QString unsafeEntryPathReason(const QString &path)
{
    if (path.isEmpty())
        return QStringLiteral("the entry has an empty name");
    for (const QChar ch : path)
        if (ch.unicode() < 0x20)
            return QStringLiteral("the entry name contains control characters");
    if (path.contains(QLatin1Char('\\')))
        return QStringLiteral("the entry name contains a backslash, which is a path separator on Windows");
    if (path.startsWith(QLatin1Char('/')))
        return QStringLiteral("the entry has an absolute path");
    if (path.size() >= 2 && path[1] == QLatin1Char(':') && path[0].isLetter())
        return QStringLiteral("the entry has a drive-letter path");
    const QStringList parts = path.split(QLatin1Char('/'));
    for (const QString &part : parts)
        if (part == QLatin1String(".."))
            return QStringLiteral("the entry path contains \"..\" and would point outside the archive");
    return {};
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        m_zip->close();
}

std::unique_ptr<ZipArchive> ZipArchive::open(const QString &zipPath, const ArchiveLimits &limits, IssueList *issues)
{
    const QString name = QFileInfo(zipPath).fileName();
    auto fatal = [&](const QString &code, const QString &message, const QString &hint) {
        issues->append(makeIssue(Severity::Error, code, name, message, hint));
        return std::unique_ptr<ZipArchive>();
    };
    QFile probe(zipPath);
    if (!probe.open(QIODevice::ReadOnly))
        return fatal(QStringLiteral("archive-missing"), QStringLiteral("cannot open the archive: %1").arg(probe.errorString()),
                     QStringLiteral("check the path and that you may read the file"));
    const QByteArray magic = probe.read(4);
    probe.close();
    if (magic.size() < 4 || !(magic.startsWith("PK\x03\x04") || magic.startsWith("PK\x05\x06")))
        return fatal(QStringLiteral("archive-not-zip"), QStringLiteral("this is not a .zip archive"),
                     QStringLiteral("zip the pairs (e.g. `zip -r pairs.zip folder`) and try again"));

    std::unique_ptr<ZipArchive> archive(new ZipArchive);
    archive->m_displayName = name;
    archive->m_limits = limits;
    archive->m_zip = std::make_unique<QuaZip>(zipPath);
    archive->m_zip->setFileNameCodec("UTF-8");
    if (!archive->m_zip->open(QuaZip::mdUnzip))
        return fatal(QStringLiteral("archive-corrupt"),
                     QStringLiteral("the archive cannot be read: %1 (it may be truncated or damaged)")
                         .arg(zipErrorText(archive->m_zip->getZipError())),
                     QStringLiteral("download or zip it again"));

    qint64 total = 0;
    int index = 0;
    QSet<QString> seen;
    bool more = archive->m_zip->goToFirstFile();
    for (; more; more = archive->m_zip->goToNextFile(), ++index) {
        if (index >= limits.maxEntries)
            return fatal(QStringLiteral("archive-too-many-entries"),
                         QStringLiteral("the archive has more than %1 entries").arg(limits.maxEntries),
                         QStringLiteral("split the dataset into several archives"));
        QuaZipFileInfo64 info;
        if (!archive->m_zip->getCurrentFileInfo(&info))
            return fatal(QStringLiteral("archive-corrupt"),
                         QStringLiteral("the archive's directory is damaged at entry %1 (%2)").arg(index + 1).arg(zipErrorText(archive->m_zip->getZipError())),
                         QStringLiteral("download or zip it again"));
        const QString path = info.name;
        if (const QString why = unsafeEntryPathReason(path); !why.isEmpty()) {
            issues->append(makeIssue(Severity::Error, QStringLiteral("entry-unsafe-path"), path, why + QStringLiteral("; it was not extracted"),
                                     QStringLiteral("rebuild the archive from a plain folder of files")));
            continue;
        }
        if (isSymlinkEntry(info)) {
            issues->append(makeIssue(Severity::Error, QStringLiteral("entry-symlink"), path,
                                     QStringLiteral("the entry is a symbolic link; links are never followed or extracted"),
                                     QStringLiteral("replace the link with the real file (zip without -y / --symlinks)")));
            continue;
        }
        if (path.endsWith(QLatin1Char('/')))
            continue;  // a directory: nothing to extract
        if (info.isEncrypted())
            return fatal(QStringLiteral("archive-encrypted"),
                         QStringLiteral("the archive is password-protected (entry %1)").arg(path),
                         QStringLiteral("zip the files again without a password"));
        const qint64 size = qint64(info.uncompressedSize);
        if (size > limits.maxEntryBytes)
            return fatal(QStringLiteral("archive-too-large"),
                         QStringLiteral("entry %1 declares %2 MB uncompressed, above the %3 MB limit per file (a zip bomb or a huge file)")
                             .arg(path).arg(size >> 20).arg(limits.maxEntryBytes >> 20),
                         QStringLiteral("use clips of at most a few minutes each"));
        total += size;
        if (total > limits.maxTotalBytes)
            return fatal(QStringLiteral("archive-too-large"),
                         QStringLiteral("the archive declares more than %1 MB uncompressed (a zip bomb or a huge dataset)").arg(limits.maxTotalBytes >> 20),
                         QStringLiteral("keep the dataset under the limit or split it"));
        if (seen.contains(path)) {
            issues->append(makeIssue(Severity::Error, QStringLiteral("entry-duplicate"), path,
                                     QStringLiteral("the archive contains this path twice"),
                                     QStringLiteral("rebuild the archive so each file appears once")));
            continue;
        }
        seen.insert(path);
        archive->m_entries.append(ArchiveEntry{index, path, size, qint64(info.compressedSize)});
    }
    if (archive->m_zip->getZipError() != UNZ_OK)
        return fatal(QStringLiteral("archive-corrupt"),
                     QStringLiteral("the archive's directory is damaged: %1").arg(zipErrorText(archive->m_zip->getZipError())),
                     QStringLiteral("download or zip it again"));
    return archive;
}

bool ZipArchive::extract(const QHash<int, QString> &destinations, const ProgressSink &progress, IssueList *issues)
{
    qint64 totalWanted = 0;
    for (const ArchiveEntry &e : m_entries)
        if (destinations.contains(e.index))
            totalWanted += e.size;
    qint64 done = 0;
    int index = 0;
    const QString stage = QStringLiteral("Extracting");
    QByteArray block(1 << 16, Qt::Uninitialized);
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile(), ++index) {
        const auto it = destinations.constFind(index);
        if (it == destinations.constEnd())
            continue;
        if (progress.isCancelled())
            return false;
        QuaZipFileInfo64 info;
        m_zip->getCurrentFileInfo(&info);
        const qint64 declared = qint64(info.uncompressedSize);
        QuaZipFile in(m_zip.get());
        QFile out(it.value());
        auto entryError = [&](const QString &message) {
            out.close();
            out.remove();
            issues->append(makeIssue(Severity::Error, QStringLiteral("entry-corrupt"), info.name, message,
                                     QStringLiteral("the archive is damaged; download or zip it again")));
        };
        if (!in.open(QIODevice::ReadOnly)) {
            entryError(QStringLiteral("cannot be read from the archive: %1").arg(zipErrorText(in.getZipError())));
            continue;
        }
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            issues->append(makeIssue(Severity::Error, QStringLiteral("temp-write-failed"), info.name,
                                     QStringLiteral("cannot write to the private work folder: %1").arg(out.errorString()),
                                     QStringLiteral("free some disk space")));
            return false;
        }
        qint64 written = 0;
        bool failed = false;
        for (;;) {
            const qint64 n = in.read(block.data(), block.size());
            if (n < 0) {
                entryError(QStringLiteral("is corrupt: %1").arg(zipErrorText(in.getZipError())));
                failed = true;
                break;
            }
            if (n == 0)
                break;
            written += n;
            // minizip stops at the declared size; this guards the limit whatever the header says.
            if (written > declared || written > m_limits.maxEntryBytes) {
                entryError(QStringLiteral("inflates beyond its declared size (a zip bomb)"));
                failed = true;
                break;
            }
            if (out.write(block.constData(), n) != n) {
                entryError(QStringLiteral("cannot be written to the work folder: %1").arg(out.errorString()));
                failed = true;
                break;
            }
            done += n;
            progress.report(stage, done, totalWanted);
            if (progress.isCancelled()) {
                in.close();
                out.close();
                out.remove();
                return false;
            }
        }
        in.close();
        if (failed)
            continue;
        if (in.getZipError() != UNZ_OK) {
            entryError(QStringLiteral("is corrupt: %1").arg(zipErrorText(in.getZipError())));
            continue;
        }
        if (written != declared) {
            entryError(QStringLiteral("is truncated: %1 of %2 bytes present").arg(written).arg(declared));
            continue;
        }
        out.close();
    }
    return true;
}

}  // namespace a2a
