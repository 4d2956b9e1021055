#pragma once
// Prepares a pair's audio for listening on a worker thread: decodes both clips (whole, or "as
// trained" through core prepareClip: fitted, 16 kHz, normalized), converts them to the output's
// format and matches their loudness for listening only. Never decodes on the GUI thread or in
// the audio callback. A newer request supersedes an older one; stale results are dropped.
// Thread rule: GUI thread; jobs run on a private one-thread pool; the destructor waits.

#include "playback/PlaybackBuffers.h"

#include "dataset/ClipPreparer.h"
#include "util/Progress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace a2a {

struct PreviewRequest {
    PairId pairId = -1;
    ClipRef reference;
    ClipRef target;
    PlaybackMode mode = PlaybackMode::Original;
    PrepareOptions prepare;  // AsTrained: bucket, fit, 16 kHz, normalize
    PlaybackFormat format;
    bool loudnessMatch = true;
};

// The work itself, synchronous (tests call it directly).
PlaybackBuffers preparePlayback(const PreviewRequest &request, const std::shared_ptr<CancelFlag> &cancel = {});

class PreviewDecodeController : public QObject {
    Q_OBJECT
public:
    explicit PreviewDecodeController(QObject *parent = nullptr);
    ~PreviewDecodeController() override;

    void request(const PreviewRequest &request);
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void ready(const a2a::PlaybackBuffers &buffers);

private:
    QThreadPool m_pool;
    QFutureWatcher<PlaybackBuffers> m_watcher;
    std::shared_ptr<CancelFlag> m_cancel;
};

}  // namespace a2a
