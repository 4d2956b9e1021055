#pragma once
// Listening to the selected pair: owns the AudioPlayer and the PreviewDecodeController and the
// playback actions (Space play/pause, R reference, T target, B A/B switch, "as trained", loudness
// match). A play request for audio not yet prepared starts the decode and plays when it is ready.
// Buffers are dropped when what they were made from changes (a replaced clip, a moved trim span
// or another bucket for "as trained"). Thread rule: GUI thread.

#include "playback/PlaybackBuffers.h"

#include <QObject>

class QAction;

namespace a2a {

class AudioPlayer;
class DatasetController;
class PreviewDecodeController;

class PlaybackController : public QObject {
    Q_OBJECT
public:
    PlaybackController(DatasetController *dataset, QObject *parent = nullptr);
    ~PlaybackController() override;

    QAction *playPauseAction() const { return m_playPause; }
    QAction *playReferenceAction() const { return m_playReference; }
    QAction *playTargetAction() const { return m_playTarget; }
    QAction *switchSideAction() const { return m_switchSide; }
    QAction *asTrainedAction() const { return m_asTrained; }
    QAction *loudnessMatchAction() const { return m_loudness; }
    QList<QAction *> actions() const;

    void setPair(PairId id);
    PairId pair() const { return m_pair; }
    void play(int side);
    void seekClipSeconds(int side, double clipSeconds);

    bool isPlaying() const;
    int activeSide() const;
    // Where the playhead is on each clip's own timeline (< 0: none).
    double playheadOnClip(int side) const;
    QString statusText() const { return m_status; }

Q_SIGNALS:
    void playheadChanged();
    void statusChanged(const QString &text);

private:
    QString contentKey(PairId id, PlaybackMode mode) const;
    PlaybackMode mode() const;
    void request(int playSideWhenReady);
    void onReady(const PlaybackBuffers &buffers);
    void onPairChanged(PairId id);
    void invalidateIfStale();
    void setStatus(const QString &text);
    void updateActions();

    DatasetController *m_dataset;
    AudioPlayer *m_player;
    PreviewDecodeController *m_decoder;
    QAction *m_playPause, *m_playReference, *m_playTarget, *m_switchSide, *m_asTrained, *m_loudness;
    PairId m_pair = -1;
    QString m_bufferKey;   // what the player's buffers were made from
    QString m_pendingKey;  // what is being decoded
    int m_pendingSide = -1;
    bool m_everPlayed = false;
    QString m_status;
};

}  // namespace a2a
