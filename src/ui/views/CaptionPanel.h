#pragma once
// The Fix panel: the trigger phrase with a live preview of the final caption, the selected
// pair's caption editor, the caption linter's findings, and buttons for the fix actions
// (exclude, replace a clip, bulk caption edits, pair an orphan). Edits are committed as requests
// (Enter / Ctrl+Enter, leaving the field, or selecting another pair); the DatasetController turns
// them into undoable commands. Thread rule: GUI thread.

#include "dataset/CuratedDataset.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace a2a {

class DatasetController;

class CaptionPanel : public QWidget {
    Q_OBJECT
public:
    CaptionPanel(const DatasetController *controller, QWidget *parent = nullptr);

    void setPair(PairId id);
    PairId pair() const { return m_pair; }
    void setPairActions(const QList<QAction *> &actions);     // under the caption
    void setCaptionActions(const QList<QAction *> &actions);  // bulk edits
    void setOrphanAction(QAction *action);
    QString currentOrphan() const;

    QLineEdit *triggerField() const { return m_trigger; }
    QPlainTextEdit *captionEditor() const { return m_caption; }
    QString previewText() const;
    void commitCaption();

Q_SIGNALS:
    void captionEditRequested(a2a::PairId id, const QString &caption);
    void triggerPhraseRequested(const QString &phrase);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadCaption();
    void updatePreview();
    void updateLint();
    void updateOrphans();

    const DatasetController *m_controller;
    PairId m_pair = -1;
    PairId m_editPair = -1;  // the pair the editor's text belongs to
    QLineEdit *m_trigger;
    QLabel *m_pairLabel;
    QPlainTextEdit *m_caption;
    QLabel *m_preview;
    QLabel *m_words;
    QListWidget *m_lint;
    QWidget *m_pairButtons;
    QWidget *m_captionButtons;
    QWidget *m_orphanBox;
    QComboBox *m_orphans;
    QLabel *m_orphanLabel;
};

}  // namespace a2a
