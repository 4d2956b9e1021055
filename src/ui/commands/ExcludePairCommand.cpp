#include "ExcludePairCommand.h"

#include "DatasetController.h"

#include <QCoreApplication>

namespace a2a {

ExcludePairCommand::ExcludePairCommand(DatasetController *controller, PairId id, bool exclude, QUndoCommand *parent)
    : QUndoCommand(parent), m_controller(controller), m_id(id), m_exclude(exclude)
{
    const DatasetPair *p = controller->pair(id);
    const QString name = p ? p->name : QString();
    setText(exclude ? QCoreApplication::translate("a2a::ExcludePairCommand", "Exclude %1").arg(name)
                    : QCoreApplication::translate("a2a::ExcludePairCommand", "Include %1").arg(name));
}

void ExcludePairCommand::undo() { m_controller->applyExcluded(m_id, !m_exclude); }
void ExcludePairCommand::redo() { m_controller->applyExcluded(m_id, m_exclude); }

}  // namespace a2a
