#pragma once
// Undoable change of a pair's trim offsets (reference and target). Repeated drags of the same
// pair merge into one command (id() + mergeWith(), as Qt's undoframework merges moves), so one
// undo returns to where the span was before the first drag.

#include "dataset/CuratedDataset.h"

#include <QUndoCommand>

namespace a2a {

class DatasetController;

class SetTrimOffsetCommand : public QUndoCommand {
public:
    struct Offsets {
        double reference = 0.0;
        double target = 0.0;
        bool operator==(const Offsets &) const = default;
    };
    static constexpr int kId = 0x7124;

    SetTrimOffsetCommand(DatasetController *controller, PairId id, Offsets oldOffsets, Offsets newOffsets,
                         QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return kId; }
    bool mergeWith(const QUndoCommand *other) override;

    PairId pairId() const { return m_id; }

private:
    DatasetController *m_controller;
    PairId m_id;
    Offsets m_old;
    Offsets m_new;
};

}  // namespace a2a
