#pragma once
// View ▸ Language: System Default, English and each language the app has a translation for.
// The choice is stored (AppSettings) and applied at the next start (AppTranslations.h says why);
// the status line says so. Thread rule: GUI thread.

#include <QMenu>

class QActionGroup;

namespace a2a {

class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    explicit LanguageMenu(QWidget *parent = nullptr);

    QActionGroup *choices() const { return m_choices; }

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void choose(const QString &code, const QString &name);

    QActionGroup *m_choices;
};

}  // namespace a2a
