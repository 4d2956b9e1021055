#include "LatentCache.h"

#include "model/TensorIO.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace a2a {

LatentCache::LatentCache(QString directory) : m_dir(std::move(directory))
{
    if (!m_dir.isEmpty())
        QDir().mkpath(m_dir);
}

QString LatentCache::keyFor(const QString &clipPath, const QStringList &settings)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QFile f(clipPath);
    if (f.open(QIODevice::ReadOnly))
        hash.addData(&f);
    hash.addData(settings.join(QLatin1Char('\n')).toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(40));
}

torch::Tensor LatentCache::load(const QString &key) const
{
    if (m_dir.isEmpty())
        return {};
    const QString path = QDir(m_dir).filePath(key + QStringLiteral(".safetensors"));
    if (!QFile::exists(path))
        return {};
    QString error;
    const auto file = SafetensorsFile::open(path, &error);
    if (!file || !file->contains(QStringLiteral("tokens")))
        return {};
    return readTensor(*file, QStringLiteral("tokens"));
}

void LatentCache::store(const QString &key, const torch::Tensor &tokens) const
{
    if (m_dir.isEmpty())
        return;
    writeTensors(QDir(m_dir).filePath(key + QStringLiteral(".safetensors")), {{QStringLiteral("tokens"), tokens}});
}

QString defaultLatentCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/a2a-studio/latents");
}

}  // namespace a2a
