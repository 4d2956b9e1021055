#pragma once
// The training job on its worker thread: holds the run folder's lock for as long as it trains,
// keeps status.json and metrics.jsonl up to date, copies the clips previews were made from into
// the run folder, and reports to the GUI thread through queued signals. Steps arrive in batches
// at most every kStepBatchMs, so a fast model cannot flood the event loop.
// Thread rule: lives on TrainingController's thread; run() blocks that thread for the whole job.

#include "training/TrainingJob.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace a2a {

struct TrainingWorkerJob {
    bool resume = false;
    QString runDir;
    QString datasetSource;     // shown in the history
    CuratedDataset dataset;    // new runs: the curated dataset as edited
    TrainingJobConfig config;  // new runs: request and settings (validationInputs resolved here)
    std::shared_ptr<std::atomic<bool>> stop;
};

class TrainingWorker : public QObject {
    Q_OBJECT
public:
    static constexpr int kStepBatchMs = 100;
    static constexpr int kProgressMs = 40;
    static constexpr int kStatusEveryMs = 3000;

    void run(const a2a::TrainingWorkerJob &job);

Q_SIGNALS:
    void stepsReported(const QList<a2a::StepReport> &steps);
    void validationReported(const a2a::ValidationReport &report);
    void progress(const QString &stage, qint64 done, qint64 total);
    void logLine(const QString &line);
    void finished(const a2a::TrainingResult &result, const QString &runDir);
};

}  // namespace a2a
