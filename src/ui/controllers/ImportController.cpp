#include "ImportController.h"

#include "ProgressRelay.h"

#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace a2a {

ImportController::ImportController(QObject *parent) : QObject(parent)
{
    // Leave a core to the GUI thread: ingest decodes on (threads + the calling pool thread).
    m_options.decodeThreads = std::max(1, QThread::idealThreadCount() - 1);
    connect(&m_ingest, &QFutureWatcher<IngestResult>::finished, this, &ImportController::onIngestFinished);
    connect(&m_sample, &QFutureWatcher<SampleResult>::finished, this, &ImportController::onSampleFinished);
}

ImportController::~ImportController()
{
    if (m_cancel)
        m_cancel->cancel();
    m_ingest.waitForFinished();
    m_sample.waitForFinished();
    for (QFuture<IngestResult> &f : m_abandonedIngests)
        f.waitForFinished();
    for (QFuture<SampleResult> &f : m_abandonedSamples)
        f.waitForFinished();
}

std::shared_ptr<CancelFlag> ImportController::beginJob()
{
    if (m_cancel)
        m_cancel->cancel();
    if (m_ingest.isRunning())
        m_abandonedIngests.append(m_ingest.future());
    if (m_sample.isRunning())
        m_abandonedSamples.append(m_sample.future());
    m_abandonedIngests.removeIf([](const QFuture<IngestResult> &f) { return f.isFinished(); });
    m_abandonedSamples.removeIf([](const QFuture<SampleResult> &f) { return f.isFinished(); });
    ++m_generation;
    m_cancel = std::make_shared<CancelFlag>();
    return m_cancel;
}

void ImportController::relayProgress(quint64 generation, const QString &stage, qint64 done, qint64 total)
{
    if (generation == m_generation && m_busy)
        Q_EMIT progress(describeProgress(stage, done, total), done, total);
}

void ImportController::open(const QString &input)
{
    const auto cancel = beginJob();
    const quint64 generation = m_generation;
    m_input = input;
    m_sampleZip.clear();
    const ProgressSink sink = makeProgressRelay(
        this, [this, generation](const QString &s, qint64 d, qint64 t) { relayProgress(generation, s, d, t); }, cancel);
    m_ingest.setFuture(startIngest(input, m_options, sink));
    setBusy(true);
    Q_EMIT started(tr("Opening %1…").arg(input));
}

void ImportController::makeSample(const QString &outZip, const SampleOptions &options)
{
    const auto cancel = beginJob();
    const quint64 generation = m_generation;
    m_sampleZip = outZip;
    const ProgressSink sink = makeProgressRelay(
        this, [this, generation](const QString &s, qint64 d, qint64 t) { relayProgress(generation, s, d, t); }, cancel);
    m_sample.setFuture(QtConcurrent::run([outZip, options, sink] { return makeSampleDataset(outZip, options, sink); }));
    setBusy(true);
    Q_EMIT started(tr("Making a %1 sample dataset of %n pair(s)…", nullptr, options.pairs).arg(options.kind));
}

void ImportController::cancel()
{
    if (m_cancel)
        m_cancel->cancel();
}

void ImportController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ImportController::onIngestFinished()
{
    if (m_ingest.future().isCanceled() || m_ingest.future().resultCount() == 0)
        return;
    const IngestResult result = m_ingest.result();
    setBusy(false);
    if (result.cancelled || m_cancel->isCancelled()) {
        Q_EMIT cancelled();
        return;
    }
    Q_EMIT loaded(result.dataset);
}

void ImportController::onSampleFinished()
{
    if (m_sample.future().resultCount() == 0)
        return;
    const SampleResult result = m_sample.result();
    if (m_cancel->isCancelled()) {
        setBusy(false);
        Q_EMIT cancelled();
        return;
    }
    if (!result.ok) {
        setBusy(false);
        Q_EMIT failed(tr("The sample dataset could not be made: %1").arg(result.error));
        return;
    }
    const QString zip = m_sampleZip;  // open() clears m_sampleZip
    open(zip);
}

}  // namespace a2a
