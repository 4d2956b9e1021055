// A2A Studio: the desktop app.

#include "MainWindow.h"

#include "audio/QtMediaReader.h"

#include <QApplication>

int main(int argc, char **argv)
{
    a2a::selectFfmpegMediaBackend();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("A2A Studio"));
    QApplication::setOrganizationName(QStringLiteral("A2A Studio"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    a2a::MainWindow window;
    window.show();
    const QStringList args = app.arguments();
    if (args.size() > 1)
        window.openDataset(args.at(1));
    return app.exec();
}
