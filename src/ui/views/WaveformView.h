#pragma once
// One clip's waveform, painted from its precomputed WaveformSummary (never from samples), on the
// inspector's shared TimeAxis. Shows the bucket as a shaded span from the trim offset; a clip
// shorter than the bucket gets the missing part hatched with the shortfall in seconds. Dragging
// the span of a long clip asks for a new trim offset; clicking elsewhere asks to seek there.
// Thread rule: GUI thread.

#include "audio/ClipFitter.h"
#include "audio/WaveformSummary.h"

#include <QWidget>

#include <memory>

namespace a2a {

class TimeAxis;

struct WaveformClip {
    QString title;        // "Reference", "Target"
    QString fileName;
    std::shared_ptr<const WaveformSummary> summary;
    bool decoded = false;
    QString problem;      // why it is unreadable
    double durationSeconds = 0.0;
    double trimOffsetSeconds = 0.0;
    FitPlan plan;         // under the current bucket
    QColor color;
};

class WaveformView : public QWidget {
    Q_OBJECT
public:
    WaveformView(TimeAxis *axis, QWidget *parent = nullptr);

    void setClip(const WaveformClip &clip);
    void clear();
    const WaveformClip &clip() const { return m_clip; }
    void setPlayhead(double clipSeconds);  // < 0: none
    void setActive(bool active);           // the side being heard

    bool isDraggable() const;
    // The kept span in clip seconds (Trim: from the offset; Stretch/Exact: the whole clip; Skip: [0, bucket)).
    std::pair<double, double> spanSeconds() const;

    QSize sizeHint() const override { return {600, 110}; }
    QSize minimumSizeHint() const override { return {200, 70}; }

Q_SIGNALS:
    void trimOffsetDragged(double offsetSeconds);
    void dragFinished();
    void seekRequested(double clipSeconds);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void paintWaveform(QPainter &p, double keptFrom, double keptTo);
    void paintLabels(QPainter &p);
    bool inSpan(double x) const;

    TimeAxis *m_axis;
    WaveformClip m_clip;
    double m_playhead = -1.0;
    bool m_active = false;
    bool m_dragging = false;
    double m_grabSeconds = 0.0;
};

}  // namespace a2a
