#pragma once
// The main window: drop or open a dataset, see its pairs and report. Only wires widgets to
// controllers; ingest runs on a pool thread and reports through queued signals.

#include "dataset/DatasetIngestor.h"

#include <QFutureWatcher>
#include <QMainWindow>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace a2a {

class PairTableModel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openDataset(const QString &input);

Q_SIGNALS:
    void ingestProgress(const QString &stage, qint64 done, qint64 total);
    void datasetLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void onIngestFinished();
    void onIngestProgress(const QString &stage, qint64 done, qint64 total);
    void chooseFile();

    PairTableModel *m_model;
    QTableView *m_table;
    QLabel *m_summary;
    QLabel *m_dropHint;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QFutureWatcher<IngestResult> m_watcher;
    std::shared_ptr<CancelFlag> m_cancelFlag;
    FitOptions m_fit;
};

}  // namespace a2a
