#include "ExportController.h"

#include "ProgressRelay.h"

#include <QtConcurrent/QtConcurrentRun>

namespace a2a {

ExportController::ExportController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ExportResult>::finished, this, [this] {
        const ExportResult result = m_watcher.result();
        Q_EMIT busyChanged(false);
        Q_EMIT finished(result, m_destination);
    });
}

ExportController::~ExportController()
{
    cancel();
    m_watcher.waitForFinished();
}

bool ExportController::save(const CuratedDataset &dataset, const QString &destinationZip)
{
    if (m_watcher.isRunning())
        return false;
    m_cancel = std::make_shared<CancelFlag>();
    m_destination = destinationZip;
    const ProgressSink sink = makeProgressRelay(
        this, [this](const QString &s, qint64 d, qint64 t) {
            if (m_watcher.isRunning())
                Q_EMIT progress(describeProgress(s, d, t), d, t);
        },
        m_cancel);
    m_watcher.setFuture(QtConcurrent::run([dataset, destinationZip, sink] { return exportDatasetZip(dataset, destinationZip, sink); }));
    Q_EMIT busyChanged(true);
    return true;
}

void ExportController::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

}  // namespace a2a
