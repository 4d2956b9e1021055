#pragma once
// The main window: wires the DatasetController, the background controllers, the views and the
// menus together. It owns no dataset logic: menus live in actions/, views in views/, long work
// in controllers/, edits in DatasetController + commands/. Accepts a dropped .zip, folder or
// link. Thread rule: GUI thread.

#include "dataset/CuratedDataset.h"

#include <QMainWindow>

class QDockWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTabWidget;

namespace a2a {

class BucketBar;
class CaptionPanel;
class ClipLoadController;
class DatasetController;
class DatasetStatsView;
class EditActions;
class ExportController;
class FileActions;
class ImportController;
class PairInspector;
class PairListPane;
class PlaybackController;
class ReportView;
class TrainingPage;
class TrainingRequestModel;
class TrainingSettingsPanel;
class TryItPanel;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens without asking about unsaved edits (command line, tests); drops and menus ask.
    void openDataset(const QString &input);
    void setBucketSeconds(double seconds);
    void selectPair(PairId id);

    DatasetController *datasetController() const { return m_dataset; }
    ImportController *importController() const { return m_import; }
    ExportController *exportController() const { return m_export; }
    PlaybackController *playbackController() const { return m_playback; }
    FileActions *fileActions() const { return m_fileActions; }
    EditActions *editActions() const { return m_editActions; }
    PairListPane *pairList() const { return m_list; }
    PairInspector *inspector() const { return m_inspector; }
    CaptionPanel *captionPanel() const { return m_captions; }
    DatasetStatsView *statsView() const { return m_stats; }
    ReportView *reportView() const { return m_report; }
    // The one training request the settings panel edits and the training page reads.
    TrainingRequestModel *requestModel() const { return m_request; }
    TrainingPage *trainingPage() const { return m_training; }
    QTabWidget *centralTabs() const { return m_tabs; }
    TrainingSettingsPanel *trainingSettings() const { return m_trainingSettings; }
    TryItPanel *tryIt() const { return m_tryIt; }

Q_SIGNALS:
    void datasetLoaded();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildDocks();
    void buildTrainingDocks();  // Training settings, Try it
    void buildMenus();
    void wire();
    void restoreSettings();
    void saveSettings();
    void onBusy();
    void onProgress(const QString &text, qint64 done, qint64 total);
    void onLoaded(const CuratedDataset &dataset);
    void onCurrentPairChanged(PairId id);
    void updatePlayhead();
    void updateTitle();

    DatasetController *m_dataset;
    TrainingRequestModel *m_request;
    ImportController *m_import;
    ExportController *m_export;
    ClipLoadController *m_clipLoader;
    PlaybackController *m_playback;
    FileActions *m_fileActions;
    EditActions *m_editActions;
    PairListPane *m_list;
    PairInspector *m_inspector;
    CaptionPanel *m_captions;
    DatasetStatsView *m_stats;
    ReportView *m_report;
    BucketBar *m_bucket;
    QSplitter *m_splitter;
    QTabWidget *m_tabs;
    TrainingPage *m_training;
    QDockWidget *m_fixDock = nullptr;
    QDockWidget *m_statsDock = nullptr;
    QDockWidget *m_reportDock = nullptr;
    TrainingSettingsPanel *m_trainingSettings = nullptr;
    TryItPanel *m_tryIt = nullptr;
    QDockWidget *m_trainingSettingsDock = nullptr;
    QDockWidget *m_tryItDock = nullptr;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    bool m_closeConfirmed = false;
};

}  // namespace a2a
