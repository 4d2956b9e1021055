// The German translation as a user gets it: with language "de" the main window's menus, tabs and
// Train button are German (no two entries of a menu share a mnemonic) and Qt's own buttons too; View ▸ Language stores the choice for the next
// start; --language is read before the parser. And the translation stays complete: every message
// of translations/a2a-studio_de.ts is finished, keeps its placeholders, mnemonic and HTML tags,
// the built .qm says the same, and lupdate run on today's sources finds nothing new to translate.

#include "UiTestSupport.h"

#include "AppSettings.h"
#include "AppTranslations.h"
#include "MainWindow.h"
#include "actions/LanguageMenu.h"
#include "views/TrainingPage.h"

#include <QAction>
#include <QActionGroup>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTabWidget>
#include <QXmlStreamReader>

using namespace a2a;

namespace {

const QString kQmDir = QStringLiteral(A2A_QM_DIR);
const QString kGermanTs = QStringLiteral(A2A_SOURCE_DIR "/translations/a2a-studio_de.ts");

struct TsMessage {
    QString context, source, comment;
    bool numerus = false;
    QString type;              // the translation's type attribute: "" when finished
    QStringList translations;  // one, or the numerus forms
};

// Every <message> of a .ts file, in file order.
QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (m.numerus) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 line %2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList sortedMatches(const QRegularExpression &re, const QString &text, bool unique = false)
{
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    if (unique)
        found.removeDuplicates();
    return found;
}

// A menu mnemonic: '&' before a character, not "&&" (a literal ampersand).
bool hasMnemonic(QString text)
{
    text.remove(QLatin1String("&&"));
    static const QRegularExpression mnemonic(QStringLiteral("&[^\\s&]"));
    return mnemonic.match(text).hasMatch();
}

QStringList menuTitles(const QMainWindow &w)
{
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}

// Menu entries whose mnemonic letter another entry of the same menu (or the menu bar) uses too.
QStringList clashingMnemonics(const QList<QAction *> &actions)
{
    QMultiHash<QChar, QString> byLetter;
    QStringList clashes;
    for (QAction *a : actions) {
        QString text = a->text();
        text.remove(QLatin1String("&&"));
        const qsizetype at = text.indexOf(QLatin1Char('&'));
        if (a->isSeparator() || at < 0 || at + 1 >= text.size())
            continue;
        const QChar letter = text.at(at + 1).toLower();
        if (byLetter.contains(letter))
            clashes << QStringLiteral("%1 / %2").arg(byLetter.value(letter), a->text());
        byLetter.insert(letter, a->text());
        if (a->menu())
            clashes << clashingMnemonics(a->menu()->actions());
    }
    return clashes;
}

bool haveQm() { return QFile::exists(kQmDir + QStringLiteral("/a2a-studio_de.qm")); }

}  // namespace

class TestUiTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { translations::install(QStringLiteral("en"), {kQmDir}); }

    void germanMainWindow()
    {
        if (!haveQm())
            QSKIP("built without the Qt Linguist tools: no a2a-studio_de.qm");
        QVERIFY(translations::available({kQmDir}).contains(QStringLiteral("de")));
        const translations::Loaded loaded = translations::install(QStringLiteral("de"), {kQmDir});
        QVERIFY2(!loaded.ours.isEmpty(), qPrintable(kQmDir));
        QCOMPARE(translations::running(), QStringLiteral("de"));

        MainWindow w;
        QCOMPARE(menuTitles(w), (QStringList{QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("&Ansicht"),
                                             QStringLiteral("&Wiedergabe"), QStringLiteral("&Training"), QStringLiteral("&Hilfe")}));
        QCOMPARE(w.centralTabs()->tabText(0), QStringLiteral("Daten&satz"));
        QCOMPARE(w.trainingPage()->trainButton()->text(), QStringLiteral("Trainieren"));
        const QStringList clashes = clashingMnemonics(w.menuBar()->actions());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
        auto *language = w.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QCOMPARE(language->title(), QStringLiteral("&Sprache"));
        QStringList choices;
        for (QAction *a : language->choices()->actions())
            choices << a->text();
        QCOMPARE(choices, (QStringList{QStringLiteral("&Systemstandard"), QStringLiteral("Deutsch"), QStringLiteral("English")}));

        // Qt's own strings come from qtbase_de.qm (qt6-translations-l10n) when it is installed.
        if (loaded.qt.isEmpty()) {
            qInfo("qtbase_de.qm is not installed: Qt's own buttons stay English");
        } else {
            QDialogButtonBox box(QDialogButtonBox::Cancel);
            QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), QStringLiteral("Abbrechen"));
        }

        translations::install(QStringLiteral("en"), {kQmDir});
        MainWindow english;
        QCOMPARE(menuTitles(english).first(), QStringLiteral("&File"));
        QCOMPARE(english.trainingPage()->trainButton()->text(), QStringLiteral("Train"));
    }

    void languageChoiceIsStoredForTheNextStart()
    {
        settings::setLanguage(QString());
        translations::install(QStringLiteral("en"), {kQmDir});
        MainWindow w;
        auto *language = w.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(language);
        QAction *system = language->choices()->actions().first();
        QVERIFY(system->isChecked());
        QAction *english = nullptr;
        for (QAction *a : language->choices()->actions())
            if (a->data().toString() == QLatin1String("en"))
                english = a;
        QVERIFY(english);

        system->trigger();  // this run speaks English, the system's language is a change
        QCOMPARE(settings::language(), QString());
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("next start")), qPrintable(w.statusBar()->currentMessage()));
        english->trigger();
        QCOMPARE(settings::language(), QStringLiteral("en"));
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("stays in English")), qPrintable(w.statusBar()->currentMessage()));

        // The next window shows the stored choice.
        MainWindow next;
        auto *nextLanguage = next.findChild<LanguageMenu *>(QStringLiteral("languageMenu"));
        QCOMPARE(nextLanguage->choices()->checkedAction()->data().toString(), QStringLiteral("en"));
        settings::setLanguage(QString());
    }

    void languageFromTheCommandLine()
    {
        const QString app = QStringLiteral("a2a-studio");
        QCOMPARE(translations::fromArguments({app, QStringLiteral("x.zip"), QStringLiteral("--language"), QStringLiteral("de")}), QStringLiteral("de"));
        QCOMPARE(translations::fromArguments({app, QStringLiteral("--language=en")}), QStringLiteral("en"));
        QVERIFY(translations::fromArguments({app, QStringLiteral("x.zip")}).isNull());
        QVERIFY(translations::fromArguments({app, QStringLiteral("--"), QStringLiteral("--language=de")}).isNull());
        QCOMPARE(translations::nativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    }

    // Every message finished, with the source's placeholders, mnemonic and HTML tags; the .qm
    // built from it answers each one with that translation.
    void germanTranslationIsComplete()
    {
        QString error;
        const QList<TsMessage> messages = readTs(kGermanTs, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY2(messages.size() > 600, qPrintable(QString::number(messages.size())));

        static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n|v|m)"));
        static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
        QStringList problems;
        for (const TsMessage &m : messages) {
            const QString where = QStringLiteral("%1 \"%2\"").arg(m.context, m.source.left(60));
            if (!m.type.isEmpty())
                problems << QStringLiteral("%1: %2").arg(where, m.type);
            if (m.translations.size() != (m.numerus ? 2 : 1))
                problems << QStringLiteral("%1: %2 forms").arg(where).arg(m.translations.size());
            for (const QString &t : m.translations) {
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("%1: empty").arg(where);
                else if (sortedMatches(placeholder, t, true) != sortedMatches(placeholder, m.source, true))
                    problems << QStringLiteral("%1: placeholders differ in \"%2\"").arg(where, t);
                else if (sortedMatches(tag, t) != sortedMatches(tag, m.source))
                    problems << QStringLiteral("%1: HTML tags differ in \"%2\"").arg(where, t);
                else if (hasMnemonic(t) != hasMnemonic(m.source))
                    problems << QStringLiteral("%1: mnemonic lost or added in \"%2\"").arg(where, t);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

        if (!haveQm())
            QSKIP("built without the Qt Linguist tools: no a2a-studio_de.qm to compare");
        QVERIFY(!translations::install(QStringLiteral("de"), {kQmDir}).ours.isEmpty());
        for (const TsMessage &m : messages) {
            const QByteArray context = m.context.toUtf8(), source = m.source.toUtf8(), comment = m.comment.toUtf8();
            const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
            if (m.numerus) {
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 1), QString(m.translations[0]).replace(QLatin1String("%n"), QLatin1String("1")));
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation, 5), QString(m.translations[1]).replace(QLatin1String("%n"), QLatin1String("5")));
            } else {
                QCOMPARE(QCoreApplication::translate(context, source, disambiguation), m.translations[0]);
            }
        }
    }

    // A string added or changed in the sources without running the a2a-studio_lupdate target
    // (and translating it) fails here instead of showing up in English.
    void translationCoversTheSources()
    {
#ifndef A2A_LUPDATE
        QSKIP("built without the Qt Linguist tools: no lupdate");
#else
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("a2a-studio_de.ts"));
        QVERIFY(QFile::copy(kGermanTs, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(A2A_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral(A2A_SOURCE_DIR "/src/ui"),
                       QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(60000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());

        QString error;
        const QList<TsMessage> committed = readTs(kGermanTs, &error);
        const QList<TsMessage> current = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList untranslated;
        for (const TsMessage &m : current)
            if (!m.type.isEmpty())
                untranslated << QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("not in translations/a2a-studio_de.ts (build the a2a-studio_lupdate target, then translate):\n")
                                                    + untranslated.join(QLatin1Char('\n'))));
        QVERIFY2(current.size() == committed.size(),
                 qPrintable(QStringLiteral("the sources have %1 messages, translations/a2a-studio_de.ts %2: build the a2a-studio_lupdate target")
                                .arg(current.size())
                                .arg(committed.size())));
#endif
    }
};

A2A_UI_TEST_MAIN(TestUiTranslations)
#include "test_ui_translations.moc"
