// A2A Studio: the desktop app.
//   a2a-studio [DATASET] [--screenshot PNG]
// --screenshot saves the window once the dataset has loaded, then quits (for docs and checks).

#include "MainWindow.h"

#include "audio/QtMediaReader.h"
#include "util/QuietQtLogs.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTimer>

int main(int argc, char **argv)
{
    a2a::selectFfmpegMediaBackend();
    a2a::installQuietQtMessageHandler();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("A2A Studio"));
    QApplication::setOrganizationName(QStringLiteral("A2A Studio"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Curate paired audio datasets and train audio-to-audio IC-LoRAs."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("DATASET"), QStringLiteral("A .zip, a folder or an http(s) URL to open."), QStringLiteral("[DATASET]"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a PNG of the window once loaded, then quit."),
                                        QStringLiteral("PNG"));
    parser.addOption(screenshot);
    parser.process(app);

    a2a::MainWindow window;
    window.show();
    if (parser.isSet(screenshot)) {
        const QString png = parser.value(screenshot);
        auto shoot = [&window, png] {
            window.grab().save(png);
            QApplication::quit();
        };
        QObject::connect(&window, &a2a::MainWindow::datasetLoaded, &window, [shoot] { QTimer::singleShot(300, shoot); });
        QTimer::singleShot(parser.positionalArguments().isEmpty() ? 500 : 60000, shoot);
    }
    if (!parser.positionalArguments().isEmpty())
        window.openDataset(parser.positionalArguments().first());
    return app.exec();
}
