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
    double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
    for (int i = 0; i < n; ++i) {
        const double v = losses[i].loss;
        if (!std::isfinite(v) || (log && v <= 0))
            continue;
        lo = std::min(lo, v);
        hi = std::max(hi, v);
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
    if (!std::isfinite(lo)) {
        lo = 0.01;
        hi = 1.0;
    }
    if (log)
        m_lossLog->setRange(std::pow(10.0, std::floor(std::log10(lo))), std::pow(10.0, std::ceil(std::log10(hi * 1.0001))));
    else
    {
        m_lossLinear->setRange(0.0, hi * 1.05);
        m_lossLinear->applyNiceNumbers();
    }
}

}  // namespace a2a
