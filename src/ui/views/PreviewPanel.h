#pragma once
// Listening to a run's validation previews: the step timeline, and for the selected step the
// preview of each validation entry, playable and A/B-able (same position) against the step-0
// baseline (the base model without the LoRA) and against the reference it was made from. Audio is
// decoded off the GUI thread (PreviewDecodeController) and played by its own AudioPlayer,
// loudness-matched for listening only. Follows the newest preview until the user picks another.
// Thread rule: GUI thread.

#include "training/TrainingCurves.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace a2a {

class AudioPlayer;
class PreviewDecodeController;
class PreviewTimeline;
struct PlaybackBuffers;

class PreviewPanel : public QWidget {
    Q_OBJECT
public:
    enum class Compare { Reference, Baseline };

    explicit PreviewPanel(QWidget *parent = nullptr);
    ~PreviewPanel() override;

    void setCurves(const TrainingCurves &curves, int totalSteps);
    void clear();

    PreviewTimeline *timeline() const { return m_timeline; }
    int selectedStep() const;
    // The preview, baseline and reference files of the selected step and entry (empty if none).
    QString previewFile() const;
    QString baselineFile() const;
    QString referenceFile() const;

    void playPreview();
    void playCompared(Compare compare);  // the baseline or the reference, at the same position
    void switchAB();
    void stop();
    bool isPlaying() const;
    // 1 = the preview, 0 = what it is compared with.
    int activeSide() const;
    // The files the player holds now, {compared with, preview}, once both are decoded (tests).
    QStringList loadedFiles() const;

Q_SIGNALS:
    void playing();  // playback started: others may pause theirs

private:
    const ValidationReport *selected() const;
    QString compareFile(Compare compare) const;
    void play(Compare compare, int side);
    void onReady(const PlaybackBuffers &buffers);
    void onStepSelected(int step);
    void updateControls();

    TrainingCurves m_curves;
    int m_totalSteps = 0;
    bool m_followNewest = true;
    PreviewTimeline *m_timeline;
    QComboBox *m_entry;
    QToolButton *m_playPreview, *m_playBaseline, *m_playReference, *m_ab, *m_stop;
    QLabel *m_status;
    AudioPlayer *m_player;
    PreviewDecodeController *m_decoder;
    Compare m_compare = Compare::Reference;
    QString m_bufferKey;
    QString m_pendingKey;
    int m_pendingSide = -1;
    double m_resumeAt = 0.0;
    int m_requestId = 0;
};

}  // namespace a2a
