#include "InferenceController.h"

#include "audio/AudioDecoder.h"
#include "audio/Resampler.h"
#include "playback/PcmConversion.h"

#include <QCoreApplication>
#include <QThread>

namespace a2a {

struct InferenceTr {
    Q_DECLARE_TR_FUNCTIONS(InferenceController)
};

TryItOutputs runTryIt(const InferenceConfig &config, const PlaybackFormat &format, const std::atomic<bool> &cancel,
                      const std::function<void(const QString &, int, int)> &progress, QString *error)
{
    TryItOutputs out;
    out.config = config;
    out.format = format;
    const QString stages[2] = {InferenceTr::tr("With the LoRA"), InferenceTr::tr("Base alone (same seed)")};
    AudioBuffer *results[2] = {&out.withLora, &out.baseAlone};
    for (int run = 0; run < 2; ++run) {
        InferenceConfig c = config;
        c.useLora = run == 0;
        const InferenceResult r = runInference(c, [&](int done, int total) {
            if (progress)
                progress(stages[run], run * total + done, 2 * total);
            return !cancel.load();
        });
        if (cancel.load()) {
            *error = QStringLiteral("cancelled");
            return out;
        }
        if (!r.ok()) {
            *error = r.error;
            return out;
        }
        *results[run] = r.audio;
        out.windows = r.windows;
    }
    if (progress)
        progress(InferenceTr::tr("Preparing to listen"), 1, 1);
    DecodeOptions decode;
    decode.targetRate = format.sampleRate;
    decode.toStereo = true;
    const DecodeResult reference = decodeAudioFile(config.referencePath, decode);
    const AudioBuffer listen[3] = {resample(out.withLora, format.sampleRate), resample(out.baseAlone, format.sampleRate),
                                   reference.ok() ? reference.audio : AudioBuffer{}};
    for (int i = 0; i < 3; ++i) {
        out.pcm[i] = toPcm(listen[i], format);
        out.frames[i] = listen[i].frames();
    }
    return out;
}

// Lives on the controller's thread; one job at a time.
class InferenceWorker : public QObject {
    Q_OBJECT
public:
    void run(const InferenceConfig &config, const PlaybackFormat &format, std::shared_ptr<std::atomic<bool>> cancel)
    {
        QString error;
        const TryItOutputs out = runTryIt(config, format, *cancel, [this](const QString &stage, int done, int total) {
            Q_EMIT progress(stage, done, total);
        }, &error);
        if (cancel->load())
            Q_EMIT cancelled();
        else if (!error.isEmpty())
            Q_EMIT failed(error);
        else
            Q_EMIT finished(out);
    }

Q_SIGNALS:
    void progress(const QString &stage, int done, int total);
    void finished(const a2a::TryItOutputs &outputs);
    void failed(const QString &message);
    void cancelled();
};

InferenceController::InferenceController(QObject *parent) : QObject(parent), m_thread(new QThread(this)), m_worker(new InferenceWorker)
{
    qRegisterMetaType<a2a::TryItOutputs>();
    m_thread->setObjectName(QStringLiteral("a2a-inference"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &InferenceWorker::progress, this, &InferenceController::progress);
    auto done = [this] {
        m_busy = false;
        Q_EMIT busyChanged(false);
    };
    connect(m_worker, &InferenceWorker::finished, this, [this, done](const TryItOutputs &o) {
        done();
        Q_EMIT finished(o);
    });
    connect(m_worker, &InferenceWorker::failed, this, [this, done](const QString &m) {
        done();
        Q_EMIT failed(m);
    });
    connect(m_worker, &InferenceWorker::cancelled, this, [this, done] {
        done();
        Q_EMIT cancelled();
    });
    m_thread->start();
}

InferenceController::~InferenceController()
{
    if (m_cancel)
        m_cancel->store(true);
    m_thread->quit();
    m_thread->wait();
}

bool InferenceController::start(const InferenceConfig &config, const PlaybackFormat &format)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, config, format, cancel] { worker->run(config, format, cancel); }, Qt::QueuedConnection);
    Q_EMIT busyChanged(true);
    return true;
}

void InferenceController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

}  // namespace a2a

#include "InferenceController.moc"
