#pragma once
// safetensors reading and writing without libtorch. The reader memory-maps the file, validates
// the whole header against it (8-byte length, JSON, dtypes F32/F16/BF16, offsets in bounds and
// not overlapping, byte sizes matching shapes) and hands out pointers into the map, so only the
// tensors asked for are ever paged in. The writer builds a file atomically (temp + rename).
// Thread rule: a SafetensorsFile is immutable after open(); share it between threads freely.

#include <QByteArray>
#include <QFile>
#include <QMap>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace a2a {

enum class TensorDType { F32, F16, BF16 };
int dtypeSize(TensorDType t);
QString dtypeName(TensorDType t);

struct TensorInfo {
    QString name;
    TensorDType dtype = TensorDType::F32;
    std::vector<int64_t> shape;
    int64_t begin = 0;  // byte offsets into the data section
    int64_t end = 0;
    int64_t elementCount() const;
};

class SafetensorsFile {
public:
    // Returns null and sets *error (what is wrong, where) on any inconsistency.
    static std::unique_ptr<SafetensorsFile> open(const QString &path, QString *error);

    QStringList tensorNames() const;  // in file order
    bool contains(const QString &name) const { return m_index.contains(name); }
    const TensorInfo *info(const QString &name) const;
    const uchar *data(const QString &name) const;  // into the mapping; null if unknown
    const QMap<QString, QString> &metadata() const { return m_metadata; }
    QString path() const { return m_path; }

private:
    SafetensorsFile() = default;
    QString m_path;
    std::unique_ptr<QFile> m_file;
    const uchar *m_map = nullptr;
    int64_t m_dataStart = 0;
    std::vector<TensorInfo> m_tensors;
    QMap<QString, int> m_index;
    QMap<QString, QString> m_metadata;
};

// Collects tensors and writes them in one go.
class SafetensorsWriter {
public:
    void add(const QString &name, TensorDType dtype, const std::vector<int64_t> &shape, QByteArray bytes);
    void setMetadata(const QString &key, const QString &value) { m_metadata.insert(key, value); }
    // Atomic: a temp file in the destination folder, renamed over `path` when complete.
    // Returns an empty string on success.
    QString write(const QString &path) const;

private:
    struct Entry {
        QString name;
        TensorDType dtype;
        std::vector<int64_t> shape;
        QByteArray bytes;
    };
    std::vector<Entry> m_entries;
    QMap<QString, QString> m_metadata;
};

}  // namespace a2a
