#include "QuietQtLogs.h"

#include <QtGlobal>

#include <cstdio>

namespace a2a {
namespace {
QtMessageHandler g_previous = nullptr;
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtDebugMsg)
        return;
    if (g_previous)
        g_previous(type, context, message);
}
}  // namespace

void installQuietQtMessageHandler()
{
    if (qEnvironmentVariableIsSet("A2A_DEBUG"))
        return;
    g_previous = qInstallMessageHandler(quietHandler);
}

}  // namespace a2a
