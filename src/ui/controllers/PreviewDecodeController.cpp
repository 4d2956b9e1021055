#include "PreviewDecodeController.h"

#include "audio/Resampler.h"
#include "models/FitPlanText.h"
#include "playback/PcmConversion.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace a2a {
namespace {

struct PreviewTr {
    Q_DECLARE_TR_FUNCTIONS(PreviewDecodeController)
};

double rmsOf(const AudioBuffer &a)
{
    if (a.samples.empty())
        return 0.0;
    double sum = 0.0;
    for (float s : a.samples)
        sum += double(s) * s;
    return std::sqrt(sum / double(a.samples.size()));
}

struct Decoded {
    AudioBuffer audio;  // stereo at the output rate
    double clipStart = 0.0;
    double clipPerSecond = 1.0;
    QString problem;
};

QString firstProblem(const IssueList &issues)
{
    for (const Issue &i : issues)
        if (i.severity == Severity::Error)
            return i.message;
    return PreviewTr::tr("the clip cannot be decoded");
}

Decoded decodeSide(const ClipRef &clip, const PreviewRequest &r)
{
    Decoded d;
    if (clip.localPath.isEmpty()) {
        d.problem = PreviewTr::tr("no file");
        return d;
    }
    if (r.mode == PlaybackMode::Original) {
        DecodeOptions o;
        o.targetRate = r.format.sampleRate;
        o.toStereo = true;
        DecodeResult res = decodeAudioFile(clip.localPath, o, clip.sourcePath);
        if (!res.ok() || res.audio.isEmpty())
            d.problem = firstProblem(res.issues);
        else
            d.audio = std::move(res.audio);
        return d;
    }
    PreparedClip prepared = prepareClip(clip, r.prepare);
    if (!prepared.ok()) {
        d.problem = prepared.plan.kind == FitKind::Skip && clip.decoded
                        ? PreviewTr::tr("not trained on: %1").arg(fitPlanText(prepared.plan))
                        : firstProblem(prepared.issues);
        return d;
    }
    QString error;
    d.audio = resample(prepared.audio, r.format.sampleRate, ResampleQuality::Medium, &error);
    if (d.audio.isEmpty())
        d.problem = error;
    d.clipStart = prepared.plan.kind == FitKind::Trim ? prepared.plan.offsetSeconds : 0.0;
    d.clipPerSecond = prepared.plan.kind == FitKind::Stretch && prepared.plan.stretchRatio > 0 ? 1.0 / prepared.plan.stretchRatio : 1.0;
    return d;
}

}  // namespace

PlaybackBuffers preparePlayback(const PreviewRequest &r, const std::shared_ptr<CancelFlag> &cancel)
{
    PlaybackBuffers out;
    out.pairId = r.pairId;
    out.mode = r.mode;
    out.format = r.format;
    out.loudnessMatched = r.loudnessMatch;
    Decoded sides[2];
    for (int s = 0; s < 2; ++s) {
        if (cancel && cancel->isCancelled())
            return out;
        sides[s] = decodeSide(s == 0 ? r.reference : r.target, r);
    }
    // Listening-only loudness match: bring the louder side down to the quieter one's RMS, so
    // nothing is boosted into clipping.
    double gain[2] = {1.0, 1.0};
    const double rms[2] = {rmsOf(sides[0].audio), rmsOf(sides[1].audio)};
    if (r.loudnessMatch && rms[0] > 1e-6 && rms[1] > 1e-6) {
        const double level = std::min(rms[0], rms[1]);
        gain[0] = level / rms[0];
        gain[1] = level / rms[1];
    }
    for (int s = 0; s < 2; ++s) {
        PlaybackSide &side = out.sides[s];
        side.problem = sides[s].problem;
        side.clipStartSeconds = sides[s].clipStart;
        side.clipSecondsPerSecond = sides[s].clipPerSecond;
        side.gainDb = 20.0 * std::log10(gain[s]);
        if (!sides[s].audio.isEmpty()) {
            side.pcm = toPcm(sides[s].audio, r.format, float(gain[s]));
            side.frames = sides[s].audio.frames();
        }
    }
    return out;
}

PreviewDecodeController::PreviewDecodeController(QObject *parent) : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<PlaybackBuffers>::finished, this, [this] {
        Q_EMIT busyChanged(false);
        if (m_watcher.future().resultCount() > 0 && !m_cancel->isCancelled())
            Q_EMIT ready(m_watcher.result());
    });
}

PreviewDecodeController::~PreviewDecodeController()
{
    if (m_cancel)
        m_cancel->cancel();
    m_pool.clear();
    m_pool.waitForDone();
}

void PreviewDecodeController::request(const PreviewRequest &request)
{
    if (m_cancel)
        m_cancel->cancel();
    m_cancel = std::make_shared<CancelFlag>();
    const auto cancel = m_cancel;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [request, cancel] { return preparePlayback(request, cancel); }));
    Q_EMIT busyChanged(true);
}

}  // namespace a2a
