#pragma once
// "Import Request JSON…" and "Export Request JSON…" (File menu and the settings panel's
// buttons): ask for the file, then read it into or write it from the shared request model with
// the service's field names. Results and errors are reported with message(). Thread rule: GUI thread.

#include <QObject>

class QAction;
class QWidget;

namespace a2a {

class DatasetController;
class TrainingRequestModel;

class RequestFileActions : public QObject {
    Q_OBJECT
public:
    RequestFileActions(QWidget *dialogParent, TrainingRequestModel *model, const DatasetController *dataset);

    QAction *importAction() const { return m_import; }
    QAction *exportAction() const { return m_export; }

    // Without dialogs. On failure nothing changes, message(error, true) says why, false.
    bool importFrom(const QString &path);
    bool exportTo(const QString &path);

Q_SIGNALS:
    void message(const QString &text, bool error);
    void imported();  // the request was replaced from a file

private:
    void chooseImport();
    void chooseExport();

    QWidget *m_dialogParent;
    TrainingRequestModel *m_model;
    const DatasetController *m_dataset;
    QAction *m_import;
    QAction *m_export;
};

}  // namespace a2a
