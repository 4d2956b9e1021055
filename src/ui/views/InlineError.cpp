#include "InlineError.h"

#include <QLabel>

namespace a2a {

QLabel *makeInlineErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("inlineError"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Dark red reads on light and dark themes alike.
    label->setStyleSheet(QStringLiteral("QLabel { color: #d32f2f; }"));
    label->hide();
    return label;
}

void showInlineError(QLabel *label, const QStringList &messages)
{
    const QString text = messages.join(QLatin1Char('\n'));
    if (label->text() != text)
        label->setText(text);
    label->setVisible(!text.isEmpty());
}

}  // namespace a2a
