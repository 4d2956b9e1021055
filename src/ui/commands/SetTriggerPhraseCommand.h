#pragma once
// Undoable change of the dataset's trigger phrase (prepended to every caption).

#include <QString>
#include <QUndoCommand>

namespace a2a {

class DatasetController;

class SetTriggerPhraseCommand : public QUndoCommand {
public:
    SetTriggerPhraseCommand(DatasetController *controller, const QString &oldPhrase, const QString &newPhrase,
                            QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    DatasetController *m_controller;
    QString m_old;
    QString m_new;
};

}  // namespace a2a
