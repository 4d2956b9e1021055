#pragma once
// On-disk cache of a dataset's latent tokens, keyed by everything that affects them (the clip's
// bytes, its trim offset, bucket, fit and normalisation settings, the codec and its settings),
// so a settings change can never serve stale latents. Entries are written atomically.
// Torch header: engine code only. Thread rule: distinct keys may be used from several threads.

#include <torch/torch.h>

#include <QString>
#include <QStringList>

namespace a2a {

class LatentCache {
public:
    explicit LatentCache(QString directory);  // empty = no caching

    // A key from the parts that determine the latent; file contents are hashed, not their names.
    static QString keyFor(const QString &clipPath, const QStringList &settings);

    torch::Tensor load(const QString &key) const;  // undefined on a miss or a damaged entry
    void store(const QString &key, const torch::Tensor &tokens) const;
    QString directory() const { return m_dir; }

private:
    QString m_dir;
};

// ~/.cache/a2a-studio/latents (XDG_CACHE_HOME respected).
QString defaultLatentCacheDir();

}  // namespace a2a
