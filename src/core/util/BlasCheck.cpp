#include "BlasCheck.h"

#include <QFileInfo>
#include <QStringList>

namespace a2a {

BlasInfo detectBlas()
{
    BlasInfo info;
    const QStringList candidates{QStringLiteral("/etc/alternatives/libblas.so.3-x86_64-linux-gnu"),
                                 QStringLiteral("/etc/alternatives/libblas.so.3-aarch64-linux-gnu"),
                                 QStringLiteral("/usr/lib/x86_64-linux-gnu/libblas.so.3"),
                                 QStringLiteral("/usr/lib/aarch64-linux-gnu/libblas.so.3")};
    for (const QString &c : candidates) {
        const QFileInfo fi(c);
        if (fi.exists()) {
            info.library = fi.canonicalFilePath();
            break;
        }
    }
    const QString lower = info.library.toLower();
    info.isOptimized = lower.contains(QLatin1String("openblas")) || lower.contains(QLatin1String("blis"))
                       || lower.contains(QLatin1String("mkl"));
    if (!info.isOptimized)
        info.warning = info.library.isEmpty()
                           ? QStringLiteral("no system BLAS found: training needs one; install libopenblas0-pthread")
                           : QStringLiteral("the slow reference BLAS (%1) is in use: training will be about 30× slower; "
                                            "install libopenblas0-pthread (sudo apt install libopenblas0-pthread)")
                                 .arg(info.library);
    return info;
}

}  // namespace a2a
