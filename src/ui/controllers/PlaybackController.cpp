#include "PlaybackController.h"

#include "DatasetController.h"
#include "PreviewDecodeController.h"
#include "playback/AudioPlayer.h"

#include <QAction>

namespace a2a {

PlaybackController::PlaybackController(DatasetController *dataset, QObject *parent)
    : QObject(parent), m_dataset(dataset), m_player(new AudioPlayer(this)), m_decoder(new PreviewDecodeController(this))
{
    m_playPause = new QAction(tr("&Play / Pause"), this);
    m_playPause->setShortcut(Qt::Key_Space);
    m_playPause->setToolTip(tr("Play or pause the selected side (Space)"));
    m_playReference = new QAction(tr("Play &Reference"), this);
    m_playReference->setShortcut(Qt::Key_R);
    m_playReference->setToolTip(tr("Play the reference (the _start clip) (R)"));
    m_playTarget = new QAction(tr("Play &Target"), this);
    m_playTarget->setShortcut(Qt::Key_T);
    m_playTarget->setToolTip(tr("Play the target (the _end clip) (T)"));
    m_switchSide = new QAction(tr("A/B &Switch"), this);
    m_switchSide->setShortcut(Qt::Key_B);
    m_switchSide->setToolTip(tr("Switch between reference and target at the same moment (B)"));
    m_asTrained = new QAction(tr("Play &As Trained"), this);
    m_asTrained->setCheckable(true);
    m_asTrained->setShortcut(Qt::Key_A);
    m_asTrained->setToolTip(tr("Hear what the model gets: fitted to the bucket, 16 kHz, normalized (A)"));
    m_loudness = new QAction(tr("&Match Loudness"), this);
    m_loudness->setCheckable(true);
    m_loudness->setChecked(true);
    m_loudness->setToolTip(tr("Play both sides at the same loudness (listening only; the data is untouched)"));
    for (QAction *a : actions())
        a->setShortcutContext(Qt::WindowShortcut);

    connect(m_playPause, &QAction::triggered, this, [this] {
        if (isPlaying())
            m_player->pause();
        else
            play(activeSide());
    });
    connect(m_playReference, &QAction::triggered, this, [this] { play(0); });
    connect(m_playTarget, &QAction::triggered, this, [this] { play(1); });
    connect(m_switchSide, &QAction::triggered, this, [this] {
        if (isPlaying())
            m_player->switchSide();
        else
            play(1 - activeSide());
    });
    connect(m_asTrained, &QAction::toggled, this, [this] {
        const bool playing = isPlaying();
        invalidateIfStale();
        if (playing)
            play(activeSide());
    });
    connect(m_loudness, &QAction::toggled, this, [this] {
        const bool playing = isPlaying();
        invalidateIfStale();
        if (playing)
            play(activeSide());
    });

    connect(m_decoder, &PreviewDecodeController::ready, this, &PlaybackController::onReady);
    connect(m_player, &AudioPlayer::positionChanged, this, &PlaybackController::playheadChanged);
    connect(m_player, &AudioPlayer::stateChanged, this, [this] {
        updateActions();
        Q_EMIT playheadChanged();
    });
    connect(m_player, &AudioPlayer::error, this, &PlaybackController::setStatus);
    connect(dataset, &DatasetController::pairChanged, this, &PlaybackController::onPairChanged);
    connect(dataset, &DatasetController::fitChanged, this, &PlaybackController::invalidateIfStale);
    connect(dataset, &DatasetController::datasetAboutToReset, this, [this] {
        m_player->clear();
        m_bufferKey.clear();
        m_pendingKey.clear();
        m_pair = -1;
        updateActions();
    });
    updateActions();
}

PlaybackController::~PlaybackController() = default;

QList<QAction *> PlaybackController::actions() const
{
    return {m_playPause, m_playReference, m_playTarget, m_switchSide, m_asTrained, m_loudness};
}

PlaybackMode PlaybackController::mode() const { return m_asTrained->isChecked() ? PlaybackMode::AsTrained : PlaybackMode::Original; }

QString PlaybackController::contentKey(PairId id, PlaybackMode mode) const
{
    const DatasetPair *p = m_dataset->pair(id);
    if (!p)
        return {};
    QString key = QStringLiteral("%1|%2|%3|%4|%5").arg(id).arg(int(mode)).arg(m_loudness->isChecked()).arg(p->reference.localPath, p->target.localPath);
    if (mode == PlaybackMode::AsTrained) {
        const FitOptions &f = m_dataset->fit();
        key += QStringLiteral("|%1|%2|%3|%4|%5")
                   .arg(p->reference.trimOffsetSeconds).arg(p->target.trimOffsetSeconds)
                   .arg(f.bucketSeconds).arg(f.preservePitch).arg(f.stretchTolerance);
    }
    return key;
}

void PlaybackController::setPair(PairId id)
{
    if (id == m_pair)
        return;
    m_pair = id;
    if (m_player->buffers().pairId != id) {
        m_player->clear();
        m_bufferKey.clear();
    }
    m_pendingSide = -1;
    setStatus(QString());
    // Once the user has listened, prepare the next pair ahead so it plays at once.
    if (m_everPlayed && id >= 0)
        request(-1);
    updateActions();
}

void PlaybackController::request(int playSideWhenReady)
{
    const QString key = contentKey(m_pair, mode());
    if (key.isEmpty())
        return;
    m_pendingSide = playSideWhenReady;
    if (key == m_pendingKey && m_decoder->isBusy())
        return;
    const DatasetPair *p = m_dataset->pair(m_pair);
    PreviewRequest r;
    r.pairId = m_pair;
    r.reference = p->reference;
    r.target = p->target;
    r.mode = mode();
    r.prepare.fit = m_dataset->fit();
    r.format = m_player->format();
    r.loudnessMatch = m_loudness->isChecked();
    m_pendingKey = key;
    setStatus(tr("Preparing %1 for listening…").arg(p->name));
    m_decoder->request(r);
}

void PlaybackController::onReady(const PlaybackBuffers &buffers)
{
    const QString key = m_pendingKey;
    m_pendingKey.clear();
    if (buffers.pairId != m_pair || key != contentKey(m_pair, mode()))
        return;  // superseded meanwhile
    m_player->setBuffers(buffers);
    m_bufferKey = key;
    QStringList notes;
    for (int s = 0; s < 2; ++s) {
        const PlaybackSide &side = buffers.sides[s];
        const QString name = s == 0 ? tr("reference") : tr("target");
        if (!side.ok())
            notes << tr("%1: %2").arg(name, side.problem);
        else if (buffers.loudnessMatched && side.gainDb < -0.05)
            notes << tr("%1 %2 dB to match").arg(name).arg(side.gainDb, 0, 'f', 1);
    }
    setStatus(notes.join(QStringLiteral(" · ")));
    const int side = m_pendingSide;
    m_pendingSide = -1;
    if (side >= 0)
        m_player->play(side);
    updateActions();
}

void PlaybackController::play(int side)
{
    if (m_pair < 0 || !m_dataset->pair(m_pair))
        return;
    m_everPlayed = true;
    if (m_bufferKey == contentKey(m_pair, mode()) && m_player->buffers().pairId == m_pair) {
        m_player->play(side);
        return;
    }
    request(side);
}

void PlaybackController::seekClipSeconds(int side, double clipSeconds)
{
    const PlaybackSide &s = m_player->buffers().sides[side == 1 ? 1 : 0];
    if (m_player->buffers().pairId != m_pair || !s.ok())
        return;
    m_player->seekPlayed(std::clamp(s.playedSecondsAt(clipSeconds), 0.0, s.durationSeconds(m_player->buffers().format.sampleRate)));
}

bool PlaybackController::isPlaying() const { return m_player->isPlaying(); }
int PlaybackController::activeSide() const { return m_player->activeSide(); }

double PlaybackController::playheadOnClip(int side) const
{
    const PlaybackBuffers &b = m_player->buffers();
    if (b.pairId != m_pair || b.pairId < 0 || !b.sides[side].ok())
        return -1.0;
    if (!isPlaying() && m_player->playedSeconds() <= 0.0)
        return -1.0;
    const double played = std::min(m_player->playedSeconds(), b.sides[side].durationSeconds(b.format.sampleRate));
    return b.sides[side].clipSecondsAt(played);
}

void PlaybackController::onPairChanged(PairId id)
{
    if (id == m_pair)
        invalidateIfStale();
}

void PlaybackController::invalidateIfStale()
{
    if (m_bufferKey.isEmpty() || m_bufferKey == contentKey(m_pair, mode()))
        return;
    m_player->clear();
    m_bufferKey.clear();
    updateActions();
}

void PlaybackController::setStatus(const QString &text)
{
    if (text == m_status)
        return;
    m_status = text;
    Q_EMIT statusChanged(text);
}

void PlaybackController::updateActions()
{
    const bool havePair = m_pair >= 0 && m_dataset->pair(m_pair);
    for (QAction *a : {m_playPause, m_playReference, m_playTarget, m_switchSide})
        a->setEnabled(havePair);
    m_playPause->setText(isPlaying() ? tr("&Pause") : tr("&Play"));
}

}  // namespace a2a
