#pragma once
// The File menu's behaviour: New Sample Dataset, Open (file or folder), Open URL, Open Recent,
// Save Dataset As, Quit, and the "unsaved edits" question before a dataset is replaced or the
// window closes. Long work goes to the Import and Export controllers. Thread rule: GUI thread.

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace a2a {

class DatasetController;
class ExportController;
class ImportController;
struct ExportResult;

class FileActions : public QObject {
    Q_OBJECT
public:
    FileActions(QWidget *window, DatasetController *dataset, ImportController *importer, ExportController *exporter);

    void fillMenu(QMenu *menu);
    QAction *openAction() const { return m_open; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *newSampleAction() const { return m_newSample; }
    QAction *quitAction() const { return m_quit; }

    // Opens after asking about unsaved edits.
    void open(const QString &input);
    // True when the dataset may be dropped now. "Save" starts a save and calls `then` once it has
    // succeeded (returning false meanwhile); "Cancel" returns false.
    bool confirmDiscard(std::function<void()> then);
    void saveAs();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void chooseFile();
    void chooseFolder();
    void chooseUrl();
    void newSample();
    void rebuildRecentMenu();
    void onSaved(const ExportResult &result, const QString &destination);

    QWidget *m_window;
    DatasetController *m_dataset;
    ImportController *m_importer;
    ExportController *m_exporter;
    QAction *m_newSample, *m_open, *m_openFolder, *m_openUrl, *m_saveAs, *m_quit;
    QMenu *m_recent = nullptr;
    std::function<void()> m_afterSave;
    int m_saveIndex = -1;
};

}  // namespace a2a
