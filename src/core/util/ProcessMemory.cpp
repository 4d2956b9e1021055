#include "ProcessMemory.h"

#include <QByteArray>
#include <QFile>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace a2a {
namespace {

// "VmRSS:	  123456 kB" → bytes; 0 when absent.
qint64 statusField(const char *name)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(name) + ':';
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(key)) {
            const QList<QByteArray> parts = line.mid(key.size()).simplified().split(' ');
            return parts.isEmpty() ? 0 : parts.first().toLongLong() * 1024;
        }
    return 0;
}

}  // namespace

qint64 residentBytes() { return statusField("VmRSS"); }

qint64 peakResidentBytes() { return statusField("VmHWM"); }

bool resetPeakResident()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

void releaseFreeHeap()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

}  // namespace a2a
