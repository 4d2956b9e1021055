#include "ReplaceClipCommand.h"

#include "DatasetController.h"

#include <QCoreApplication>

namespace a2a {

ReplaceClipCommand::ReplaceClipCommand(DatasetController *controller, const DatasetPair &oldPair, const DatasetPair &newPair,
                                       bool target, QUndoCommand *parent)
    : QUndoCommand(parent), m_controller(controller), m_old(oldPair), m_new(newPair)
{
    setText(target ? QCoreApplication::translate("a2a::ReplaceClipCommand", "Replace Target of %1").arg(oldPair.name)
                   : QCoreApplication::translate("a2a::ReplaceClipCommand", "Replace Reference of %1").arg(oldPair.name));
}

void ReplaceClipCommand::undo() { m_controller->applyPair(m_old); }
void ReplaceClipCommand::redo() { m_controller->applyPair(m_new); }

}  // namespace a2a
