#include "UiTestSupport.h"

#include "support/TestSignals.h"
#include "support/ZipBuilder.h"

#include <QDir>
#include <QFile>
#include <QHash>

namespace a2a::test {

bool writeDatasetZip(const QString &zipPath, const QList<PairSpec> &pairs, const QStringList &orphanStarts)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return false;
    QHash<QString, QByteArray> cache;  // "seconds|rate|format|seed" → file bytes
    uint32_t seed = 1;
    auto clip = [&](double seconds, int rate, const QString &format) -> QByteArray {
        if (seconds < 0)
            return QByteArrayLiteral("not audio at all");
        const QString key = QStringLiteral("%1|%2|%3|%4").arg(seconds).arg(rate).arg(format).arg(seed % 2);
        ++seed;
        if (!cache.contains(key)) {
            const QString path = tmp.filePath(QStringLiteral("clip%1.%2").arg(cache.size()).arg(format));
            if (!writeClip(path, noise(rate, 1, seconds, 0.3f + 0.2f * float(seed % 2), seed), format))
                return {};
            QFile f(path);
            f.open(QIODevice::ReadOnly);
            cache.insert(key, f.readAll());
        }
        return cache.value(key);
    };
    ZipBuilder zip;
    for (const PairSpec &p : pairs) {
        const QByteArray ref = clip(p.referenceSeconds, p.sampleRate, p.format);
        const QByteArray tgt = clip(p.targetSeconds, p.sampleRate, p.format);
        if (ref.isEmpty() || tgt.isEmpty())
            return false;
        zip.add(QStringLiteral("%1_start.%2").arg(p.name, p.format), ref);
        zip.add(QStringLiteral("%1_end.%2").arg(p.name, p.format), tgt);
        if (!p.caption.isEmpty())
            zip.add(p.name + QStringLiteral(".txt"), p.caption.toUtf8());
    }
    for (const QString &o : orphanStarts)
        zip.add(o, clip(6.0, 16000, QStringLiteral("wav")));
    return zip.write(zipPath);
}

const DatasetPair *pairNamed(const CuratedDataset &dataset, const QString &name)
{
    for (const DatasetPair &p : dataset.pairs)
        if (p.name == name)
            return &p;
    return nullptr;
}

void isolateSettings()
{
    static QTemporaryDir dir;
    qputenv("XDG_CONFIG_HOME", dir.path().toUtf8());
}

}  // namespace a2a::test
