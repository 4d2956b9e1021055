#include "SafetensorsFile.h"

#include "util/AtomicRename.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>

#include <algorithm>

namespace a2a {

int dtypeSize(TensorDType t) { return t == TensorDType::F32 ? 4 : 2; }

QString dtypeName(TensorDType t)
{
    switch (t) {
    case TensorDType::F32: return QStringLiteral("F32");
    case TensorDType::F16: return QStringLiteral("F16");
    case TensorDType::BF16: return QStringLiteral("BF16");
    }
    return {};
}

int64_t TensorInfo::elementCount() const
{
    int64_t n = 1;
    for (int64_t d : shape)
        n *= d;
    return n;
}

std::unique_ptr<SafetensorsFile> SafetensorsFile::open(const QString &path, QString *error)
{
    auto fail = [&](const QString &why) {
        *error = QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), why);
        return std::unique_ptr<SafetensorsFile>();
    };
    std::unique_ptr<SafetensorsFile> f(new SafetensorsFile);
    f->m_path = path;
    f->m_file = std::make_unique<QFile>(path);
    if (!f->m_file->open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot open: %1").arg(f->m_file->errorString()));
    const int64_t fileSize = f->m_file->size();
    if (fileSize < 8)
        return fail(QStringLiteral("too short to be a safetensors file (%1 bytes)").arg(fileSize));
    f->m_map = f->m_file->map(0, fileSize);
    if (!f->m_map)
        return fail(QStringLiteral("cannot memory-map the file"));
    uint64_t headerLen = 0;
    for (int i = 7; i >= 0; --i)
        headerLen = (headerLen << 8) | f->m_map[i];
    if (headerLen == 0 || headerLen > uint64_t(fileSize - 8) || headerLen > (uint64_t(100) << 20))
        return fail(QStringLiteral("the header length %1 does not fit the file (%2 bytes)").arg(headerLen).arg(fileSize));
    f->m_dataStart = 8 + int64_t(headerLen);
    const QByteArray headerBytes(reinterpret_cast<const char *>(f->m_map + 8), int(headerLen));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(headerBytes.trimmed(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QStringLiteral("the header is not a JSON object (%1)").arg(parseError.errorString()));
    const int64_t dataSize = fileSize - f->m_dataStart;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.key() == QLatin1String("__metadata__")) {
            if (!it.value().isObject())
                return fail(QStringLiteral("__metadata__ is not an object"));
            const QJsonObject meta = it.value().toObject();
            for (auto m = meta.begin(); m != meta.end(); ++m) {
                if (!m.value().isString())
                    return fail(QStringLiteral("__metadata__ value \"%1\" is not a string").arg(m.key()));
                f->m_metadata.insert(m.key(), m.value().toString());
            }
            continue;
        }
        if (!it.value().isObject())
            return fail(QStringLiteral("tensor \"%1\" is not described by an object").arg(it.key()));
        const QJsonObject t = it.value().toObject();
        TensorInfo info;
        info.name = it.key();
        const QString dtype = t.value(QStringLiteral("dtype")).toString();
        if (dtype == QLatin1String("F32"))
            info.dtype = TensorDType::F32;
        else if (dtype == QLatin1String("F16"))
            info.dtype = TensorDType::F16;
        else if (dtype == QLatin1String("BF16"))
            info.dtype = TensorDType::BF16;
        else
            return fail(QStringLiteral("tensor \"%1\" has dtype \"%2\"; only F32, F16 and BF16 are supported").arg(info.name, dtype));
        const QJsonValue shapeValue = t.value(QStringLiteral("shape"));
        if (!shapeValue.isArray())
            return fail(QStringLiteral("tensor \"%1\" has no shape array").arg(info.name));
        int64_t elements = 1;
        for (const QJsonValue &d : shapeValue.toArray()) {
            const double v = d.toDouble(-1);
            if (!d.isDouble() || v < 0 || v != double(int64_t(v)) || v > 1e12)
                return fail(QStringLiteral("tensor \"%1\" has an invalid dimension").arg(info.name));
            info.shape.push_back(int64_t(v));
            elements *= int64_t(v);
            if (elements > (int64_t(1) << 40))
                return fail(QStringLiteral("tensor \"%1\" is impossibly large").arg(info.name));
        }
        const QJsonArray offsets = t.value(QStringLiteral("data_offsets")).toArray();
        if (offsets.size() != 2 || !offsets[0].isDouble() || !offsets[1].isDouble())
            return fail(QStringLiteral("tensor \"%1\" has no [begin, end] data_offsets").arg(info.name));
        info.begin = int64_t(offsets[0].toDouble());
        info.end = int64_t(offsets[1].toDouble());
        if (info.begin < 0 || info.end < info.begin || info.end > dataSize)
            return fail(QStringLiteral("tensor \"%1\" lies outside the file (bytes %2–%3 of %4)").arg(info.name).arg(info.begin).arg(info.end).arg(dataSize));
        if (info.end - info.begin != elements * dtypeSize(info.dtype))
            return fail(QStringLiteral("tensor \"%1\" has %2 bytes but its shape needs %3").arg(info.name).arg(info.end - info.begin).arg(elements * dtypeSize(info.dtype)));
        f->m_tensors.push_back(info);
    }
    std::vector<TensorInfo> sorted = f->m_tensors;
    std::sort(sorted.begin(), sorted.end(), [](const TensorInfo &a, const TensorInfo &b) { return a.begin < b.begin; });
    for (size_t i = 1; i < sorted.size(); ++i)
        if (sorted[i].begin < sorted[i - 1].end)
            return fail(QStringLiteral("tensors \"%1\" and \"%2\" overlap").arg(sorted[i - 1].name, sorted[i].name));
    std::sort(f->m_tensors.begin(), f->m_tensors.end(), [](const TensorInfo &a, const TensorInfo &b) { return a.begin < b.begin; });
    for (int i = 0; i < int(f->m_tensors.size()); ++i)
        f->m_index.insert(f->m_tensors[size_t(i)].name, i);
    return f;
}

QStringList SafetensorsFile::tensorNames() const
{
    QStringList names;
    for (const TensorInfo &t : m_tensors)
        names << t.name;
    return names;
}

const TensorInfo *SafetensorsFile::info(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : &m_tensors[size_t(*it)];
}

const uchar *SafetensorsFile::data(const QString &name) const
{
    const TensorInfo *t = info(name);
    return t ? m_map + m_dataStart + t->begin : nullptr;
}

void SafetensorsWriter::add(const QString &name, TensorDType dtype, const std::vector<int64_t> &shape, QByteArray bytes)
{
    m_entries.push_back({name, dtype, shape, std::move(bytes)});
}

QString SafetensorsWriter::write(const QString &path) const
{
    QJsonObject header;
    int64_t offset = 0;
    for (const Entry &e : m_entries) {
        QJsonArray shape;
        int64_t elements = 1;
        for (int64_t d : e.shape) {
            shape.append(double(d));
            elements *= d;
        }
        if (elements * dtypeSize(e.dtype) != e.bytes.size())
            return QStringLiteral("tensor %1: %2 bytes do not match its shape").arg(e.name).arg(e.bytes.size());
        header.insert(e.name, QJsonObject{{QStringLiteral("dtype"), dtypeName(e.dtype)},
                                          {QStringLiteral("shape"), shape},
                                          {QStringLiteral("data_offsets"), QJsonArray{double(offset), double(offset + e.bytes.size())}}});
        offset += e.bytes.size();
    }
    if (!m_metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = m_metadata.begin(); it != m_metadata.end(); ++it)
            meta.insert(it.key(), it.value());
        header.insert(QStringLiteral("__metadata__"), meta);
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8 != 0)
        json.append(' ');

    const QFileInfo target(path);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open())
        return QStringLiteral("cannot create a file in %1: %2").arg(target.absolutePath(), temp.errorString());
    QByteArray lengthBytes(8, '\0');
    const uint64_t n = uint64_t(json.size());
    for (int i = 0; i < 8; ++i)
        lengthBytes[i] = char((n >> (8 * i)) & 0xFF);
    bool ok = temp.write(lengthBytes) == 8 && temp.write(json) == json.size();
    for (const Entry &e : m_entries)
        ok = ok && temp.write(e.bytes) == e.bytes.size();
    ok = ok && temp.flush();
    if (!ok)
        return QStringLiteral("writing %1 failed (disk full?)").arg(path);
    temp.close();
    const QString error = renameOver(temp.fileName(), path);
    if (error.isEmpty())
        temp.setAutoRemove(false);
    return error;
}

}  // namespace a2a
