#pragma once
// "Try it": applies a LoRA to a reference clip and, with the same seed, the base alone, on a
// worker object living on this controller's QThread (core runInference, twice), then prepares
// the three clips for listening. Progress, cancel, and results as values.
// Thread rule: GUI thread; the worker runs one job at a time; the destructor cancels the job and
// waits for the thread.

#include "playback/PlaybackBuffers.h"

#include "audio/AudioBuffer.h"
#include "training/Inference.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace a2a {

// A finished "Try it" job.
struct TryItOutputs {
    InferenceConfig config;       // what was generated (the LoRA, the reference, prompt and seed)
    AudioBuffer withLora;         // at the codec rate, as long as the reference (for saving)
    AudioBuffer baseAlone;        // same seed, the LoRA switched off
    // For listening, in the player's format: 0 = with LoRA, 1 = base alone, 2 = the reference.
    QByteArray pcm[3];
    qint64 frames[3] = {0, 0, 0};
    PlaybackFormat format;
    int windows = 0;
};

class InferenceWorker;

class InferenceController : public QObject {
    Q_OBJECT
public:
    explicit InferenceController(QObject *parent = nullptr);
    ~InferenceController() override;

    // config.useLora is ignored: both outputs are made. False when a job is already running.
    bool start(const InferenceConfig &config, const PlaybackFormat &format);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(const QString &stage, int done, int total);
    void finished(const a2a::TryItOutputs &outputs);
    void failed(const QString &message);
    void cancelled();

private:
    QThread *m_thread;
    InferenceWorker *m_worker;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    bool m_busy = false;
};

// The job itself, synchronous (the worker calls it; tests may too).
TryItOutputs runTryIt(const InferenceConfig &config, const PlaybackFormat &format, const std::atomic<bool> &cancel,
                      const std::function<void(const QString &stage, int done, int total)> &progress, QString *error);

}  // namespace a2a

Q_DECLARE_METATYPE(a2a::TryItOutputs)
