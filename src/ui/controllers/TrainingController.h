#pragma once
// Trains from the window: one TrainingWorker on one QThread, one run at a time. start() trains
// the curated dataset as edited (trigger phrase, exclusions, trims, captions) with a request in
// a new folder under runsRoot() ("<yyyyMMdd-hhmmss>-<dataset>"); resume() continues a stopped or
// interrupted run from its folder; stop() asks the engine to save a checkpoint and return. Every
// report reaches the GUI thread as a queued signal; steps come in batches (TrainingWorker).
// Thread rule: GUI thread. The destructor stops a running job (a checkpoint is saved, the run is
// recorded as stopped) and waits for the thread.

#include "training/TrainingCurves.h"
#include "training/TrainingJob.h"

#include <QElapsedTimer>
#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace a2a {

class TrainingWorker;
struct TrainingWorkerJob;

// What the app adds to a request for the engine; tests make runs small and fast with it.
struct TrainingOptions {
    QString basePath;             // empty: the embedded default base model
    QString textEncoderPath;      // the Gemma-3 folder a real LTX-2.3 base needs
    int validationInterval = 0;   // steps between previews; 0 = a quarter of number_of_steps
    int validationSteps = 0;      // sampler steps per preview; 0 = the base's recommendation
    int checkpointInterval = 250;
    double cfgScale = -1.0;       // < 0: the base's recommendation
    QString cacheDir;             // latent cache; empty = the user's cache folder
    int injectNanAtStep = -1;     // tests: make the loss NaN at this step
};

class TrainingController : public QObject {
    Q_OBJECT
public:
    explicit TrainingController(QObject *parent = nullptr);
    ~TrainingController() override;

    // <AppLocalDataLocation>/runs
    static QString defaultRunsRoot();
    QString runsRoot() const { return m_runsRoot; }
    void setRunsRoot(const QString &root) { m_runsRoot = root; }
    const TrainingOptions &options() const { return m_options; }
    void setOptions(const TrainingOptions &options) { m_options = options; }

    // False, with *error saying why, when nothing was started.
    bool start(const CuratedDataset &dataset, const TrainingRequest &request, QString *error = nullptr);
    bool resume(const QString &runDir, QString *error = nullptr);
    void stop();

    bool isBusy() const { return m_busy; }
    bool isStopping() const { return m_busy && m_stop && m_stop->load(); }
    QString runDir() const { return m_runDir; }  // the current (or last) run
    int totalSteps() const { return m_totalSteps; }
    int validationEvery() const;                 // steps between previews of the current run
    const TrainingCurves &curves() const { return m_curves; }
    qint64 elapsedMs() const { return m_busy ? m_clock.elapsed() : m_elapsedAtEnd; }
    double stepsPerSecond() const { return m_stepsPerSecond; }
    double etaSeconds() const { return m_eta; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void runStarted(const QString &runDir, bool resumed);
    void stepsReported(const QList<a2a::StepReport> &steps);
    void validationReported(const a2a::ValidationReport &report);
    void progress(const QString &stage, qint64 done, qint64 total);
    void logLine(const QString &line);
    void finished(const a2a::TrainingResult &result, const QString &runDir);

private:
    bool launch(const TrainingWorkerJob &job, int totalSteps, int validationInterval);
    void onSteps(const QList<StepReport> &steps);
    void onValidation(const ValidationReport &report);
    void onFinished(const TrainingResult &result, const QString &runDir);

    QThread *m_thread;
    TrainingWorker *m_worker;
    QString m_runsRoot;
    TrainingOptions m_options;
    std::shared_ptr<std::atomic<bool>> m_stop;
    bool m_busy = false;
    QString m_runDir;
    int m_totalSteps = 0;
    int m_validationInterval = 0;
    TrainingCurves m_curves;
    QElapsedTimer m_clock;
    qint64 m_elapsedAtEnd = 0;
    double m_stepsPerSecond = 0.0;
    double m_eta = 0.0;
};

}  // namespace a2a
