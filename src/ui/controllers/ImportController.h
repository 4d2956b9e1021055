#pragma once
// Opens datasets in the background: a .zip, a folder, or an http(s) URL (core startIngest on a
// pool thread), and File ▸ New sample dataset (makeSampleDataset on a pool thread, then opened).
// Progress arrives as queued, throttled signals; cancel() stops the running job at its next check.
// Opening while a job runs cancels that job and ignores its result without waiting for it.
// Thread rule: GUI thread; the destructor cancels and waits for every job it started.

#include "dataset/DatasetIngestor.h"
#include "samples/SampleDatasetMaker.h"

#include <QFutureWatcher>
#include <QObject>

namespace a2a {

class ImportController : public QObject {
    Q_OBJECT
public:
    explicit ImportController(QObject *parent = nullptr);
    ~ImportController() override;

    void setIngestOptions(const IngestOptions &options) { m_options = options; }
    const IngestOptions &ingestOptions() const { return m_options; }

    void open(const QString &input);
    void makeSample(const QString &outZip, const SampleOptions &options);
    void cancel();

    bool isBusy() const { return m_busy; }
    QString currentInput() const { return m_input; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void started(const QString &description);
    void progress(const QString &text, qint64 done, qint64 total);  // text: "Decoding 120 of 400 clips"
    void loaded(const a2a::CuratedDataset &dataset);  // dataset-level errors are in dataset.issues
    void failed(const QString &message);
    void cancelled();

private:
    void setBusy(bool busy);
    void onIngestFinished();
    void onSampleFinished();
    void relayProgress(quint64 generation, const QString &stage, qint64 done, qint64 total);
    std::shared_ptr<CancelFlag> beginJob();

    IngestOptions m_options;
    QFutureWatcher<IngestResult> m_ingest;
    QFutureWatcher<SampleResult> m_sample;
    // Cancelled jobs still winding down; waited for on exit.
    QList<QFuture<IngestResult>> m_abandonedIngests;
    QList<QFuture<SampleResult>> m_abandonedSamples;
    std::shared_ptr<CancelFlag> m_cancel;
    quint64 m_generation = 0;
    QString m_input;
    QString m_sampleZip;
    bool m_busy = false;
};

}  // namespace a2a
