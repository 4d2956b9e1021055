#include "FileActions.h"

#include "AppSettings.h"
#include "DatasetController.h"
#include "controllers/ExportController.h"
#include "controllers/ImportController.h"
#include "views/SampleDatasetDialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QUndoStack>
#include <QWidget>

namespace a2a {

FileActions::FileActions(QWidget *window, DatasetController *dataset, ImportController *importer, ExportController *exporter)
    : QObject(window), m_window(window), m_dataset(dataset), m_importer(importer), m_exporter(exporter)
{
    QStyle *style = window->style();
    m_newSample = new QAction(tr("&New Sample Dataset…"), this);
    m_newSample->setShortcut(QKeySequence::New);
    m_newSample->setToolTip(tr("Generate a small paired dataset (speech through a radio, noisy → clean, one instrument → another)"));
    m_open = new QAction(style->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open Dataset…"), this);
    m_open->setShortcut(QKeySequence::Open);
    m_open->setToolTip(tr("Open a .zip of pairs (Ctrl+O)"));
    m_openFolder = new QAction(tr("Open &Folder…"), this);
    m_openFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openUrl = new QAction(tr("Open &URL…"), this);
    m_openUrl->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_saveAs = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save Dataset As…"), this);
    m_saveAs->setShortcuts({QKeySequence::SaveAs, QKeySequence::Save});
    m_saveAs->setToolTip(tr("Write the curated dataset as a new zip (Ctrl+Shift+S); the original is never overwritten"));
    m_saveAs->setEnabled(false);
    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);

    connect(m_newSample, &QAction::triggered, this, &FileActions::newSample);
    connect(m_open, &QAction::triggered, this, &FileActions::chooseFile);
    connect(m_openFolder, &QAction::triggered, this, &FileActions::chooseFolder);
    connect(m_openUrl, &QAction::triggered, this, &FileActions::chooseUrl);
    connect(m_saveAs, &QAction::triggered, this, &FileActions::saveAs);
    connect(m_quit, &QAction::triggered, window, &QWidget::close);
    connect(dataset, &DatasetController::datasetReset, this, [this] { m_saveAs->setEnabled(m_dataset->hasDataset()); });
    connect(exporter, &ExportController::busyChanged, this, [this](bool busy) { m_saveAs->setEnabled(!busy && m_dataset->hasDataset()); });
    connect(exporter, &ExportController::finished, this, &FileActions::onSaved);
    connect(importer, &ImportController::loaded, this, [this] {
        settings::addRecentFile(m_importer->currentInput());
        rebuildRecentMenu();
    });
}

void FileActions::fillMenu(QMenu *menu)
{
    menu->addAction(m_newSample);
    menu->addSeparator();
    menu->addAction(m_open);
    menu->addAction(m_openFolder);
    menu->addAction(m_openUrl);
    m_recent = menu->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    menu->addSeparator();
    menu->addAction(m_saveAs);
    menu->addSeparator();
    menu->addAction(m_quit);
}

void FileActions::rebuildRecentMenu()
{
    if (!m_recent)
        return;
    m_recent->clear();
    const QStringList files = settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        QAction *a = m_recent->addAction(QStringLiteral("&%1 %2").arg((i + 1) % 10).arg(files[i]));
        const QString input = files[i];
        connect(a, &QAction::triggered, this, [this, input] { open(input); });
    }
    if (!files.isEmpty()) {
        m_recent->addSeparator();
        m_recent->addAction(tr("&Clear Menu"), this, [this] {
            settings::clearRecentFiles();
            rebuildRecentMenu();
        });
    }
    m_recent->setEnabled(!files.isEmpty());
}

bool FileActions::confirmDiscard(std::function<void()> then)
{
    if (!m_dataset->isModified())
        return true;
    const auto answer = QMessageBox::question(m_window, tr("Unsaved Edits"),
                                              tr("The dataset has edits that are not saved. Save them as a new zip first?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Discard)
        return true;
    if (answer == QMessageBox::Save) {
        m_afterSave = std::move(then);
        saveAs();
        if (!m_exporter->isBusy())
            m_afterSave = nullptr;  // the save dialog was cancelled
    }
    return false;
}

void FileActions::open(const QString &input)
{
    if (input.isEmpty() || !confirmDiscard([this, input] { m_importer->open(input); }))
        return;
    m_importer->open(input);
}

void FileActions::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Dataset"), settings::lastDirectory(),
                                                      tr("Zip archives (*.zip);;All files (*)"));
    if (path.isEmpty())
        return;
    settings::setLastDirectory(QFileInfo(path).absolutePath());
    open(path);
}

void FileActions::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open Dataset Folder"), settings::lastDirectory());
    if (dir.isEmpty())
        return;
    settings::setLastDirectory(QFileInfo(dir).absolutePath());
    open(dir);
}

void FileActions::chooseUrl()
{
    bool ok = false;
    const QString url = QInputDialog::getText(m_window, tr("Open URL"), tr("Link to a .zip of pairs (http or https):"),
                                              QLineEdit::Normal, QString(), &ok).trimmed();
    if (ok && !url.isEmpty())
        open(url);
}

void FileActions::newSample()
{
    SampleDatasetDialog dialog(settings::sampleOptions(), settings::lastDirectory(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SampleOptions options = dialog.options();
    const QString zip = dialog.outputZip();
    settings::setSampleOptions(options);
    settings::setLastDirectory(QFileInfo(zip).absolutePath());
    if (!confirmDiscard([this, zip, options] { m_importer->makeSample(zip, options); }))
        return;
    m_importer->makeSample(zip, options);
}

void FileActions::saveAs()
{
    if (!m_dataset->hasDataset() || m_exporter->isBusy())
        return;
    const CuratedDataset &ds = m_dataset->dataset();
    const QFileInfo source(ds.sourceIsFolder ? ds.sourceFile : ds.source);
    const QString base = source.completeBaseName().isEmpty() ? QStringLiteral("dataset") : source.completeBaseName();
    const QString suggestion = QDir(settings::lastDirectory()).filePath(base + QStringLiteral("-curated.zip"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Dataset As"), suggestion, tr("Zip archives (*.zip)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        path += QStringLiteral(".zip");
    settings::setLastDirectory(QFileInfo(path).absolutePath());
    m_saveIndex = m_dataset->undoStack()->index();
    m_exporter->save(ds, path);
    Q_EMIT statusMessage(tr("Saving %1…").arg(path));
}

void FileActions::onSaved(const ExportResult &result, const QString &destination)
{
    if (!result.ok) {
        m_afterSave = nullptr;
        QMessageBox::warning(m_window, tr("Save Dataset As"), tr("The dataset was not saved: %1").arg(result.error));
        Q_EMIT statusMessage(tr("Not saved"));
        return;
    }
    if (m_dataset->undoStack()->index() == m_saveIndex)
        m_dataset->markSaved();
    Q_EMIT statusMessage(tr("Saved %n pair(s) to %1", nullptr, result.pairsWritten).arg(destination));
    if (auto then = std::exchange(m_afterSave, nullptr))
        then();
}

}  // namespace a2a
