#include "QuietQtLogs.h"

#include <QtGlobal>

#include <atomic>
#include <cstdio>

#include <dlfcn.h>

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

void quietFfmpegLogs()
{
    static std::atomic<bool> done{false};
    if (done.load() || qEnvironmentVariableIsSet("A2A_DEBUG"))
        return;
    // Only touch libavutil if the media backend already loaded it; never load it ourselves.
    for (const char *name : {"libavutil.so.57", "libavutil.so.58", "libavutil.so.59"}) {
        void *handle = dlopen(name, RTLD_LAZY | RTLD_NOLOAD);
        if (!handle)
            continue;
        using SetLevel = void (*)(int);
        if (auto setLevel = reinterpret_cast<SetLevel>(dlsym(handle, "av_log_set_level"))) {
            constexpr int kAvLogError = 16;
            setLevel(kAvLogError);
            done = true;
        }
        dlclose(handle);
        return;
    }
}

}  // namespace a2a
