#include "TrainingWorker.h"

#include "dataset/HttpDownloader.h"
#include "training/RunHistory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QUrl>

namespace a2a {
namespace {

RunState stateFor(TrainingOutcome outcome)
{
    switch (outcome) {
    case TrainingOutcome::Finished:
        return RunState::Finished;
    case TrainingOutcome::Stopped:
        return RunState::Stopped;
    case TrainingOutcome::Failed:
        break;
    }
    return RunState::Failed;
}

// A validation entry's reference as a local file: http(s) is downloaded into the run folder.
QString localReference(const QString &url, const QString &runDir, const std::shared_ptr<std::atomic<bool>> &stop, QString *error)
{
    if (url.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || url.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)) {
        const QString dir = QDir(runDir).filePath(QStringLiteral("validation"));
        QDir().mkpath(dir);
        QString name = QFileInfo(QUrl(url).path()).fileName();
        const QString dest = QDir(dir).filePath(name.isEmpty() ? QStringLiteral("reference") : name);
        ProgressSink sink;
        sink.cancel = std::make_shared<CancelFlag>();
        sink.onProgress = [stop, cancel = sink.cancel](const QString &, qint64, qint64) {
            if (stop->load())
                cancel->cancel();
        };
        const DownloadResult r = downloadToFile(QUrl(url), dest, DownloadOptions{}, sink);
        if (!r.ok)
            *error = r.error;
        return dest;
    }
    const QString path = url.startsWith(QLatin1String("file:"), Qt::CaseInsensitive) ? QUrl(url).toLocalFile() : url;
    if (!QFileInfo(path).isFile())
        *error = TrainingWorker::tr("no such file: %1").arg(path);
    return QFileInfo(path).absoluteFilePath();
}

}  // namespace

void TrainingWorker::run(const TrainingWorkerJob &job)
{
    TrainingResult result;
    const QString dir = job.runDir;
    QLockFile lock(runFilePath(dir, runfiles::kLock));
    lock.setStaleLockTime(0);  // a run may train for hours; only a dead holder makes the lock stale
    if (!lock.tryLock(2000)) {
        result.error = tr("%1 is being trained by another process (its lock file %2 is held). Wait for it to finish, or stop it there.")
                           .arg(dir, QString::fromLatin1(runfiles::kLock));
        Q_EMIT finished(result, dir);
        return;
    }

    RunStatus status;
    int totalSteps = job.config.request.numberOfSteps;
    if (job.resume) {
        RunRecord record;
        if (readRun(dir, &record)) {
            status = record.status;
            totalSteps = record.hasRequest ? record.request.numberOfSteps : record.status.totalSteps;
        }
    } else {
        status.started = QDateTime::currentDateTime();
        status.datasetSource = job.datasetSource;
    }
    status.state = RunState::Running;
    status.updated = QDateTime::currentDateTime();
    status.totalSteps = totalSteps;
    status.error.clear();
    if (const QString e = writeRunStatus(dir, status); !e.isEmpty())
        Q_EMIT logLine(e);

    auto finish = [&](const TrainingResult &r) {
        status.state = stateFor(r.outcome);
        status.error = r.error;
        status.updated = QDateTime::currentDateTime();
        if (r.finalHeldOutRatio >= 0)
            status.finalHeldOutRatio = r.finalHeldOutRatio;
        if (r.outcome == TrainingOutcome::Finished)
            status.stepsDone = status.totalSteps;
        if (const QString e = writeRunStatus(dir, status); !e.isEmpty())
            Q_EMIT logLine(e);
        lock.unlock();
        Q_EMIT finished(r, dir);
    };

    TrainingJobConfig config = job.config;
    if (!job.resume) {
        for (int i = 0; i < config.request.validation.size(); ++i) {
            QString error;
            const QString local = localReference(config.request.validation[i].referenceAudioUrl, dir, job.stop, &error);
            if (!error.isEmpty()) {
                result.error = tr("validation entry %1: the reference clip cannot be used: %2. Pick another clip in the settings.").arg(i + 1).arg(error);
                finish(result);
                return;
            }
            config.validationInputs.append({config.request.validation[i].prompt, local});
        }
    }

    MetricsLog metrics(dir);
    bool metricsErrorShown = false;
    auto noteMetricsError = [&](const QString &e) {
        if (!e.isEmpty() && !std::exchange(metricsErrorShown, true))
            Q_EMIT logLine(tr("The curves of this run cannot be kept: %1").arg(e));
    };
    QList<StepReport> pending;
    QList<LossPoint> pendingLoss;
    QElapsedTimer sinceFlush, sinceStatus, sinceProgress;
    sinceFlush.start();
    sinceStatus.start();
    auto flushSteps = [&] {
        if (pending.isEmpty())
            return;
        noteMetricsError(metrics.appendLosses(pendingLoss));
        Q_EMIT stepsReported(pending);
        pending.clear();
        pendingLoss.clear();
        sinceFlush.restart();
        if (sinceStatus.elapsed() >= kStatusEveryMs) {
            status.updated = QDateTime::currentDateTime();
            writeRunStatus(dir, status);
            sinceStatus.restart();
        }
    };
    // Preview references live in the dataset's private temp folder or anywhere on disk: a copy in
    // the run folder keeps the run listenable after they are gone.
    QHash<QString, QString> references;
    auto keepReference = [&](const QString &path) {
        if (path.isEmpty() || path.startsWith(QDir(dir).absolutePath() + QLatin1Char('/')))
            return path;
        if (!references.contains(path)) {
            const QString refDir = QDir(dir).filePath(QString::fromLatin1(runfiles::kReferences));
            QDir().mkpath(refDir);
            const QString copy = QDir(refDir).filePath(QStringLiteral("v%1_%2").arg(references.size()).arg(QFileInfo(path).fileName()));
            references.insert(path, QFile::exists(copy) || QFile::copy(path, copy) ? copy : path);
        }
        return references.value(path);
    };

    TrainingCallbacks cb;
    cb.shouldStop = [stop = job.stop] { return stop->load(); };
    cb.onLog = [this](const QString &line) { Q_EMIT logLine(line); };
    cb.onProgress = [&](const QString &stage, qint64 done, qint64 total) {
        if (done == 0 || done >= total || !sinceProgress.isValid() || sinceProgress.elapsed() >= kProgressMs) {
            sinceProgress.start();
            Q_EMIT progress(stage, done, total);
        }
    };
    cb.onStep = [&](const StepReport &r) {
        pending.append(r);
        pendingLoss.append({r.step, r.loss, r.learningRate});
        status.stepsDone = r.step;
        if (sinceFlush.elapsed() >= kStepBatchMs || r.step == r.totalSteps)
            flushSteps();
    };
    cb.onValidation = [&](const ValidationReport &report) {
        flushSteps();
        ValidationReport r = report;
        for (PreviewClip &p : r.previews)
            p.referencePath = keepReference(p.referencePath);
        noteMetricsError(metrics.appendValidation(r));
        if (r.heldOutRatio >= 0)
            status.finalHeldOutRatio = r.heldOutRatio;
        Q_EMIT validationReported(r);
    };

    if (job.resume) {
        result = resumeTrainingJob(dir, cb);
    } else {
        CuratedDataset dataset = job.dataset;
        dataset.triggerPhrase = config.request.triggerPhrase;  // one trigger for captions and the LoRA's metadata
        result = runTrainingJob(dataset, config, cb);
    }
    flushSteps();
    finish(result);
}

}  // namespace a2a
