#pragma once
// Safe reading of a user's .zip: every entry is checked before anything is extracted. Entries
// with "..", absolute or drive paths, symlinks or encryption are rejected and never written;
// declared and actual uncompressed sizes are capped (zip bombs); corrupt and truncated archives
// give an Issue. Extraction writes only to destination paths the caller chooses (never a path
// derived from the entry name). Thread rule: one ZipArchive per thread.

#include "util/Issue.h"
#include "util/Progress.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QuaZip;

namespace a2a {

struct ArchiveLimits {
    qint64 maxEntryBytes = qint64(1) << 30;  // one uncompressed entry
    qint64 maxTotalBytes = qint64(4) << 30;  // all entries together
    int maxEntries = 50000;
};

struct ArchiveEntry {
    int index = -1;           // position in the archive's central directory
    QString path;             // '/'-separated, relative, validated
    qint64 size = 0;          // declared uncompressed size
    qint64 compressedSize = 0;
};

class ZipArchive {
public:
    ~ZipArchive();

    // Opens and validates the whole central directory. On a fatal problem (not a zip, corrupt,
    // encrypted, too large) returns null and fills *issues. Unsafe entries are reported in
    // *issues as errors and left out of entries().
    static std::unique_ptr<ZipArchive> open(const QString &zipPath, const ArchiveLimits &limits, IssueList *issues);

    const QList<ArchiveEntry> &entries() const { return m_entries; }
    QString displayName() const { return m_displayName; }

    // Extracts the given entries (index → destination file path), one pass over the archive.
    // Reading stops at the entry's declared size and at the limits, whatever the data says.
    // Returns false on cancel or on a fatal error (in *issues); a damaged single entry gives an
    // Error issue for that entry and the others are still extracted.
    bool extract(const QHash<int, QString> &destinations, const ProgressSink &progress, IssueList *issues);

private:
    ZipArchive() = default;
    std::unique_ptr<QuaZip> m_zip;
    QList<ArchiveEntry> m_entries;
    QString m_displayName;
    ArchiveLimits m_limits;
};

// Why an entry path is unsafe ("" when it is safe): "..", absolute, drive letters, backslashes
// that would become separators on Windows, NUL or control characters.
QString unsafeEntryPathReason(const QString &path);

}  // namespace a2a
