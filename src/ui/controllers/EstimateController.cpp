#include "EstimateController.h"

#include "model/DefaultBaseModel.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace a2a {

EstimateController::EstimateController(QObject *parent) : QObject(parent), m_debounce(new QTimer(this))
{
    m_options.basePath = defaultBaseModelPath();
    m_pool.setMaxThreadCount(1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(800);
    connect(m_debounce, &QTimer::timeout, this, &EstimateController::start);
    connect(&m_watcher, &QFutureWatcher<TrainingEstimate>::finished, this, &EstimateController::onFinished);
}

EstimateController::~EstimateController()
{
    if (m_cancel)
        m_cancel->cancel();
    m_pool.waitForDone();
}

void EstimateController::setBasePath(const QString &path)
{
    if (path == m_options.basePath)
        return;
    m_options.basePath = path;
    m_measuredKey.clear();
}

void EstimateController::setTextEncoderPath(const QString &folder)
{
    if (folder == m_options.textEncoderPath)
        return;
    m_options.textEncoderPath = folder;
    m_measuredKey.clear();
}

void EstimateController::setDebounceMs(int ms) { m_debounce->setInterval(ms); }

bool EstimateController::isPending() const { return m_debounce->isActive() || m_restartWhenIdle; }

// Everything the measured figures depend on; steps, validation entries and the preview length
// only enter the projection.
QString EstimateController::keyOf(const TrainingRequest &r) const
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6").arg(m_options.basePath).arg(r.rank).arg(r.audioDurationSeconds, 0, 'g', 10)
        .arg(r.stgScale != 0.0).arg(m_options.threads).arg(m_options.textEncoderPath);
}

void EstimateController::settingsChanged(const TrainingRequest &request, bool heldOut)
{
    m_request = request;
    m_options.heldOut = heldOut;
    if (keyOf(request) == m_measuredKey) {
        m_debounce->stop();
        m_restartWhenIdle = false;
        if (m_cancel && isBusy())
            m_cancel->cancel();  // measuring settings that are gone
        m_current = m_measured;
        projectTraining(&m_current, m_request, m_options);
        m_hasCurrent = true;
        Q_EMIT estimated(m_current);
        return;
    }
    if (m_hasCurrent) {
        m_hasCurrent = false;
        Q_EMIT outdated();
    }
    if (m_cancel && isBusy() && m_runningKey != keyOf(request))
        m_cancel->cancel();
    m_debounce->start();
}

void EstimateController::estimateNow(const TrainingRequest &request, bool heldOut)
{
    m_request = request;
    m_options.heldOut = heldOut;
    m_measuredKey.clear();
    if (m_cancel && isBusy())
        m_cancel->cancel();
    start();
}

void EstimateController::cancel()
{
    m_debounce->stop();
    m_restartWhenIdle = false;
    if (m_cancel)
        m_cancel->cancel();
}

void EstimateController::start()
{
    m_debounce->stop();
    if (m_options.basePath.isEmpty()) {
        Q_EMIT failed(tr("No base model was found: set A2A_DEFAULT_BASE or install the default model"));
        return;
    }
    if (isBusy()) {
        m_restartWhenIdle = true;  // after the running one has seen its cancel
        return;
    }
    m_cancel = std::make_shared<CancelFlag>();
    m_runningKey = keyOf(m_request);
    const auto cancel = m_cancel;
    const TrainingRequest request = m_request;
    const TrainingEstimateOptions options = m_options;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [request, options, cancel] {
        return estimateTraining(request, options, [cancel] { return cancel->isCancelled(); });
    }));
    Q_EMIT busyChanged(true);
}

void EstimateController::onFinished()
{
    const TrainingEstimate result = m_watcher.result();
    const QString key = m_runningKey;
    Q_EMIT busyChanged(false);
    if (result.ok()) {
        m_measured = result;
        m_measuredKey = key;
    }
    if (m_restartWhenIdle) {
        m_restartWhenIdle = false;
        start();
        return;
    }
    if (key != keyOf(m_request) || m_cancel->isCancelled())
        return;  // a newer setting is waiting for its debounce pause, or the user cancelled
    if (!result.ok()) {
        Q_EMIT failed(result.error);
        return;
    }
    m_current = m_measured;
    projectTraining(&m_current, m_request, m_options);
    m_hasCurrent = true;
    Q_EMIT estimated(m_current);
}

namespace {

QString durationText(double seconds)
{
    if (seconds < 60.0)
        return EstimateController::tr("about %n s", nullptr, std::max(1, int(std::lround(seconds))));
    const int minutes = int(std::lround(seconds / 60.0));
    if (minutes < 60)
        return EstimateController::tr("about %n min", nullptr, minutes);
    return EstimateController::tr("about %1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString memoryText(qint64 bytes)
{
    const double mb = double(bytes) / (1024.0 * 1024.0);
    if (mb >= 1024.0)
        return EstimateController::tr("~%1 GB").arg(mb / 1024.0, 0, 'f', 1);
    const double step = mb >= 100.0 ? 10.0 : 1.0;  // two significant figures are all a warm-up gives
    return EstimateController::tr("~%1 MB").arg(std::max(1.0, std::round(mb / step) * step), 0, 'f', 0);
}

}  // namespace

QString EstimateController::summaryText(const TrainingEstimate &e)
{
    return tr("%1, %2").arg(durationText(e.totalSeconds), memoryText(e.peakBytes));
}

QString EstimateController::detailText(const TrainingEstimate &e, int threads)
{
    return tr("%1 s/step × %2 steps (%3) + %4 validation round(s) × %5 preview(s) (%6); measured in %7 s, %n thread(s)",
              nullptr, threads)
        .arg(e.secondsPerStep, 0, 'f', 3)
        .arg(e.trainingSeconds > 0 && e.secondsPerStep > 0 ? int(std::lround(e.trainingSeconds / e.secondsPerStep)) : 0)
        .arg(durationText(e.trainingSeconds))
        .arg(e.validations)
        .arg(e.previewsPerValidation)
        .arg(durationText(e.validationSeconds))
        .arg(e.measuredSeconds, 0, 'f', 1);
}

}  // namespace a2a
