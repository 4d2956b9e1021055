// A2A Studio: the desktop app.
//   a2a-studio [DATASET] [--bucket S] [--select NAME] [--only-problems] [--show-report]
//              [--show-dock NAME] [--screenshot PNG] [--screenshot-inspector PNG]
// The screenshot options save the window once the dataset has loaded, then quit (for docs and
// checks); --screenshot-inspector first selects --select NAME, or the first skipped pair.
// --runs-dir DIR keeps training runs there; --screenshot-training PNG [--train-steps N]
// [--screenshot-training-done PNG] trains the dataset and saves the Training tab (TrainingScreenshot.h).
// --language CODE speaks that language for this run (de, en; default: View ▸ Language, else the system's).

#include "AppSettings.h"
#include "AppTranslations.h"
#include "DatasetController.h"
#include "MainWindow.h"
#include "TrainingScreenshot.h"
#include "views/TrainingPage.h"
#include "views/PairListPane.h"

#include "audio/QtMediaReader.h"
#include "util/QuietQtLogs.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

namespace {

struct ScreenshotPlan {
    QString window;     // --screenshot
    QString inspector;  // --screenshot-inspector
    QString select;
    bool showReport = false;
    QString dock;  // --show-dock: the objectName of a dock to bring to the front
};

a2a::PairId pairToInspect(const a2a::DatasetController *c, const QString &name)
{
    const auto &pairs = c->dataset().pairs;
    for (const a2a::DatasetPair &p : pairs)
        if (p.name == name)
            return p.id;
    for (const a2a::DatasetPair &p : pairs)
        if (a2a::pairStatus(p, c->fit()) == a2a::PairStatus::Skipped)
            return p.id;
    return pairs.isEmpty() ? -1 : pairs.first().id;
}

void runScreenshots(a2a::MainWindow *window, const ScreenshotPlan &plan)
{
    if (plan.showReport)
        if (auto *dock = window->findChild<QDockWidget *>(QStringLiteral("reportDock")))
            dock->raise();
    if (!plan.dock.isEmpty())
        if (auto *dock = window->findChild<QDockWidget *>(plan.dock)) {
            dock->show();
            dock->raise();
        }
    if (!plan.select.isEmpty())
        window->selectPair(pairToInspect(window->datasetController(), plan.select));
    // A settings dock shows the measured estimate, which starts a moment after the dataset loads.
    QTimer::singleShot(plan.dock.isEmpty() ? 400 : 5000, window, [window, plan] {
        if (!plan.window.isEmpty())
            window->grab().save(plan.window);
        if (plan.inspector.isEmpty()) {
            QApplication::quit();
            return;
        }
        window->selectPair(pairToInspect(window->datasetController(), plan.select));
        QTimer::singleShot(400, window, [window, plan] {
            window->grab().save(plan.inspector);
            QApplication::quit();
        });
    });
}

}  // namespace

int main(int argc, char **argv)
{
    a2a::selectFfmpegMediaBackend();
    a2a::installQuietQtMessageHandler();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("A2A Studio"));
    QApplication::setOrganizationName(QStringLiteral("A2A Studio"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    // Before any translated text is made, the parser's help included.
    const QString language = a2a::translations::fromArguments(QApplication::arguments());
    a2a::translations::install(language.isNull() ? a2a::settings::language() : language);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/a2a-studio.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Curate paired audio datasets and train audio-to-audio IC-LoRAs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), QApplication::translate("main", "A .zip, a folder or an http(s) URL to open."),
                                 QStringLiteral("[DATASET]"));
    const QCommandLineOption bucket(QStringLiteral("bucket"), QApplication::translate("main", "Bucket (audio_duration_seconds) to judge the pairs by."),
                                    QStringLiteral("SECONDS"));
    const QCommandLineOption select(QStringLiteral("select"), QApplication::translate("main", "Select the pair with this name."), QStringLiteral("NAME"));
    const QCommandLineOption onlyProblems(QStringLiteral("only-problems"), QApplication::translate("main", "List only pairs with problems."));
    const QCommandLineOption showReport(QStringLiteral("show-report"), QApplication::translate("main", "Bring the Report tab to the front."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QApplication::translate("main", "Save a PNG of the window once loaded, then quit."),
                                        QStringLiteral("PNG"));
    const QCommandLineOption screenshotInspector(
        QStringLiteral("screenshot-inspector"),
        QApplication::translate("main", "Select --select NAME (or the first skipped pair), save a PNG of the window, then quit."), QStringLiteral("PNG"));
    const QCommandLineOption showDock(QStringLiteral("show-dock"),
                                      QApplication::translate("main", "Bring this dock to the front (e.g. trainingSettingsDock, tryItDock)."),
                                      QStringLiteral("NAME"));
    parser.addOptions({bucket, select, onlyProblems, showReport, showDock, screenshot, screenshotInspector});
    const QCommandLineOption runsDir(QStringLiteral("runs-dir"), QApplication::translate("main", "Keep training runs in this folder."), QStringLiteral("DIR"));
    const QCommandLineOption screenshotTraining(
        QStringLiteral("screenshot-training"),
        QApplication::translate("main", "Train the dataset, save a PNG of the Training tab at half the steps, then stop and quit."), QStringLiteral("PNG"));
    const QCommandLineOption screenshotTrainingDone(QStringLiteral("screenshot-training-done"),
                                                    QApplication::translate("main", "With --screenshot-training: let the run finish and save this PNG too."),
                                                    QStringLiteral("PNG"));
    const QCommandLineOption trainSteps(QStringLiteral("train-steps"), QApplication::translate("main", "number_of_steps for --screenshot-training [100]."),
                                        QStringLiteral("N"), QStringLiteral("100"));
    parser.addOptions({runsDir, screenshotTraining, screenshotTrainingDone, trainSteps});
    parser.addOption(QCommandLineOption(
        QStringLiteral("language"),
        QApplication::translate("main", "Interface language for this run, e.g. de or en (default: View ▸ Language, else the system's)."),
        QStringLiteral("CODE")));
    parser.process(app);

    a2a::MainWindow window;
    if (parser.isSet(bucket))
        window.setBucketSeconds(parser.value(bucket).toDouble());
    if (parser.isSet(onlyProblems))
        window.pairList()->onlyProblemsAction()->setChecked(true);
    if (parser.isSet(runsDir))
        window.trainingPage()->setRunsRoot(parser.value(runsDir));
    window.show();

    ScreenshotPlan plan;
    plan.window = parser.value(screenshot);
    plan.inspector = parser.value(screenshotInspector);
    plan.select = parser.value(select);
    plan.showReport = parser.isSet(showReport);
    plan.dock = parser.value(showDock);
    const bool shooting = !plan.window.isEmpty() || !plan.inspector.isEmpty();
    const bool haveDataset = !parser.positionalArguments().isEmpty();
    if (shooting) {
        QObject::connect(&window, &a2a::MainWindow::datasetLoaded, &window, [&window, plan] { runScreenshots(&window, plan); });
        if (!haveDataset)
            QTimer::singleShot(500, &window, [&window, plan] { runScreenshots(&window, plan); });
        QTimer::singleShot(120000, &app, [] { QApplication::exit(2); });  // never hang a script
    } else if (!plan.select.isEmpty()) {
        QObject::connect(&window, &a2a::MainWindow::datasetLoaded, &window,
                         [&window, plan] { window.selectPair(pairToInspect(window.datasetController(), plan.select)); });
    }
    if (parser.isSet(screenshotTraining)) {
        const a2a::TrainingShotPlan shot{parser.value(screenshotTraining), parser.value(screenshotTrainingDone),
                                         std::max(100, parser.value(trainSteps).toInt())};
        QObject::connect(&window, &a2a::MainWindow::datasetLoaded, &window, [&window, shot] { a2a::runTrainingScreenshot(&window, shot); });
        QTimer::singleShot(600000, &app, [] { QApplication::exit(2); });  // never hang a script
    }
    if (haveDataset)
        window.openDataset(parser.positionalArguments().first());
    return app.exec();
}
