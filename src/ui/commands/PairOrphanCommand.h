#pragma once
// Undoable pairing of an orphan `<name>_start` with a target the user chose: adds the new pair
// and takes the orphan off the list; undo removes the pair and puts the orphan back.

#include "dataset/CuratedDataset.h"

#include <QUndoCommand>

namespace a2a {

class DatasetController;

class PairOrphanCommand : public QUndoCommand {
public:
    PairOrphanCommand(DatasetController *controller, const QString &orphanStart, const DatasetPair &pair,
                      QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DatasetController *m_controller;
    QString m_orphan;
    DatasetPair m_pair;
};

}  // namespace a2a
