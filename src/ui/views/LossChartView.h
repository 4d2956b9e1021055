#pragma once
// The live loss chart (Qt Charts): the loss of each step as points, a smoothed line through them
// (the flow-matching loss depends on each step's random noise level, so single steps are noise),
// optionally on a log scale, and the held-out metric of each validation on a second y axis over
// the same step axis, with its 1.0 "no better than the reference" line. Redraws are coalesced to a
// few per second and long runs are thinned for drawing, so 20,000 steps draw as fast as 100.
// Thread rule: GUI thread.

#include "training/TrainingCurves.h"

#include <QWidget>

class QCheckBox;
class QChart;
class QChartView;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace a2a {

class LossChartView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxDrawnPoints = 1500;
    static constexpr int kRedrawMs = 250;

    explicit LossChartView(QWidget *parent = nullptr);

    // The curves to show (copied); the redraw follows within kRedrawMs.
    void setCurves(const TrainingCurves &curves, int totalSteps);
    void clear();
    void setLogScale(bool on);
    bool logScale() const;
    QCheckBox *logScaleBox() const { return m_logBox; }

    // What is drawn now (tests): points of each series.
    int drawnLossPoints() const;
    int drawnSmoothedPoints() const;
    int drawnHeldOutPoints() const;

    // Exponential moving average with bias correction over `window` steps (as TensorBoard's).
    static QList<double> smoothed(const QList<LossPoint> &losses, int window);

private:
    void redraw();
    void attachLossAxis();

    TrainingCurves m_curves;
    int m_totalSteps = 0;
    QChart *m_chart;
    QChartView *m_view;
    QScatterSeries *m_raw;
    QLineSeries *m_smooth;
    QLineSeries *m_heldOut;
    QLineSeries *m_passThrough;
    QValueAxis *m_stepAxis;
    QValueAxis *m_lossLinear;
    QLogValueAxis *m_lossLog;
    QValueAxis *m_heldOutAxis;
    QCheckBox *m_logBox;
    QTimer *m_redraw;
};

}  // namespace a2a
