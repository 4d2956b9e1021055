#pragma once
// Undoable caption edit of one pair (after Qt's undoframework commands): holds the PairId and the
// old and new caption, and calls DatasetController::applyCaption.

#include "dataset/CuratedDataset.h"

#include <QUndoCommand>

namespace a2a {

class DatasetController;

class EditCaptionCommand : public QUndoCommand {
public:
    EditCaptionCommand(DatasetController *controller, PairId id, const QString &oldCaption, const QString &newCaption,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DatasetController *m_controller;
    PairId m_id;
    QString m_old;
    QString m_new;
};

}  // namespace a2a
