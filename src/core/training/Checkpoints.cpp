#include "Checkpoints.h"

#include "model/TensorIO.h"
#include "util/AtomicRename.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace a2a {
namespace {

const QString kManifest = QStringLiteral("manifest.json");

bool writeJson(const QString &path, const QJsonObject &o)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write(QJsonDocument(o).toJson());
    return f.commit();
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

}  // namespace

Checkpoints::Checkpoints(QString outputDir, int keep) : m_root(outputDir + QStringLiteral("/checkpoints")), m_keep(std::max(keep, 2)) {}

QString Checkpoints::folderFor(int step) const { return m_root + QStringLiteral("/step_%1").arg(step, 5, 10, QLatin1Char('0')); }

QString Checkpoints::save(int step, const std::vector<std::pair<QString, torch::Tensor>> &lora, torch::optim::Optimizer &optimizer,
                          const QJsonObject &state) const
{
    const QString dir = folderFor(step);
    if (QFile::exists(dir + QLatin1Char('/') + kManifest))
        return {};  // already saved at this step: never overwrite a complete checkpoint
    // A leftover folder without a manifest is an interrupted save: start it afresh.
    QDir(dir).removeRecursively();
    if (!QDir().mkpath(dir))
        return QStringLiteral("cannot create %1").arg(dir);
    if (const QString e = writeTensors(dir + QStringLiteral("/lora.safetensors"), lora); !e.isEmpty())
        return e;
    try {
        const QString tmp = dir + QStringLiteral("/optimizer.pt.part");
        torch::save(optimizer, tmp.toStdString());
        if (const QString e = renameOver(tmp, dir + QStringLiteral("/optimizer.pt")); !e.isEmpty())
            return e;
    } catch (const c10::Error &e) {
        return QStringLiteral("cannot save the optimizer state: %1").arg(QString::fromStdString(e.what_without_backtrace()));
    }
    if (!writeJson(dir + QStringLiteral("/state.json"), state))
        return QStringLiteral("cannot write %1/state.json").arg(dir);
    if (!writeJson(dir + QLatin1Char('/') + kManifest, QJsonObject{{QStringLiteral("step"), step}, {QStringLiteral("complete"), true}}))
        return QStringLiteral("cannot write %1/%2").arg(dir, kManifest);
    prune();
    return {};
}

int Checkpoints::newestComplete() const
{
    int best = 0;
    const QStringList dirs = QDir(m_root).entryList({QStringLiteral("step_*")}, QDir::Dirs);
    for (const QString &d : dirs) {
        const QJsonObject m = readJson(m_root + QLatin1Char('/') + d + QLatin1Char('/') + kManifest);
        if (m.value(QStringLiteral("complete")).toBool())
            best = std::max(best, m.value(QStringLiteral("step")).toInt());
    }
    return best;
}

QString Checkpoints::load(int step, std::vector<std::pair<QString, torch::Tensor>> &lora, torch::optim::Optimizer &optimizer,
                          QJsonObject *state) const
{
    const QString dir = folderFor(step);
    QString error;
    const auto file = SafetensorsFile::open(dir + QStringLiteral("/lora.safetensors"), &error);
    if (!file)
        return error;
    torch::NoGradGuard ng;
    for (auto &[name, tensor] : lora) {
        const auto saved = readTensor(*file, name);
        if (!saved.defined() || saved.sizes() != tensor.sizes())
            return QStringLiteral("checkpoint %1 does not match this model (tensor %2)").arg(dir, name);
        tensor.copy_(saved);
    }
    try {
        torch::load(optimizer, (dir + QStringLiteral("/optimizer.pt")).toStdString());
    } catch (const c10::Error &e) {
        return QStringLiteral("cannot read the optimizer state of %1: %2").arg(dir, QString::fromStdString(e.what_without_backtrace()));
    }
    *state = readJson(dir + QStringLiteral("/state.json"));
    return {};
}

void Checkpoints::prune() const
{
    QList<int> complete;
    for (const QString &d : QDir(m_root).entryList({QStringLiteral("step_*")}, QDir::Dirs)) {
        const QJsonObject m = readJson(m_root + QLatin1Char('/') + d + QLatin1Char('/') + kManifest);
        if (m.value(QStringLiteral("complete")).toBool())
            complete << m.value(QStringLiteral("step")).toInt();
    }
    std::sort(complete.begin(), complete.end());
    while (complete.size() > m_keep)
        QDir(folderFor(complete.takeFirst())).removeRecursively();
}

}  // namespace a2a
