#pragma once
// The request's `validation` list: at most two entries, each a prompt and the reference clip its
// preview transforms (a file, or a pair's reference, kept as a local path). Edits are reported
// whole with entriesChanged(); each entry shows its own errors under it.
// Thread rule: GUI thread.

#include "training/TrainingRequest.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace a2a {

class ClipPicker;
class DatasetController;

class ValidationEntriesEditor : public QWidget {
    Q_OBJECT
public:
    ValidationEntriesEditor(const DatasetController *dataset, QWidget *parent = nullptr);

    QList<ValidationEntry> entries() const;
    void setEntries(const QList<ValidationEntry> &entries);  // no signal
    void setErrors(int index, const QStringList &messages);  // shown under that entry
    void setSuggestedPrompt(const QString &prompt) { m_suggestedPrompt = prompt; }

    int count() const { return int(m_rows.size()); }
    QLineEdit *promptField(int index) const;
    ClipPicker *clipPicker(int index) const;
    QPushButton *addButton() const { return m_add; }

public Q_SLOTS:
    void addEntry();
    void removeEntry(int index);

Q_SIGNALS:
    void entriesChanged(const QList<a2a::ValidationEntry> &entries);
    void problem(const QString &message);

private:
    struct Row {
        QWidget *box;
        QLineEdit *prompt;
        ClipPicker *clip;
        QLabel *errors;
    };
    void addRow(const ValidationEntry &entry);
    void updateButtons();
    void emitChanged() { Q_EMIT entriesChanged(entries()); }

    const DatasetController *m_dataset;
    QVBoxLayout *m_rowsLayout;
    QList<Row> m_rows;
    QPushButton *m_add;
    QLabel *m_none;
    QString m_suggestedPrompt;
};

}  // namespace a2a
