#include "SetTrimOffsetCommand.h"

#include "DatasetController.h"

#include <QCoreApplication>

namespace a2a {

SetTrimOffsetCommand::SetTrimOffsetCommand(DatasetController *controller, PairId id, Offsets oldOffsets, Offsets newOffsets,
                                           QUndoCommand *parent)
    : QUndoCommand(parent), m_controller(controller), m_id(id), m_old(oldOffsets), m_new(newOffsets)
{
    const DatasetPair *p = controller->pair(id);
    setText(QCoreApplication::translate("a2a::SetTrimOffsetCommand", "Move Trim Span of %1").arg(p ? p->name : QString()));
}

void SetTrimOffsetCommand::undo() { m_controller->applyTrimOffsets(m_id, m_old.reference, m_old.target); }
void SetTrimOffsetCommand::redo() { m_controller->applyTrimOffsets(m_id, m_new.reference, m_new.target); }

bool SetTrimOffsetCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const SetTrimOffsetCommand *>(other);
    if (!o || o->m_id != m_id)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);  // dragged back to where it started: nothing to undo
    return true;
}

}  // namespace a2a
