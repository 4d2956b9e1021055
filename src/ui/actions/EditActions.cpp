#include "EditActions.h"

#include "AppSettings.h"
#include "DatasetController.h"
#include "controllers/ClipLoadController.h"
#include "views/FindReplaceDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>
#include <QWidget>

namespace a2a {
namespace {

QString audioFilter()
{
    QStringList patterns;
    for (const QString &e : supportedAudioExtensions())
        patterns << QStringLiteral("*.%1").arg(e) << QStringLiteral("*.%1").arg(e.toUpper());
    return EditActions::tr("Audio files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

}  // namespace

EditActions::EditActions(QWidget *window, DatasetController *dataset, ClipLoadController *loader)
    : QObject(window), m_window(window), m_dataset(dataset), m_loader(loader)
{
    m_undo = dataset->undoStack()->createUndoAction(this, tr("&Undo"));
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = dataset->undoStack()->createRedoAction(this, tr("&Redo"));
    m_redo->setShortcuts(QKeySequence::Redo);
    m_editCaption = new QAction(tr("Edit &Caption"), this);
    m_editCaption->setShortcut(Qt::Key_F2);
    m_exclude = new QAction(tr("E&xclude Pair"), this);
    m_exclude->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exclude->setToolTip(tr("Leave the selected pairs out of training and of the saved zip (Ctrl+E)"));
    m_replaceReference = new QAction(tr("Replace &Reference…"), this);
    m_replaceReference->setToolTip(tr("Use another audio file as this pair's reference (_start)"));
    m_replaceTarget = new QAction(tr("Replace &Target…"), this);
    m_replaceTarget->setToolTip(tr("Use another audio file as this pair's target (_end)"));
    m_pairOrphan = new QAction(tr("&Pair Orphan with Target…"), this);
    m_pairOrphan->setToolTip(tr("Choose a target file for a _start clip that has no _end"));
    m_setEmpty = new QAction(tr("Set &Empty Captions…"), this);
    m_setEmpty->setToolTip(tr("Give every pair without a caption the same caption"));
    m_findReplace = new QAction(tr("&Find and Replace in Captions…"), this);
    m_findReplace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));

    connect(m_editCaption, &QAction::triggered, this, &EditActions::editCaptionRequested);
    connect(m_exclude, &QAction::triggered, this, &EditActions::toggleExclude);
    connect(m_replaceReference, &QAction::triggered, this, [this] { replaceClip(ClipSide::Reference); });
    connect(m_replaceTarget, &QAction::triggered, this, [this] { replaceClip(ClipSide::Target); });
    connect(m_pairOrphan, &QAction::triggered, this, &EditActions::pairOrphan);
    connect(m_setEmpty, &QAction::triggered, this, &EditActions::setEmptyCaptions);
    connect(m_findReplace, &QAction::triggered, this, &EditActions::findReplace);

    // Apply only to the dataset the file was chosen for (another may have been opened meanwhile).
    connect(loader, &ClipLoadController::replacementReady, this, [this](PairId id, ClipSide side, const ClipRef &clip) {
        if (m_loadGeneration == m_dataset->generation())
            m_dataset->requestReplaceClip(id, side, clip);
    });
    connect(loader, &ClipLoadController::orphanPairReady, this, [this](const QString &orphan, const DatasetPair &pair) {
        if (m_loadGeneration == m_dataset->generation())
            m_dataset->requestPairOrphan(orphan, pair);
    });
    connect(loader, &ClipLoadController::failed, this, [this](const QString &message) {
        QMessageBox::warning(m_window, tr("Cannot Use the File"), message);
    });
    connect(loader, &ClipLoadController::busyChanged, this, &EditActions::updateEnabled);
    connect(dataset, &DatasetController::datasetReset, this, &EditActions::updateEnabled);
    connect(dataset, &DatasetController::orphansChanged, this, &EditActions::updateEnabled);
    connect(dataset, &DatasetController::pairChanged, this, &EditActions::updateEnabled);
    updateEnabled();
}

void EditActions::fillMenu(QMenu *menu)
{
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_editCaption);
    menu->addAction(m_setEmpty);
    menu->addAction(m_findReplace);
    menu->addSeparator();
    menu->addAction(m_exclude);
    menu->addAction(m_replaceReference);
    menu->addAction(m_replaceTarget);
    menu->addAction(m_pairOrphan);
}

void EditActions::setSelection(const QList<PairId> &selected, PairId current)
{
    m_selected = selected;
    m_current = current;
    updateEnabled();
}

void EditActions::updateEnabled()
{
    const bool loaded = m_dataset->hasDataset();
    const bool one = m_dataset->pair(m_current) != nullptr;
    const bool idle = !m_loader->isBusy();
    bool allExcluded = !m_selected.isEmpty();
    for (PairId id : m_selected)
        if (const DatasetPair *p = m_dataset->pair(id); p && !p->excluded)
            allExcluded = false;
    m_exclude->setText(allExcluded ? tr("Include Pair") : tr("E&xclude Pair"));
    m_exclude->setEnabled(!m_selected.isEmpty());
    m_editCaption->setEnabled(one);
    m_replaceReference->setEnabled(one && idle);
    m_replaceTarget->setEnabled(one && idle);
    m_pairOrphan->setEnabled(loaded && idle && !m_dataset->dataset().orphanStarts.isEmpty());
    m_setEmpty->setEnabled(loaded);
    m_findReplace->setEnabled(loaded);
}

void EditActions::toggleExclude()
{
    bool allExcluded = true;
    for (PairId id : m_selected)
        if (const DatasetPair *p = m_dataset->pair(id); p && !p->excluded)
            allExcluded = false;
    m_dataset->requestExclude(m_selected, !allExcluded);
    updateEnabled();
}

void EditActions::replaceClip(ClipSide side)
{
    const DatasetPair *p = m_dataset->pair(m_current);
    if (!p)
        return;
    const QString title = side == ClipSide::Reference ? tr("Replace the Reference of %1").arg(p->name)
                                                      : tr("Replace the Target of %1").arg(p->name);
    const QString path = QFileDialog::getOpenFileName(m_window, title, settings::lastDirectory(), audioFilter());
    if (path.isEmpty())
        return;
    settings::setLastDirectory(QFileInfo(path).absolutePath());
    m_loadGeneration = m_dataset->generation();
    if (m_loader->loadReplacement(m_current, side, path))
        Q_EMIT statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
}

void EditActions::pairOrphan()
{
    const QStringList orphans = m_dataset->dataset().orphanStarts;
    if (orphans.isEmpty())
        return;
    QString orphan = m_currentOrphan ? m_currentOrphan() : QString();
    if (!orphans.contains(orphan)) {
        bool ok = false;
        orphan = QInputDialog::getItem(m_window, tr("Pair an Orphan"), tr("_start file without an _end:"), orphans, 0, false, &ok);
        if (!ok)
            return;
    }
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Choose the Target for %1").arg(QFileInfo(orphan).fileName()),
                                                      settings::lastDirectory(), audioFilter());
    if (path.isEmpty())
        return;
    settings::setLastDirectory(QFileInfo(path).absolutePath());
    m_loadGeneration = m_dataset->generation();
    if (m_loader->loadOrphanPair(m_dataset->dataset(), orphan, path))
        Q_EMIT statusMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()));
}

void EditActions::setEmptyCaptions()
{
    bool ok = false;
    const QString caption = QInputDialog::getText(m_window, tr("Set Empty Captions"),
                                                  tr("Caption for every pair that has none:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const int n = m_dataset->requestSetEmptyCaptions(caption);
    Q_EMIT statusMessage(tr("Set %n caption(s)", nullptr, n));
}

void EditActions::findReplace()
{
    FindReplaceDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const int n = m_dataset->requestFindReplace(dialog.findText(), dialog.replaceText(), dialog.caseSensitivity());
    Q_EMIT statusMessage(tr("Changed %n caption(s)", nullptr, n));
}

}  // namespace a2a
