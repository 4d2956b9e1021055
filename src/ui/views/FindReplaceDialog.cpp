#include "FindReplaceDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace a2a {

FindReplaceDialog::FindReplaceDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Find and Replace in Captions"));
    auto *form = new QFormLayout(this);
    m_find = new QLineEdit(this);
    m_replace = new QLineEdit(this);
    m_case = new QCheckBox(tr("Match &case"), this);
    form->addRow(tr("&Find:"), m_find);
    form->addRow(tr("&Replace with:"), m_replace);
    form->addRow(QString(), m_case);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Replace &All"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    form->addRow(buttons);
    connect(m_find, &QLineEdit::textChanged, this,
            [buttons](const QString &t) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(380);
}

QString FindReplaceDialog::findText() const { return m_find->text(); }
QString FindReplaceDialog::replaceText() const { return m_replace->text(); }
Qt::CaseSensitivity FindReplaceDialog::caseSensitivity() const { return m_case->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive; }

}  // namespace a2a
