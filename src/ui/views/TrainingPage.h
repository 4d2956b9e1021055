#pragma once
// The "Training" page: Train / Stop / Resume with the reason Train is disabled, the status line,
// speed, elapsed and remaining time, a progress bar for preprocessing and saving, the live loss
// chart with the held-out metric, the diagnosis under it, the preview timeline with listening,
// the outputs one click away with the prompt to use them with, the training history, and the
// offer to resume a run a crash interrupted. It shows one run at a time: the live one, or one
// opened from the history. Thread rule: GUI thread.

#include "training/RunHistory.h"
#include "training/TrainingTypes.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTimer;

namespace a2a {

class DatasetController;
class DiagnosisPanel;
class InterruptedRunBanner;
class LossChartView;
class PreviewPanel;
class RunsView;
class TrainingController;
class TrainingRequestModel;

class TrainingPage : public QWidget {
    Q_OBJECT
public:
    TrainingPage(DatasetController *dataset, TrainingRequestModel *request, QWidget *parent = nullptr);
    ~TrainingPage() override;

    TrainingController *controller() const { return m_controller; }
    LossChartView *chart() const { return m_chart; }
    PreviewPanel *previews() const { return m_previews; }
    DiagnosisPanel *diagnosis() const { return m_diagnosis; }
    RunsView *runsView() const { return m_runs; }
    InterruptedRunBanner *interruptedBanner() const { return m_banner; }
    QPushButton *trainButton() const { return m_train; }
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *resumeButton() const { return m_resume; }
    QString statusText() const;
    QString errorText() const;
    QString usagePrompt() const;  // "Use it with prompts like …" text's prompt

    void setRunsRoot(const QString &root);  // tests and --runs-dir; default: the app's data folder
    QString shownRun() const { return m_shown.dir; }
    void showRun(const QString &runDir);    // a run from the history: its curves, previews, outputs

    // Why Train is disabled now; empty when it can start.
    QString trainDisabledReason() const;
    bool train();   // what the Train button does; false (with the reason shown) when it cannot start
    bool resumeShown();

    QSplitter *splitter() const { return m_splitter; }

Q_SIGNALS:
    void loraReady(const QString &loraFile, const QString &prompt);  // a run finished with its LoRA
    void openDatasetRequested(const QString &path);
    void interruptedRunFound(const QString &runDir);
    void statusMessage(const QString &text);
    void busyChanged(bool busy);

private:
    void onRunStarted(const QString &dir, bool resumed);
    void onSteps(const QList<StepReport> &steps);
    void onValidation(const ValidationReport &report);
    void onProgress(const QString &stage, qint64 done, qint64 total);
    void onFinished(const TrainingResult &result, const QString &dir);
    void onRunsListed();
    void trainAgain(const RunRecord &run);
    void refreshShown();       // chart, previews, diagnosis from m_shown
    void updateButtons();
    void updateStats();
    void updateOutputs();
    void updateDiagnosis();
    void setStatus(const QString &text);
    void showError(const QString &text);
    bool isShowingLive() const;

    DatasetController *m_dataset;
    TrainingRequestModel *m_request;
    TrainingController *m_controller;
    InterruptedRunBanner *m_banner;
    QPushButton *m_train, *m_stop, *m_resume;
    QLabel *m_reason;
    QLabel *m_stats;
    QLabel *m_status;
    QLabel *m_error;
    QProgressBar *m_progress;
    LossChartView *m_chart;
    DiagnosisPanel *m_diagnosis;
    PreviewPanel *m_previews;
    QPushButton *m_openAudio, *m_reveal;
    QLabel *m_usage;
    QLabel *m_shownTitle;
    RunsView *m_runs;
    QSplitter *m_splitter;
    QTimer *m_tick;        // elapsed / remaining while training
    QTimer *m_diagnose;    // the diagnosis is recomputed at most once a second

    struct Shown {
        QString dir;
        RunRecord record;
        TrainingCurves curves;
        int totalSteps = 0;
    } m_shown;
    bool m_firstListing = true;
    QFutureWatcher<TrainingCurves> m_curvesLoader;  // a history run's curves, read off the GUI thread
    QString m_curvesFor;                            // … of this run
};

}  // namespace a2a
