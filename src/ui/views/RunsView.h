#pragma once
// The training history, as the reference service's "Training history": every run in the runs
// folder, newest first, with its dataset, state, steps, held-out metric, settings and outputs.
// Open one to see its curves and previews again, resume it, train again with its settings, open
// the dataset it trained on, or reveal its folder. The folder is read off the GUI thread; a run
// found "running" with no live trainer is shown (and recorded) as interrupted.
// Thread rule: GUI thread.

#include "training/RunHistory.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace a2a {

class RunsView : public QWidget {
    Q_OBJECT
public:
    explicit RunsView(QWidget *parent = nullptr);
    ~RunsView() override;

    void setRunsRoot(const QString &root);
    QString runsRoot() const { return m_root; }
    void refresh();                       // re-reads the folder in the background
    const QList<RunRecord> &runs() const { return m_runs; }
    QString currentRun() const;           // the selected run's folder
    void selectRun(const QString &dir);
    void setBusyRun(const QString &dir);  // the run this window trains now (no resume offered)
    void setLiveSteps(const QString &dir, int step, int total);  // the busy run's progress in its row

    static QString stateText(const RunRecord &run);

Q_SIGNALS:
    void listed();                                   // after each refresh
    void openRequested(const a2a::RunRecord &run);
    void resumeRequested(const QString &runDir);
    void trainAgainRequested(const a2a::RunRecord &run);
    void openDatasetRequested(const QString &datasetZip);

private:
    void onListed();
    void updateButtons();
    const RunRecord *selectedRecord() const;

    QString m_root;
    QString m_listingRoot;  // the folder the running listing reads
    QString m_busyRun;
    QList<RunRecord> m_runs;
    QFutureWatcher<QList<RunRecord>> m_watcher;
    bool m_refreshAgain = false;
    QLabel *m_title;
    QTreeWidget *m_tree;
    QPushButton *m_open, *m_resume, *m_again, *m_dataset, *m_reveal;
};

}  // namespace a2a
