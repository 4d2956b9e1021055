#pragma once
// The settings panel's "about 14 min, ~600 MB": runs core estimateTraining() (a measured warm-up
// on this machine) on a worker, one at a time. Changed settings re-measure after a pause
// (debounced) and cancel a measurement made for older settings; a changed step count or
// validation list only re-projects the figures already measured, at once.
// Thread rule: GUI thread; the measurement runs on a private one-thread pool; the destructor
// cancels it and waits (the warm-up checks for cancel between steps).

#include "training/TrainingEstimate.h"
#include "util/Progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

class QTimer;

namespace a2a {

class EstimateController : public QObject {
    Q_OBJECT
public:
    explicit EstimateController(QObject *parent = nullptr);
    ~EstimateController() override;

    void setBasePath(const QString &path);  // default: the embedded default base
    QString basePath() const { return m_options.basePath; }
    void setTextEncoderPath(const QString &folder);  // the Gemma-3 folder an LTX-2.3 base needs; "" for the embedded one
    QString textEncoderPath() const { return m_options.textEncoderPath; }
    void setThreads(int threads) { m_options.threads = threads; }
    int threads() const { return m_options.threads; }
    void setDebounceMs(int ms);

    // Settings changed: re-projects at once when the measured figures still apply, else measures
    // after the debounce pause. heldOut: the dataset has enough pairs for a held-out pair.
    void settingsChanged(const TrainingRequest &request, bool heldOut);
    // Measures now, even when figures for these settings are known ("Estimate time and memory").
    void estimateNow(const TrainingRequest &request, bool heldOut);
    void cancel();

    bool isBusy() const { return m_watcher.isRunning(); }
    bool isPending() const;  // a measurement waits for the debounce pause
    bool hasEstimate() const { return m_hasCurrent; }
    const TrainingEstimate &current() const { return m_current; }  // for the latest settings

    static QString summaryText(const TrainingEstimate &estimate);  // "about 14 min, ~600 MB"
    static QString detailText(const TrainingEstimate &estimate, int threads);

Q_SIGNALS:
    void busyChanged(bool busy);
    void estimated(const a2a::TrainingEstimate &estimate);
    void failed(const QString &message);
    void outdated();  // the settings changed; the shown figures no longer apply

private:
    QString keyOf(const TrainingRequest &request) const;
    void start();
    void onFinished();

    TrainingEstimateOptions m_options;
    TrainingRequest m_request;  // the latest settings
    QTimer *m_debounce;
    QThreadPool m_pool;
    QFutureWatcher<TrainingEstimate> m_watcher;
    std::shared_ptr<CancelFlag> m_cancel;
    QString m_runningKey;
    bool m_restartWhenIdle = false;
    QString m_measuredKey;      // what m_measured was measured for
    TrainingEstimate m_measured;
    TrainingEstimate m_current;
    bool m_hasCurrent = false;
};

}  // namespace a2a
