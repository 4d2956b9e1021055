#include "LossChartView.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace a2a {
namespace {

int smoothingWindow(int totalSteps) { return std::clamp(totalSteps / 10, 8, 200); }

// A tick step of 1, 2, 2.5 or 5 × 10^k giving about `ticks` intervals up to `hi`.
double niceStep(double hi, int ticks)
{
    const double raw = hi / ticks;
    const double p = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0})
        if (m * p >= raw)
            return m * p;
    return 10.0 * p;
}

// 1, 2 or 5 × 10^k at or above (up) or at or below v.
double logNice(double v, bool up)
{
    const double p = std::pow(10.0, std::floor(std::log10(v)));
    const double m[] = {1.0, 2.0, 5.0, 10.0};
    if (up) {
        for (double f : m)
            if (f * p >= v * (1 - 1e-9))
                return f * p;
    }
    for (int i = 3; i >= 0; --i)
        if (m[i] * p <= v * (1 + 1e-9))
            return m[i] * p;
    return p;
}

// The loss level to scale the axis to: the flow-matching loss has rare large steps (high-noise
// draws); scaling to them would flatten the curve that matters, so the top 5 % may lie above.
double axisTop(QList<double> values, double smoothedMax)
{
    if (values.isEmpty())
        return 1.0;
    const qsizetype k = std::min<qsizetype>(values.size() - 1, qsizetype(0.95 * double(values.size())));
    std::nth_element(values.begin(), values.begin() + k, values.end());
    return std::max(values[k], smoothedMax) * 1.1;
}

}  // namespace

LossChartView::LossChartView(QWidget *parent)
    : QWidget(parent),
      m_chart(new QChart),
      m_raw(new QScatterSeries),
      m_smooth(new QLineSeries),
      m_heldOut(new QLineSeries),
      m_passThrough(new QLineSeries),
      m_stepAxis(new QValueAxis),
      m_lossLinear(nullptr),
      m_lossLog(nullptr),
      m_heldOutAxis(new QValueAxis),
      m_logBox(new QCheckBox(tr("Log scale"), this)),
      m_redraw(new QTimer(this))
{
    m_raw->setName(tr("Loss per step"));
    m_raw->setMarkerSize(4.0);
    m_raw->setColor(QColor(90, 140, 220, 110));
    m_raw->setBorderColor(Qt::transparent);
    m_smooth->setName(tr("Loss (smoothed)"));
    m_smooth->setPen(QPen(QColor(25, 70, 170), 2.2));
    m_heldOut->setName(tr("Held-out (right)"));
    m_heldOut->setPen(QPen(QColor(215, 110, 20), 2.0));
    m_heldOut->setPointsVisible(true);
    m_passThrough->setName(tr("1.0 = reference"));
    m_passThrough->setVisible(false);
    m_passThrough->setPen(QPen(QColor(215, 110, 20, 140), 1.0, Qt::DashLine));

    m_chart->addSeries(m_raw);
    m_chart->addSeries(m_smooth);
    m_chart->addSeries(m_passThrough);
    m_chart->addSeries(m_heldOut);
    m_stepAxis->setTitleText(tr("Step"));
    m_stepAxis->setLabelFormat(QStringLiteral("%d"));
    m_heldOutAxis->setTitleText(tr("Held-out metric"));
    m_heldOutAxis->setLabelFormat(QStringLiteral("%.2f"));
    m_chart->addAxis(m_stepAxis, Qt::AlignBottom);
    m_chart->addAxis(m_heldOutAxis, Qt::AlignRight);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_raw), static_cast<QAbstractSeries *>(m_smooth),
                               static_cast<QAbstractSeries *>(m_heldOut), static_cast<QAbstractSeries *>(m_passThrough)})
        s->attachAxis(m_stepAxis);
    m_heldOut->attachAxis(m_heldOutAxis);
    m_passThrough->attachAxis(m_heldOutAxis);
    attachLossAxis();
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_logBox->setToolTip(tr("Show the loss on a logarithmic scale: small changes late in training become visible"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);

    m_redraw->setSingleShot(true);
    m_redraw->setInterval(kRedrawMs);
    connect(m_redraw, &QTimer::timeout, this, &LossChartView::redraw);
    connect(m_logBox, &QCheckBox::toggled, this, &LossChartView::setLogScale);
    redraw();
}

void LossChartView::attachLossAxis()
{
    QAbstractAxis *old = m_logBox->isChecked() ? static_cast<QAbstractAxis *>(m_lossLinear) : static_cast<QAbstractAxis *>(m_lossLog);
    if (old) {
        m_raw->detachAxis(old);
        m_smooth->detachAxis(old);
        m_chart->removeAxis(old);
        old->deleteLater();
    }
    QAbstractAxis *axis;
    if (m_logBox->isChecked()) {
        m_lossLinear = nullptr;
        m_lossLog = new QLogValueAxis;
        m_lossLog->setBase(10.0);
        m_lossLog->setLabelFormat(QStringLiteral("%.3g"));
        m_lossLog->setMinorTickCount(8);
        axis = m_lossLog;
    } else {
        m_lossLog = nullptr;
        m_lossLinear = new QValueAxis;
        axis = m_lossLinear;
    }
    axis->setTitleText(tr("Loss"));
    m_chart->addAxis(axis, Qt::AlignLeft);
    m_raw->attachAxis(axis);
    m_smooth->attachAxis(axis);
}

void LossChartView::setCurves(const TrainingCurves &curves, int totalSteps)
{
    m_curves = curves;
    m_totalSteps = totalSteps;
    if (!m_redraw->isActive())
        m_redraw->start();
}

void LossChartView::clear() { setCurves({}, 0); }

void LossChartView::setLogScale(bool on)
{
    if (m_logBox->isChecked() != on) {
        m_logBox->setChecked(on);  // comes back here through toggled()
        return;
    }
    if ((m_lossLog != nullptr) == on)
        return;
    attachLossAxis();
    redraw();
}

bool LossChartView::logScale() const { return m_logBox->isChecked(); }

int LossChartView::drawnLossPoints() const { return int(m_raw->count()); }
int LossChartView::drawnSmoothedPoints() const { return int(m_smooth->count()); }
int LossChartView::drawnHeldOutPoints() const { return int(m_heldOut->count()); }

QList<double> LossChartView::smoothed(const QList<LossPoint> &losses, int window)
{
    QList<double> out;
    out.reserve(losses.size());
    const double alpha = 2.0 / (window + 1.0);
    double ema = 0.0, weight = 0.0;
    for (const LossPoint &p : losses) {
        if (std::isfinite(p.loss)) {
            ema = (1.0 - alpha) * ema + alpha * p.loss;
            weight = (1.0 - alpha) * weight + alpha;
        }
        out.append(weight > 0 ? ema / weight : std::nan(""));
    }
    return out;
}

void LossChartView::redraw()
{
    const bool log = m_lossLog != nullptr;
    const QList<LossPoint> &losses = m_curves.losses;
    const int n = int(losses.size());
    const int stride = std::max(1, (n + kMaxDrawnPoints - 1) / kMaxDrawnPoints);
    const QList<double> smooth = smoothed(losses, smoothingWindow(std::max(m_totalSteps, n)));
    QList<QPointF> raw, line;
    raw.reserve(n / stride + 1);
    line.reserve(n / stride + 1);
    double lo = std::numeric_limits<double>::infinity(), smoothMax = 0.0;
    QList<double> finite;
    finite.reserve(n);
    for (int i = 0; i < n; ++i) {
        const double v = losses[i].loss;
        if (!std::isfinite(v) || (log && v <= 0))
            continue;
        lo = std::min(lo, v);
        finite.append(v);
        if (std::isfinite(smooth[i]))
            smoothMax = std::max(smoothMax, smooth[i]);
        if (i % stride == 0 || i == n - 1) {
            raw.append(QPointF(losses[i].step, v));
            if (std::isfinite(smooth[i]))
                line.append(QPointF(losses[i].step, smooth[i]));
        }
    }
    m_raw->replace(raw);
    m_smooth->replace(line);

    QList<QPointF> held;
    double heldHi = 1.1, heldLo = 1.0;
    for (const HeldOutPoint &h : m_curves.heldOut()) {
        held.append(QPointF(h.step, h.ratio));
        heldHi = std::max(heldHi, h.ratio + 0.05);
        heldLo = std::min(heldLo, h.ratio);
    }
    m_heldOut->replace(held);
    const int lastStep = std::max({m_totalSteps, n ? losses.last().step : 0, held.isEmpty() ? 0 : int(held.last().x()), 1});
    m_passThrough->replace({QPointF(0, 1.0), QPointF(lastStep, 1.0)});
    m_passThrough->setVisible(!held.isEmpty());
    m_heldOut->setVisible(!held.isEmpty());
    m_heldOutAxis->setVisible(!held.isEmpty());

    m_stepAxis->setRange(0, lastStep);
    m_stepAxis->setTickCount(std::min(11, lastStep + 1));
    m_heldOutAxis->setRange(std::max(0.0, std::floor((heldLo - 0.1) * 10) / 10), std::ceil(heldHi * 10) / 10);
    m_heldOutAxis->applyNiceNumbers();
    double hi = axisTop(finite, smoothMax);
    if (!std::isfinite(lo))
        lo = 0.01;
    if (log) {
        m_lossLog->setRange(logNice(lo, false), logNice(hi, true));
    } else {
        const double step = niceStep(hi, 5);
        const int intervals = int(std::ceil(hi / step - 1e-9));
        m_lossLinear->setRange(0.0, intervals * step);
        m_lossLinear->setTickCount(intervals + 1);
        m_lossLinear->setLabelFormat(QStringLiteral("%.3g"));
    }
}

}  // namespace a2a
