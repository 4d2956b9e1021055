#pragma once
// Undoable replacement of one clip of a pair by a file from disk. The new clip was decoded on a
// worker (ClipLoadController) before the command is made; the command swaps whole pair values,
// so the pair's issues and waveform come back exactly on undo.

#include "dataset/CuratedDataset.h"

#include <QUndoCommand>

namespace a2a {

class DatasetController;

class ReplaceClipCommand : public QUndoCommand {
public:
    ReplaceClipCommand(DatasetController *controller, const DatasetPair &oldPair, const DatasetPair &newPair,
                       bool target, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DatasetController *m_controller;
    DatasetPair m_old;
    DatasetPair m_new;
};

}  // namespace a2a
