#include "EditCaptionCommand.h"

#include "DatasetController.h"

#include <QCoreApplication>

namespace a2a {

EditCaptionCommand::EditCaptionCommand(DatasetController *controller, PairId id, const QString &oldCaption,
                                       const QString &newCaption, QUndoCommand *parent)
    : QUndoCommand(parent), m_controller(controller), m_id(id), m_old(oldCaption), m_new(newCaption)
{
    const DatasetPair *p = controller->pair(id);
    setText(QCoreApplication::translate("a2a::EditCaptionCommand", "Edit Caption of %1").arg(p ? p->name : QString()));
}

void EditCaptionCommand::undo() { m_controller->applyCaption(m_id, m_old); }
void EditCaptionCommand::redo() { m_controller->applyCaption(m_id, m_new); }

}  // namespace a2a
