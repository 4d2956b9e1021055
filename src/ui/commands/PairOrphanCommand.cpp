#include "PairOrphanCommand.h"

#include "DatasetController.h"

#include <QCoreApplication>

namespace a2a {

PairOrphanCommand::PairOrphanCommand(DatasetController *controller, const QString &orphanStart, const DatasetPair &pair,
                                     QUndoCommand *parent)
    : QUndoCommand(parent), m_controller(controller), m_orphan(orphanStart), m_pair(pair)
{
    setText(QCoreApplication::translate("a2a::PairOrphanCommand", "Pair %1").arg(pair.name));
}

void PairOrphanCommand::undo() { m_controller->removePair(m_pair.id, m_orphan); }
void PairOrphanCommand::redo() { m_controller->insertPair(m_pair, m_orphan); }

}  // namespace a2a
