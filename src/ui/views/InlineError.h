#pragma once
// The red message under a settings field that holds an invalid value: hidden while there is
// nothing to say, word-wrapped, one line per problem. Thread rule: GUI thread.

#include <QStringList>

class QLabel;
class QWidget;

namespace a2a {

QLabel *makeInlineErrorLabel(QWidget *parent);
void showInlineError(QLabel *label, const QStringList &messages);

}  // namespace a2a
