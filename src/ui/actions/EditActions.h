#pragma once
// The Edit menu's behaviour: Undo/Redo (from the DatasetController's stack), edit the caption,
// exclude or include the selected pairs, replace a clip from disk, pair an orphan with a target,
// set every empty caption, find and replace in captions. Files are decoded by the
// ClipLoadController before the undoable command is pushed. Thread rule: GUI thread.

#include "dataset/CuratedDataset.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace a2a {

class ClipLoadController;
class DatasetController;
enum class ClipSide;

class EditActions : public QObject {
    Q_OBJECT
public:
    EditActions(QWidget *window, DatasetController *dataset, ClipLoadController *loader);

    void fillMenu(QMenu *menu);
    void setSelection(const QList<PairId> &selected, PairId current);
    void setOrphanProvider(std::function<QString()> currentOrphan) { m_currentOrphan = std::move(currentOrphan); }

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *editCaptionAction() const { return m_editCaption; }
    QAction *excludeAction() const { return m_exclude; }
    QAction *replaceReferenceAction() const { return m_replaceReference; }
    QAction *replaceTargetAction() const { return m_replaceTarget; }
    QAction *pairOrphanAction() const { return m_pairOrphan; }
    QAction *setEmptyCaptionsAction() const { return m_setEmpty; }
    QAction *findReplaceAction() const { return m_findReplace; }

Q_SIGNALS:
    void editCaptionRequested();
    void statusMessage(const QString &text);

private:
    void toggleExclude();
    void replaceClip(ClipSide side);
    void pairOrphan();
    void setEmptyCaptions();
    void findReplace();
    void updateEnabled();

    QWidget *m_window;
    DatasetController *m_dataset;
    ClipLoadController *m_loader;
    QList<PairId> m_selected;
    PairId m_current = -1;
    int m_loadGeneration = -1;  // the dataset a running clip load belongs to
    std::function<QString()> m_currentOrphan;
    QAction *m_undo, *m_redo, *m_editCaption, *m_exclude, *m_replaceReference, *m_replaceTarget;
    QAction *m_pairOrphan, *m_setEmpty, *m_findReplace;
};

}  // namespace a2a
