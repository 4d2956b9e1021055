#include "ProgressRelay.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <atomic>
#include <chrono>

namespace a2a {
namespace {

struct ProgressRelayTr {
    Q_DECLARE_TR_FUNCTIONS(ProgressRelay)
};

qint64 nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

ProgressSink makeProgressRelay(QObject *receiver, ProgressHandler handler, std::shared_ptr<CancelFlag> cancel, int intervalMs)
{
    auto last = std::make_shared<std::atomic<qint64>>(0);
    ProgressSink sink;
    sink.cancel = std::move(cancel);
    sink.onProgress = [receiver, handler, last, intervalMs](const QString &stage, qint64 done, qint64 total) {
        const qint64 now = nowMs();
        const bool final = total > 0 && done >= total;
        qint64 previous = last->load();
        if (!final && now - previous < intervalMs)
            return;
        if (!final && !last->compare_exchange_strong(previous, now))
            return;  // another worker thread reported at the same moment
        last->store(now);
        QMetaObject::invokeMethod(receiver, [handler, stage, done, total] { handler(stage, done, total); }, Qt::QueuedConnection);
    };
    return sink;
}

QString stageLabel(const QString &stage)
{
    if (stage == QLatin1String("Downloading"))
        return ProgressRelayTr::tr("Downloading");
    if (stage == QLatin1String("Extracting"))
        return ProgressRelayTr::tr("Extracting");
    if (stage == QLatin1String("Decoding"))
        return ProgressRelayTr::tr("Decoding");
    if (stage == QLatin1String("Generating"))
        return ProgressRelayTr::tr("Generating");
    if (stage == QLatin1String("Saving"))
        return ProgressRelayTr::tr("Saving");
    if (stage == QLatin1String("Done"))
        return ProgressRelayTr::tr("Done");
    return stage;
}

QString describeProgress(const QString &stage, qint64 done, qint64 total)
{
    const QString label = stageLabel(stage);
    if (stage == QLatin1String("Downloading") || stage == QLatin1String("Extracting")) {
        const double mb = 1024.0 * 1024.0;
        return total > 0 ? ProgressRelayTr::tr("%1 %2 of %3 MB").arg(label).arg(done / mb, 0, 'f', 1).arg(total / mb, 0, 'f', 1)
                         : ProgressRelayTr::tr("%1 %2 MB").arg(label).arg(done / mb, 0, 'f', 1);
    }
    if (total <= 0 || stage == QLatin1String("Done"))
        return label;
    if (stage == QLatin1String("Decoding"))
        return ProgressRelayTr::tr("%1 %2 of %3 clips").arg(label).arg(done).arg(total);
    if (stage == QLatin1String("Saving") || stage == QLatin1String("Generating"))
        return ProgressRelayTr::tr("%1 %2 of %3 pairs").arg(label).arg(done).arg(total);
    return ProgressRelayTr::tr("%1 %2 of %3").arg(label).arg(done).arg(total);
}

}  // namespace a2a
