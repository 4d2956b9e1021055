#include "DurationHistogramView.h"

#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <cmath>

namespace a2a {
namespace {

const QColor kReference(38, 96, 176);
const QColor kTarget(196, 104, 16);
const QColor kWarn(200, 40, 40);

double niceStep(double range, int maxTicks)
{
    for (double s : {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 50.0, 100.0, 200.0, 500.0, 1000.0})
        if (range / s <= maxTicks)
            return s;
    return std::ceil(range / maxTicks);
}

}  // namespace

DurationHistogramView::DurationHistogramView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void DurationHistogramView::setHistogram(const DurationHistogram &histogram, double bucketSeconds)
{
    m_hist = histogram;
    m_bucket = bucketSeconds;
    update();
}

double DurationHistogramView::maxSeconds() const
{
    return std::max(double(m_hist.reference.size()) * m_hist.binSeconds, m_bucket * 1.1);
}

QRectF DurationHistogramView::plotRect() const
{
    const QFontMetrics fm = fontMetrics();
    const double left = fm.horizontalAdvance(QStringLiteral("0000")) + 8;
    const double top = fm.height() + 10;                 // legend
    const double bottom = fm.height() * 2 + 10;          // tick labels + axis title
    return QRectF(left, top, std::max(10.0, width() - left - 12), std::max(10.0, height() - top - bottom));
}

void DurationHistogramView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const QRectF plot = plotRect();
    const QFontMetrics fm = fontMetrics();
    const double xMax = maxSeconds();
    const int peak = std::max(1, m_hist.peak());
    const double yMax = peak * 1.15;
    auto xAt = [&](double s) { return plot.left() + s / xMax * plot.width(); };
    auto yAt = [&](double n) { return plot.bottom() - n / yMax * plot.height(); };

    // Clips shorter than the bucket are skipped.
    QColor shade = kWarn;
    shade.setAlpha(28);
    p.fillRect(QRectF(plot.left(), plot.top(), xAt(m_bucket) - plot.left(), plot.height()), shade);

    // Grid and y labels.
    const double yStep = std::max(1.0, niceStep(yMax, 5));
    p.setPen(pal.color(QPalette::Midlight));
    for (double n = 0; n <= yMax; n += yStep) {
        p.setPen(pal.color(QPalette::Midlight));
        p.drawLine(QPointF(plot.left(), yAt(n)), QPointF(plot.right(), yAt(n)));
        p.setPen(pal.color(QPalette::Text));
        const QString label = QString::number(int(n));
        p.drawText(QPointF(plot.left() - 6 - fm.horizontalAdvance(label), yAt(n) + fm.ascent() / 2.0 - 1), label);
    }

    // Bars: reference on the left half of each bin, target on the right half.
    const double bin = m_hist.binSeconds;
    for (size_t i = 0; i < m_hist.reference.size(); ++i) {
        const double x0 = xAt(double(i) * bin), x1 = xAt(double(i + 1) * bin);
        const double gap = std::min(2.0, (x1 - x0) * 0.1);
        const double mid = (x0 + x1) / 2.0;
        const int counts[2] = {m_hist.reference[i], m_hist.target[i]};
        for (int s = 0; s < 2; ++s) {
            if (counts[s] == 0)
                continue;
            const QRectF bar(QPointF(s == 0 ? x0 + gap : mid, yAt(counts[s])), QPointF(s == 0 ? mid : x1 - gap, plot.bottom()));
            QColor fill = s == 0 ? kReference : kTarget;
            p.fillRect(bar, fill);
        }
    }

    // Axes and x labels.
    p.setPen(pal.color(QPalette::Text));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    const double xStep = niceStep(xMax, std::max(2, int(plot.width() / 60)));
    for (double s = 0; s <= xMax + 1e-9; s += xStep) {
        const double x = xAt(s);
        p.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4));
        const QString label = QString::number(s, 'g', 4);
        p.drawText(QPointF(x - fm.horizontalAdvance(label) / 2.0, plot.bottom() + 4 + fm.ascent()), label);
    }
    const QString xTitle = tr("clip duration (s)");
    p.drawText(QPointF(plot.center().x() - fm.horizontalAdvance(xTitle) / 2.0, height() - 4), xTitle);

    // The bucket.
    p.setPen(QPen(kWarn, 2, Qt::DashLine));
    p.drawLine(QPointF(xAt(m_bucket), plot.top()), QPointF(xAt(m_bucket), plot.bottom()));
    const QString bucketLabel = tr("bucket %1 s").arg(m_bucket, 0, 'f', 1);
    p.setPen(kWarn);
    const double bx = std::min(xAt(m_bucket) + 4, plot.right() - fm.horizontalAdvance(bucketLabel));
    p.drawText(QPointF(bx, plot.top() + fm.ascent() + 2), bucketLabel);

    // Legend.
    double lx = plot.left();
    const double ly = 4;
    QColor swatch = kWarn;
    swatch.setAlpha(70);
    const std::pair<QColor, QString> entries[] = {{kReference, tr("reference")}, {kTarget, tr("target")}, {swatch, tr("skipped: shorter than the bucket")}};
    for (const auto &[color, text] : entries) {
        p.fillRect(QRectF(lx, ly + 2, 12, fm.height() - 4), color);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QPointF(lx + 16, ly + fm.ascent()), text);
        lx += 16 + fm.horizontalAdvance(text) + 14;
    }
}

void DurationHistogramView::mouseMoveEvent(QMouseEvent *event)
{
    const QRectF plot = plotRect();
    const double s = (event->position().x() - plot.left()) / plot.width() * maxSeconds();
    const int i = m_hist.binSeconds > 0 ? int(std::floor(s / m_hist.binSeconds)) : -1;
    if (!plot.contains(event->position()) || i < 0 || i >= int(m_hist.reference.size())) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(event->globalPosition().toPoint(),
                       tr("%1–%2 s: %3 reference, %4 target clip(s)")
                           .arg(i * m_hist.binSeconds, 0, 'g', 4)
                           .arg((i + 1) * m_hist.binSeconds, 0, 'g', 4)
                           .arg(m_hist.reference[size_t(i)])
                           .arg(m_hist.target[size_t(i)]),
                       this);
}

}  // namespace a2a
