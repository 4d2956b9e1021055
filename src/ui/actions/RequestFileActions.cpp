#include "RequestFileActions.h"

#include "AppSettings.h"
#include "DatasetController.h"
#include "models/RequestJsonFile.h"
#include "models/TrainingRequestModel.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace a2a {

RequestFileActions::RequestFileActions(QWidget *dialogParent, TrainingRequestModel *model, const DatasetController *dataset)
    : QObject(dialogParent), m_dialogParent(dialogParent), m_model(model), m_dataset(dataset)
{
    m_import = new QAction(tr("&Import Request JSON…"), this);
    m_import->setToolTip(tr("Load training settings from a request JSON (the service's field names)"));
    m_export = new QAction(tr("E&xport Request JSON…"), this);
    m_export->setToolTip(tr("Save the training settings as a request JSON for a2a-train or the hosted service"));
    connect(m_import, &QAction::triggered, this, &RequestFileActions::chooseImport);
    connect(m_export, &QAction::triggered, this, &RequestFileActions::chooseExport);
}

bool RequestFileActions::importFrom(const QString &path)
{
    if (const QString error = loadRequestJson(m_model, path); !error.isEmpty()) {
        Q_EMIT message(error, true);
        return false;
    }
    Q_EMIT imported();
    Q_EMIT message(tr("Imported %1").arg(QDir::toNativeSeparators(path)), false);
    return true;
}

bool RequestFileActions::exportTo(const QString &path)
{
    if (const QString error = saveRequestJson(*m_model, path); !error.isEmpty()) {
        Q_EMIT message(error, true);
        return false;
    }
    QString text = tr("Exported %1").arg(QDir::toNativeSeparators(path));
    if (!m_model->isValid())
        text += tr(" (the service would refuse it: %1)").arg(m_model->invalidReason());
    else if (m_dataset->isModified())
        text += tr(" (its training_data_url is the dataset as opened: save the dataset to include your edits)");
    Q_EMIT message(text, false);
    return true;
}

void RequestFileActions::chooseImport()
{
    const QString path = QFileDialog::getOpenFileName(m_dialogParent, tr("Import Request JSON"), settings::lastDirectory(),
                                                      tr("Request JSON (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings::setLastDirectory(QFileInfo(path).absolutePath());
    importFrom(path);
}

void RequestFileActions::chooseExport()
{
    const QString suggestion = QDir(settings::lastDirectory()).filePath(QStringLiteral("request.json"));
    QString path = QFileDialog::getSaveFileName(m_dialogParent, tr("Export Request JSON"), suggestion, tr("Request JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    settings::setLastDirectory(QFileInfo(path).absolutePath());
    exportTo(path);
}

}  // namespace a2a
