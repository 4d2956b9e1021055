#pragma once
// Edit ▸ Find and Replace in Captions: the text to find, its replacement, and case sensitivity.
// Thread rule: GUI thread.

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace a2a {

class FindReplaceDialog : public QDialog {
    Q_OBJECT
public:
    explicit FindReplaceDialog(QWidget *parent = nullptr);

    QString findText() const;
    QString replaceText() const;
    Qt::CaseSensitivity caseSensitivity() const;

private:
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
};

}  // namespace a2a
