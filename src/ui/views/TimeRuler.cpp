#include "TimeRuler.h"

#include "TimeAxis.h"

#include <QPainter>

#include <cmath>

namespace a2a {

TimeRuler::TimeRuler(TimeAxis *axis, QWidget *parent) : QWidget(parent), m_axis(axis)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(axis, &TimeAxis::changed, this, qOverload<>(&QWidget::update));
}

QSize TimeRuler::sizeHint() const { return {400, fontMetrics().height() + 8}; }

void TimeRuler::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int w = width(), h = height();
    p.setPen(palette().color(QPalette::WindowText));
    // The smallest step that leaves ~70 px between labels.
    double step = 60.0;
    for (double s : {0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 15.0, 30.0, 60.0})
        if (m_axis->xFor(m_axis->startSeconds() + s, w) >= 70.0) {
            step = s;
            break;
        }
    const int decimals = step < 0.1 ? 2 : step < 1.0 ? (step == 0.25 ? 2 : 1) : 0;
    for (double t = std::ceil(m_axis->startSeconds() / step) * step; t <= m_axis->endSeconds() + 1e-9; t += step) {
        const double x = m_axis->xFor(t, w);
        p.drawLine(QPointF(x, 0), QPointF(x, 4));
        const QString label = tr("%1 s").arg(t, 0, 'f', decimals);
        const int tw = fontMetrics().horizontalAdvance(label);
        const double lx = std::clamp(x - tw / 2.0, 0.0, double(w - tw));
        p.drawText(QPointF(lx, h - 3), label);
    }
}

}  // namespace a2a
