#include "AppTranslations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

namespace a2a::translations {
namespace {

const QString kOurs = QStringLiteral("a2a-studio");
const QString kEnglish = QStringLiteral("en");

// Owned by the application; kept here so that a second install() replaces them.
QTranslator *g_qt = nullptr;
QTranslator *g_ours = nullptr;
QString g_running;
QStringList g_dirs;  // where the last install() looked

void uninstall(QTranslator *&t)
{
    if (!t)
        return;
    QCoreApplication::removeTranslator(t);
    delete t;
    t = nullptr;
}

}  // namespace

QStringList searchDirs()
{
    const QString dir = QCoreApplication::applicationDirPath();
    return {dir + QStringLiteral("/translations"), QDir::cleanPath(dir + QStringLiteral("/../share/a2a-studio/translations"))};
}

QStringList available(const QStringList &given)
{
    const QStringList dirs = !given.isEmpty() ? given : !g_dirs.isEmpty() ? g_dirs : searchDirs();
    static const QRegularExpression name(QStringLiteral("^a2a-studio_([A-Za-z_]+)\\.qm$"));
    QStringList codes{kEnglish};
    for (const QString &dir : dirs)
        for (const QString &file : QDir(dir).entryList({kOurs + QStringLiteral("_*.qm")}, QDir::Files)) {
            const QRegularExpressionMatch m = name.match(file);
            if (m.hasMatch() && !codes.contains(m.captured(1)))
                codes << m.captured(1);
        }
    codes.sort();
    return codes;
}

QString nativeName(const QString &code)
{
    if (code == kEnglish)
        return QStringLiteral("English");  // QLocale says "American English"
    QString name = QLocale(code).nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return name;
}

QString fromArguments(const QStringList &args)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--"))
            break;
        if (args[i] == option)
            return i + 1 < args.size() ? args[i + 1] : QString(QLatin1String(""));
        if (args[i].startsWith(option + QLatin1Char('=')))
            return args[i].mid(option.size() + 1);
    }
    return {};
}

Loaded install(const QString &code, const QStringList &dirs)
{
    uninstall(g_qt);
    uninstall(g_ours);
    g_running = code;
    g_dirs = dirs;
    Loaded loaded;
    if (code == kEnglish)
        return loaded;
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    auto *app = QCoreApplication::instance();
    g_qt = new QTranslator(app);
    if (g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(g_qt);
        loaded.qt = g_qt->filePath();
    } else {
        uninstall(g_qt);
    }
    g_ours = new QTranslator(app);
    for (const QString &dir : dirs)
        if (g_ours->load(locale, kOurs, QStringLiteral("_"), dir)) {
            QCoreApplication::installTranslator(g_ours);
            loaded.ours = g_ours->filePath();
            return loaded;
        }
    uninstall(g_ours);
    return loaded;
}

QString running() { return g_running; }

}  // namespace a2a::translations
