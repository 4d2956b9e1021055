#include "PreviewTimeline.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace a2a {
namespace {
constexpr int kMargin = 28;
constexpr int kAxisY = 24;
constexpr double kRadius = 7.0;
}  // namespace

PreviewTimeline::PreviewTimeline(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setToolTip(tr("Validation previews by training step; step 0 is the base model without the LoRA. Click one to listen."));
}

QSize PreviewTimeline::sizeHint() const { return {600, 64}; }
QSize PreviewTimeline::minimumSizeHint() const { return {200, 64}; }

void PreviewTimeline::setMarks(const QList<Mark> &marks, int totalSteps)
{
    m_marks = marks;
    m_totalSteps = totalSteps;
    if (indexOfSelected() < 0)
        m_selected = -1;
    update();
}

void PreviewTimeline::selectStep(int step)
{
    if (step == m_selected)
        return;
    m_selected = step;
    update();
    Q_EMIT stepSelected(step);
}

int PreviewTimeline::indexOfSelected() const
{
    for (int i = 0; i < m_marks.size(); ++i)
        if (m_marks[i].step == m_selected)
            return i;
    return -1;
}

double PreviewTimeline::xOf(int step) const
{
    int last = std::max(1, m_totalSteps);
    for (const Mark &m : m_marks)
        last = std::max(last, m.step);
    return kMargin + double(width() - 2 * kMargin) * double(step) / double(last);
}

void PreviewTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    p.setPen(QPen(pal.color(QPalette::Mid), 2));
    p.drawLine(QPointF(kMargin, kAxisY), QPointF(width() - kMargin, kAxisY));
    QFont small = font();
    small.setPointSizeF(std::max(7.0, small.pointSizeF() * 0.85));
    p.setFont(small);
    if (m_totalSteps > 0) {  // the end of training: a tick, so the markers read as progress
        const double x = xOf(m_totalSteps);
        p.drawLine(QPointF(x, kAxisY - 5), QPointF(x, kAxisY + 5));
    }
    if (m_marks.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(kMargin, kAxisY + 6, -kMargin, 0), Qt::AlignLeft | Qt::AlignTop,
                   tr("Previews appear here as training makes them, starting with step 0 (no LoRA)."));
        return;
    }
    double lastLabelRight = -1e9;
    for (const Mark &m : m_marks) {
        const double x = xOf(m.step);
        const bool selected = m.step == m_selected;
        const QColor fill = m.step == 0 ? pal.color(QPalette::Mid) : QColor(215, 110, 20);
        p.setPen(QPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::Dark), selected ? 3 : 1));
        p.setBrush(fill);
        const double r = selected ? kRadius + 2 : kRadius;
        p.drawEllipse(QPointF(x, kAxisY), r, r);
        // Labels never overlap: a crowded one is left out (the selected one always shows).
        const QString label = m.step == 0 ? tr("0 (base)") : QString::number(m.step);
        const QString second = m.heldOutRatio >= 0 ? QString::number(m.heldOutRatio, 'f', 2) : QString();
        const double w = std::max(p.fontMetrics().horizontalAdvance(label), p.fontMetrics().horizontalAdvance(second)) + 6;
        if (x - w / 2 > lastLabelRight || selected) {
            p.setPen(selected ? pal.color(QPalette::Highlight) : pal.color(QPalette::WindowText));
            p.drawText(QRectF(x - w / 2, kAxisY + kRadius + 2, w, 14), Qt::AlignHCenter | Qt::AlignTop, label);
            if (!second.isEmpty()) {
                p.setPen(pal.color(QPalette::PlaceholderText));
                p.drawText(QRectF(x - w / 2, kAxisY + kRadius + 15, w, 14), Qt::AlignHCenter | Qt::AlignTop, second);
            }
            lastLabelRight = x + w / 2;
        }
    }
}

void PreviewTimeline::mousePressEvent(QMouseEvent *event)
{
    int best = -1;
    double bestDistance = 1e9;
    for (const Mark &m : m_marks) {
        const double d = std::abs(xOf(m.step) - event->position().x());
        if (d < bestDistance) {
            bestDistance = d;
            best = m.step;
        }
    }
    if (best >= 0 && bestDistance < 40)
        selectStep(best);
}

void PreviewTimeline::keyPressEvent(QKeyEvent *event)
{
    const int i = indexOfSelected();
    if (event->key() == Qt::Key_Left && i > 0)
        selectStep(m_marks[i - 1].step);
    else if (event->key() == Qt::Key_Right && i >= 0 && i + 1 < m_marks.size())
        selectStep(m_marks[i + 1].step);
    else
        QWidget::keyPressEvent(event);
}

}  // namespace a2a
