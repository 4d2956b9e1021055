#include "TrainingController.h"

#include "TrainingWorker.h"

#include "model/DefaultBaseModel.h"
#include "training/RunHistory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QThread>

namespace a2a {

TrainingController::TrainingController(QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new TrainingWorker), m_runsRoot(defaultRunsRoot())
{
    qRegisterMetaType<a2a::StepReport>();
    qRegisterMetaType<QList<a2a::StepReport>>();
    qRegisterMetaType<a2a::ValidationReport>();
    qRegisterMetaType<a2a::TrainingResult>();
    m_thread->setObjectName(QStringLiteral("training"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &TrainingWorker::stepsReported, this, &TrainingController::onSteps);
    connect(m_worker, &TrainingWorker::validationReported, this, &TrainingController::onValidation);
    connect(m_worker, &TrainingWorker::progress, this, &TrainingController::progress);
    connect(m_worker, &TrainingWorker::logLine, this, &TrainingController::logLine);
    connect(m_worker, &TrainingWorker::finished, this, &TrainingController::onFinished);
    m_thread->start();
}

TrainingController::~TrainingController()
{
    if (m_stop)
        m_stop->store(true);
    m_thread->quit();
    m_thread->wait();
}

QString TrainingController::defaultRunsRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/runs");
}

int TrainingController::validationEvery() const
{
    return m_validationInterval > 0 ? m_validationInterval : std::max(1, m_totalSteps / 4);
}

bool TrainingController::start(const CuratedDataset &dataset, const TrainingRequest &request, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (m_busy)
        return refuse(tr("A run is already training; stop it first."));
    TrainingWorkerJob job;
    job.config.request = request;
    job.config.request.trainingDataUrl = dataset.source;
    job.config.basePath = m_options.basePath.isEmpty() ? defaultBaseModelPath() : m_options.basePath;
    job.config.textEncoderPath = m_options.textEncoderPath;
    if (job.config.basePath.isEmpty())
        return refuse(tr("The embedded base model was not found. Reinstall A2A Studio, or set A2A_DEFAULT_BASE to a base checkpoint."));
    job.config.validationInterval = m_options.validationInterval;
    job.config.validationSteps = m_options.validationSteps;
    job.config.checkpointInterval = std::max(1, m_options.checkpointInterval);
    job.config.cfgScale = m_options.cfgScale;
    job.config.cacheDir = m_options.cacheDir;
    job.config.injectNanAtStep = m_options.injectNanAtStep;

    // A new folder per run; two runs started within the same second get "-2", "-3", …
    const QDateTime now = QDateTime::currentDateTime();
    const QString name = newRunFolderName(now, dataset.source);
    QString dir = QDir(m_runsRoot).filePath(name);
    for (int n = 2; QFileInfo::exists(dir); ++n)
        dir = QDir(m_runsRoot).filePath(QStringLiteral("%1-%2").arg(name).arg(n));
    if (!QDir().mkpath(dir))
        return refuse(tr("Cannot create the run folder %1. Check that %2 is writable.").arg(dir, m_runsRoot));
    job.config.outputDir = dir;
    job.runDir = dir;
    job.datasetSource = dataset.source;
    job.dataset = dataset;
    m_curves = {};
    return launch(job, request.numberOfSteps, m_options.validationInterval);
}

bool TrainingController::resume(const QString &runDir, QString *error)
{
    if (m_busy) {
        if (error)
            *error = tr("A run is already training; stop it first.");
        return false;
    }
    RunRecord record;
    if (!readRun(runDir, &record) || !record.hasRequest) {
        if (error)
            *error = tr("%1 holds no run that can be resumed (its run.json is missing or unreadable).").arg(runDir);
        return false;
    }
    if (!record.canResume()) {
        if (error)
            *error = record.status.state == RunState::Running ? tr("%1 is still being trained by another process.").arg(runDir)
                                                              : tr("%1 has finished; train again to make a new run.").arg(runDir);
        return false;
    }
    QFile f(runFilePath(runDir, runfiles::kRunConfig));
    int interval = 0;
    if (f.open(QIODevice::ReadOnly))
        interval = QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("validation_interval")).toInt();
    TrainingWorkerJob job;
    job.resume = true;
    job.runDir = record.dir;
    m_curves = readRunCurves(record.dir);
    return launch(job, record.request.numberOfSteps, interval);
}

bool TrainingController::launch(const TrainingWorkerJob &jobIn, int totalSteps, int validationInterval)
{
    TrainingWorkerJob job = jobIn;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    job.stop = m_stop;
    m_runDir = job.runDir;
    m_totalSteps = totalSteps;
    m_validationInterval = validationInterval;
    m_stepsPerSecond = 0.0;
    m_eta = 0.0;
    m_clock.start();
    m_busy = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, job] { worker->run(job); }, Qt::QueuedConnection);
    Q_EMIT busyChanged(true);
    Q_EMIT runStarted(m_runDir, job.resume);
    return true;
}

void TrainingController::stop()
{
    if (m_busy && m_stop && !m_stop->exchange(true))
        Q_EMIT logLine(tr("Stopping: saving a checkpoint…"));
}

void TrainingController::onSteps(const QList<StepReport> &steps)
{
    for (const StepReport &r : steps)
        m_curves.addLoss({r.step, r.loss, r.learningRate});
    if (!steps.isEmpty()) {
        const StepReport &last = steps.last();
        // The engine's own moving average of the step time, as the ETA uses.
        const double perStep = last.step < last.totalSteps && last.etaSeconds > 0 ? last.etaSeconds / (last.totalSteps - last.step) : last.stepSeconds;
        m_stepsPerSecond = perStep > 0 ? 1.0 / perStep : 0.0;
        m_eta = last.etaSeconds;
    }
    Q_EMIT stepsReported(steps);
}

void TrainingController::onValidation(const ValidationReport &report)
{
    m_curves.addValidation(report);
    Q_EMIT validationReported(report);
}

void TrainingController::onFinished(const TrainingResult &result, const QString &runDir)
{
    m_elapsedAtEnd = m_clock.elapsed();
    m_busy = false;
    m_eta = 0.0;
    Q_EMIT busyChanged(false);
    Q_EMIT finished(result, runDir);
}

}  // namespace a2a
