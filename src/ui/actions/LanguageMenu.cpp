#include "LanguageMenu.h"

#include "AppSettings.h"
#include "AppTranslations.h"

#include <QActionGroup>

namespace a2a {

LanguageMenu::LanguageMenu(QWidget *parent) : QMenu(tr("&Language"), parent), m_choices(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString stored = settings::language();
    auto add = [this, &stored](const QString &code, const QString &name) {
        QAction *a = addAction(name);
        a->setCheckable(true);
        a->setData(code);
        a->setChecked(code == stored);
        m_choices->addAction(a);
        connect(a, &QAction::triggered, this, [this, code, name] { choose(code, name); });
    };
    add(QString(), tr("&System Default"));
    addSeparator();
    QStringList codes = translations::available();
    if (!stored.isEmpty() && !codes.contains(stored))
        codes << stored;  // chosen earlier, its translation since removed: still shown as chosen
    for (const QString &code : codes)
        add(code, translations::nativeName(code));
}

void LanguageMenu::choose(const QString &code, const QString &name)
{
    settings::setLanguage(code);
    // Whole sentences per case: translators need no grammar around an inserted phrase.
    const bool now = code == translations::running();  // the language this run speaks
    if (code.isEmpty())
        Q_EMIT statusMessage(now ? tr("The interface stays in the system's language.")
                                 : tr("The interface will use the system's language from the next start of A2A Studio."));
    else
        Q_EMIT statusMessage(now ? tr("The interface stays in %1.").arg(name)
                                 : tr("The interface will be in %1 from the next start of A2A Studio.").arg(name));
}

}  // namespace a2a
