#pragma once
// Progress reporting and cancellation for long core jobs. The core never prints: the CLI prints
// from these callbacks and the UI controllers re-emit them as queued signals.
// Thread rule: callbacks are invoked on the worker thread that runs the job; they must be cheap
// and thread-safe. CancelFlag may be set from any thread.

#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace a2a {

class CancelFlag {
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

struct ProgressSink {
    // done/total in the stage's own unit (bytes, files, pairs); total <= 0 when unknown.
    std::function<void(const QString &stage, qint64 done, qint64 total)> onProgress;
    std::shared_ptr<CancelFlag> cancel;  // null = cannot be cancelled

    void report(const QString &stage, qint64 done, qint64 total) const
    {
        if (onProgress)
            onProgress(stage, done, total);
    }
    bool isCancelled() const { return cancel && cancel->isCancelled(); }
};

}  // namespace a2a
