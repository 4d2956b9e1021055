#include "CliCommon.h"

#include <QElapsedTimer>
#include <QMutex>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace a2a::cli {
namespace {
std::shared_ptr<CancelFlag> g_interrupt;
void onSignal(int)
{
    if (g_interrupt)
        g_interrupt->cancel();
}
}  // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

std::shared_ptr<CancelFlag> installInterruptHandler()
{
    g_interrupt = std::make_shared<CancelFlag>();
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    return g_interrupt;
}

ProgressSink terminalProgress(std::shared_ptr<CancelFlag> cancel)
{
    ProgressSink sink;
    sink.cancel = std::move(cancel);
    if (!isatty(fileno(stderr)))
        return sink;
    struct State {
        QMutex mutex;
        QElapsedTimer sinceDraw;
        QString lastStage;
    };
    auto state = std::make_shared<State>();
    sink.onProgress = [state](const QString &stage, qint64 done, qint64 total) {
        QMutexLocker lock(&state->mutex);
        const bool stageChanged = stage != state->lastStage;
        if (!stageChanged && state->sinceDraw.isValid() && state->sinceDraw.elapsed() < 100 && done != total)
            return;
        state->sinceDraw.start();
        state->lastStage = stage;
        QString line;
        if (total > 0) {
            const int width = 30;
            const int filled = int(double(done) / double(total) * width);
            line = QStringLiteral("%1 [%2%3] %4/%5").arg(stage, -12).arg(QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.'))).arg(done).arg(total);
        } else {
            line = QStringLiteral("%1 %2").arg(stage, -12).arg(done);
        }
        std::fprintf(stderr, "\r%-78s", line.toLocal8Bit().constData());
        if (stage == QLatin1String("Done"))
            std::fprintf(stderr, "\r%-78s\r", "");
        std::fflush(stderr);
    };
    return sink;
}

bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    parser.addOption(help);
    if (!parser.parse(args)) {
        err() << "error: " << parser.errorText() << "\n\n" << parser.helpText();
        err().flush();
        *exitCode = UsageError;
        return false;
    }
    if (parser.isSet(help)) {
        out() << parser.helpText();
        out().flush();
        *exitCode = Ok;
        return false;
    }
    return true;
}

}  // namespace a2a::cli
