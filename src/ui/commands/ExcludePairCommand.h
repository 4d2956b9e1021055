#pragma once
// Undoable exclusion (or inclusion) of one pair: an excluded pair stays listed but is neither
// trained on nor saved.

#include "dataset/CuratedDataset.h"

#include <QUndoCommand>

namespace a2a {

class DatasetController;

class ExcludePairCommand : public QUndoCommand {
public:
    ExcludePairCommand(DatasetController *controller, PairId id, bool exclude, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DatasetController *m_controller;
    PairId m_id;
    bool m_exclude;
};

}  // namespace a2a
