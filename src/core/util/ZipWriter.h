#pragma once
// Builds a new .zip atomically: entries go into a temp file beside the destination, which is
// renamed over it only by commit(). Dropping the writer without commit() leaves nothing behind.
// Used by "Save dataset as…", the debug archive and the sample datasets.
// Thread rule: one writer per thread.

#include <QByteArray>
#include <QString>

#include <memory>

class QuaZip;
class QTemporaryFile;

namespace a2a {

class ZipWriter {
public:
    explicit ZipWriter(const QString &destination);
    ~ZipWriter();

    bool isOpen() const { return m_error.isEmpty(); }
    bool add(const QString &name, const QByteArray &data);  // false (and error()) on failure
    bool addFile(const QString &name, const QString &path);
    QString commit();                                      // "" on success
    QString error() const { return m_error; }

private:
    QString m_destination;
    QString m_error;
    std::unique_ptr<QTemporaryFile> m_temp;
    std::unique_ptr<QuaZip> m_zip;
};

}  // namespace a2a
