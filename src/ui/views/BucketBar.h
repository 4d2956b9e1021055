#pragma once
// The toolbar's bucket controls: audio_duration_seconds (0.5–60 s) and audio_preserve_pitch.
// Statuses, fits and the summary follow them at once; they are training settings, not edits of
// the dataset, so they are not undoable and are remembered between runs. Thread rule: GUI thread.

#include "audio/ClipFitter.h"

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;

namespace a2a {

class BucketBar : public QWidget {
    Q_OBJECT
public:
    explicit BucketBar(QWidget *parent = nullptr);

    FitOptions fit() const;
    void setFit(const FitOptions &fit);
    void setBucketSeconds(double seconds);

Q_SIGNALS:
    void fitChanged(const a2a::FitOptions &fit);

private:
    QDoubleSpinBox *m_bucket;
    QCheckBox *m_pitch;
    FitOptions m_fit;
};

}  // namespace a2a
