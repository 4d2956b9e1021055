#include "SetTriggerPhraseCommand.h"

#include "DatasetController.h"

#include <QCoreApplication>

namespace a2a {

SetTriggerPhraseCommand::SetTriggerPhraseCommand(DatasetController *controller, const QString &oldPhrase,
                                                 const QString &newPhrase, QUndoCommand *parent)
    : QUndoCommand(parent), m_controller(controller), m_old(oldPhrase), m_new(newPhrase)
{
    setText(QCoreApplication::translate("a2a::SetTriggerPhraseCommand", "Set Trigger Phrase"));
}

void SetTriggerPhraseCommand::undo() { m_controller->applyTriggerPhrase(m_old); }
void SetTriggerPhraseCommand::redo() { m_controller->applyTriggerPhrase(m_new); }

}  // namespace a2a
