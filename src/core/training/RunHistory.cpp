#include "RunHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace a2a {
namespace {

QString existing(const QDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    return QFileInfo::exists(path) ? path : QString();
}

QJsonObject readJsonObject(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// A "running" run whose lock nobody holds: its trainer died. Taking the lock proves it (a live
// trainer, in this process or another, keeps it) and keeps a trainer from starting meanwhile.
void settleDeadRun(const QString &dir, RunStatus *status)
{
    QLockFile lock(runFilePath(dir, runfiles::kLock));
    lock.setStaleLockTime(0);  // only a dead holder makes it stale, however long a run takes
    if (!lock.tryLock(0))
        return;
    status->state = RunState::Interrupted;
    writeRunStatus(dir, *status);
    lock.unlock();
}

}  // namespace

QString RunRecord::datasetName() const
{
    const QString source = status.datasetSource.isEmpty() && hasRequest ? request.trainingDataUrl : status.datasetSource;
    if (source.contains(QLatin1String("://")))
        return QFileInfo(QUrl(source).path()).fileName().isEmpty() ? source : QFileInfo(QUrl(source).path()).fileName();
    return QFileInfo(source).fileName();
}

bool RunRecord::canResume() const
{
    return hasRequest && (status.state == RunState::Stopped || status.state == RunState::Interrupted || status.state == RunState::Failed);
}

int newestCheckpointStep(const QString &runDir)
{
    const QDir root(QDir(runDir).filePath(QStringLiteral("checkpoints")));
    int best = 0;
    for (const QString &d : root.entryList({QStringLiteral("step_*")}, QDir::Dirs)) {
        const QJsonObject m = readJsonObject(root.filePath(d + QStringLiteral("/manifest.json")));
        if (m.value(QStringLiteral("complete")).toBool())
            best = std::max(best, m.value(QStringLiteral("step")).toInt());
    }
    return best;
}

bool readRun(const QString &dirPath, RunRecord *out)
{
    const QDir dir(dirPath);
    const QString configPath = runFilePath(dirPath, runfiles::kRunConfig);
    RunRecord r;
    r.dir = dir.absolutePath();
    r.name = dir.dirName();
    r.hasStatusFile = readRunStatus(dirPath, &r.status);
    if (!r.hasStatusFile && !QFileInfo::exists(configPath))
        return false;
    const RequestParseResult parsed = parseTrainingRequest(readJsonObject(configPath).value(QStringLiteral("request")).toObject(), false);
    r.hasRequest = QFileInfo::exists(configPath) && parsed.ok();
    if (r.hasRequest)
        r.request = parsed.request;
    r.checkpointStep = newestCheckpointStep(dirPath);
    r.loraFile = existing(dir, QStringLiteral("lora_file.safetensors"));
    r.configFile = existing(dir, QStringLiteral("config_file.json"));
    r.audioFile = existing(dir, QStringLiteral("audio.wav"));
    r.debugDataset = existing(dir, QStringLiteral("debug_dataset.zip"));

    if (!r.hasStatusFile) {
        // A run the CLI made: what its files say.
        const QFileInfo config(configPath);
        r.status.started = config.birthTime().isValid() ? config.birthTime() : config.lastModified();
        r.status.updated = config.lastModified();
        r.status.state = !r.loraFile.isEmpty() ? RunState::Finished : RunState::Stopped;
        r.status.totalSteps = r.hasRequest ? r.request.numberOfSteps : 0;
        r.status.stepsDone = r.status.state == RunState::Finished ? r.status.totalSteps : r.checkpointStep;
        r.status.datasetSource = r.hasRequest ? r.request.trainingDataUrl : QString();
    } else if (r.status.state == RunState::Running) {
        settleDeadRun(dirPath, &r.status);
    }
    *out = r;
    return true;
}

QList<RunRecord> listRuns(const QString &root)
{
    QList<RunRecord> runs;
    const QDir dir(root);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        RunRecord r;
        if (readRun(dir.filePath(name), &r))
            runs.append(r);
    }
    std::sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) {
        if (a.status.started != b.status.started)
            return a.status.started > b.status.started;
        return a.name > b.name;
    });
    return runs;
}

QString newRunFolderName(const QDateTime &started, const QString &datasetSource)
{
    QString base = datasetSource.contains(QLatin1String("://")) ? QFileInfo(QUrl(datasetSource).path()).completeBaseName()
                                                                   : QFileInfo(datasetSource).completeBaseName();
    if (QFileInfo(datasetSource).isDir())
        base = QFileInfo(datasetSource).fileName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("_"));
    base = base.left(40);
    while (base.startsWith(QLatin1Char('.')) || base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    const QString stamp = started.toString(QStringLiteral("yyyyMMdd-hhmmss"));
    return base.isEmpty() ? stamp : stamp + QLatin1Char('-') + base;
}

}  // namespace a2a
