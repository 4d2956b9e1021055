#include "WaveformView.h"

#include "TimeAxis.h"
#include "models/FitPlanText.h"

#include <QMouseEvent>
#include <QPainter>
#include <QWheelEvent>

#include <cmath>
#include <limits>

namespace a2a {
namespace {

constexpr int kHandleSlop = 6;  // px around the span's edges that still grab it

}  // namespace

WaveformView::WaveformView(TimeAxis *axis, QWidget *parent) : QWidget(parent), m_axis(axis)
{
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    setAttribute(Qt::WA_OpaquePaintEvent);
    connect(axis, &TimeAxis::changed, this, qOverload<>(&QWidget::update));
}

void WaveformView::setClip(const WaveformClip &clip)
{
    m_clip = clip;
    update();
}

void WaveformView::clear()
{
    m_clip = WaveformClip{};
    m_playhead = -1.0;
    update();
}

void WaveformView::setPlayhead(double clipSeconds)
{
    if (clipSeconds == m_playhead)
        return;
    m_playhead = clipSeconds;
    update();
}

void WaveformView::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    update();
}

bool WaveformView::isDraggable() const
{
    return m_clip.decoded && m_clip.plan.kind != FitKind::Skip && m_clip.plan.kind != FitKind::Exact
           && m_clip.durationSeconds > m_clip.plan.bucketSeconds;
}

std::pair<double, double> WaveformView::spanSeconds() const
{
    const FitPlan &plan = m_clip.plan;
    switch (plan.kind) {
    case FitKind::Trim: return {plan.offsetSeconds, plan.offsetSeconds + plan.bucketSeconds};
    case FitKind::Stretch:
    case FitKind::Exact: return {0.0, m_clip.durationSeconds};
    case FitKind::Skip: return {0.0, plan.bucketSeconds};
    }
    return {0.0, 0.0};
}

bool WaveformView::inSpan(double x) const
{
    const auto [from, to] = spanSeconds();
    return x >= m_axis->xFor(from, width()) - kHandleSlop && x <= m_axis->xFor(to, width()) + kHandleSlop;
}

void WaveformView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette &pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    const int w = width(), h = height();
    if (m_active) {
        p.setPen(QPen(m_clip.color.isValid() ? m_clip.color : pal.color(QPalette::Highlight), 2));
        p.drawRect(rect().adjusted(1, 1, -1, -1));
    }
    if (!m_clip.decoded) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   m_clip.title.isEmpty() ? tr("Select a pair to see its waveforms")
                                          : tr("%1: cannot be read (%2)").arg(m_clip.title, m_clip.problem));
        return;
    }

    const FitPlan &plan = m_clip.plan;
    const auto [spanFrom, spanTo] = spanSeconds();
    const double x0 = m_axis->xFor(spanFrom, w), x1 = m_axis->xFor(spanTo, w);
    const QColor warn(200, 40, 40);
    const bool skipped = plan.kind == FitKind::Skip;
    QColor shade = skipped ? warn : pal.color(QPalette::Highlight);
    shade.setAlpha(skipped ? 28 : 45);
    p.fillRect(QRectF(x0, 0, x1 - x0, h), shade);

    if (skipped) {
        // The part of the bucket the clip does not fill.
        const double mx0 = m_axis->xFor(m_clip.durationSeconds, w);
        QColor hatch = warn;
        hatch.setAlpha(150);
        p.fillRect(QRectF(mx0, 0, x1 - mx0, h), QBrush(hatch, Qt::BDiagPattern));
        p.setPen(QPen(warn, 2, Qt::DashLine));
        p.drawLine(QPointF(mx0, 0), QPointF(mx0, h));
        const QString missing = tr("missing %1 s").arg(plan.shortfallSeconds(), 0, 'f', 2);
        QFont f = font();
        f.setBold(true);
        p.setFont(f);
        const QRectF box(mx0, 0, std::max(x1 - mx0, 1.0), h);
        const QRectF textRect = p.fontMetrics().boundingRect(missing).adjusted(-4, -2, 4, 2);
        QRectF label(box.center() - textRect.center(), textRect.size());
        label.moveLeft(std::clamp(label.left(), 0.0, std::max(0.0, w - label.width())));
        p.fillRect(label, QColor(255, 255, 255, 220));
        p.setPen(warn);
        p.drawText(label, Qt::AlignCenter, missing);
        p.setFont(font());
    }

    paintWaveform(p, skipped ? -1.0 : spanFrom, skipped ? -1.0 : spanTo);

    // Span edges: solid for a span that can be dragged.
    QPen edge(skipped ? warn : pal.color(QPalette::Highlight), isDraggable() ? 2 : 1);
    p.setPen(edge);
    p.drawLine(QPointF(x0, 0), QPointF(x0, h));
    p.drawLine(QPointF(x1, 0), QPointF(x1, h));
    if (isDraggable()) {
        p.setBrush(pal.color(QPalette::Highlight));
        for (double x : {x0, x1}) {
            p.drawRect(QRectF(x - 3, h / 2.0 - 10, 6, 20));
        }
        p.setBrush(Qt::NoBrush);
    }

    if (m_playhead >= 0) {
        const double x = m_axis->xFor(m_playhead, w);
        p.setPen(QPen(QColor(20, 20, 20), 1.5));
        p.drawLine(QPointF(x, 0), QPointF(x, h));
    }
    paintLabels(p);
}

void WaveformView::paintWaveform(QPainter &p, double keptFrom, double keptTo)
{
    const WaveformSummary *s = m_clip.summary.get();
    const int w = width(), h = height();
    const double mid = h / 2.0, half = h / 2.0 - 4.0;
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawLine(QPointF(0, mid), QPointF(w, mid));
    if (!s || s->frames() == 0 || s->sampleRate() <= 0 || w <= 0)
        return;
    const double rate = s->sampleRate();
    const double framesPerPixel = m_axis->visibleSeconds() * rate / w;
    const int block = s->blockSizeFor(int(std::max(1.0, framesPerPixel)));
    const int64_t first = std::max<int64_t>(0, int64_t(m_axis->startSeconds() * rate) / block * block);
    const int64_t last = std::min<int64_t>(s->frames(), int64_t(std::ceil(m_axis->endSeconds() * rate)) + block);
    if (last <= first)
        return;
    const int count = int((last - first + block - 1) / block);
    const std::vector<SampleRange> ranges = s->ranges(0, first, count, block);

    std::vector<float> lo(size_t(w), std::numeric_limits<float>::max()), hi(size_t(w), std::numeric_limits<float>::lowest());
    for (int i = 0; i < count; ++i) {
        const int64_t fs = first + int64_t(i) * block;
        int xa = int(std::floor(m_axis->xFor(fs / rate, w)));
        int xb = int(std::ceil(m_axis->xFor((fs + block) / rate, w))) - 1;
        if (xb < 0 || xa >= w)
            continue;
        xa = std::max(xa, 0);
        xb = std::clamp(xb, xa, w - 1);
        for (int x = xa; x <= xb; ++x) {
            lo[size_t(x)] = std::min(lo[size_t(x)], ranges[size_t(i)].min);
            hi[size_t(x)] = std::max(hi[size_t(x)], ranges[size_t(i)].max);
        }
    }
    const QColor strong = m_clip.color.isValid() ? m_clip.color : palette().color(QPalette::Text);
    QColor faded = strong;
    faded.setAlpha(90);
    const double keptX0 = keptFrom >= 0 ? m_axis->xFor(keptFrom, w) : 1e9;
    const double keptX1 = keptTo >= 0 ? m_axis->xFor(keptTo, w) : -1e9;
    for (int x = 0; x < w; ++x) {
        if (lo[size_t(x)] > hi[size_t(x)])
            continue;
        const double y0 = mid - double(hi[size_t(x)]) * half;
        const double y1 = std::max(y0 + 1.0, mid - double(lo[size_t(x)]) * half);
        p.setPen(x >= keptX0 && x <= keptX1 ? strong : faded);
        p.drawLine(QPointF(x + 0.5, y0), QPointF(x + 0.5, y1));
    }
}

void WaveformView::paintLabels(QPainter &p)
{
    const QFontMetrics fm = p.fontMetrics();
    const QString left = QStringLiteral("%1 · %2 · %3 s").arg(m_clip.title, m_clip.fileName).arg(m_clip.durationSeconds, 0, 'f', 2);
    const bool skipped = m_clip.plan.kind == FitKind::Skip;
    const QString right = skipped ? tr("too short: %1 s of the %2 s bucket missing")
                                        .arg(m_clip.plan.shortfallSeconds(), 0, 'f', 2)
                                        .arg(m_clip.plan.bucketSeconds, 0, 'f', 2)
                                  : tr("fit: %1").arg(fitPlanText(m_clip.plan));
    const int rw = fm.horizontalAdvance(right) + 10;
    const QString leftText = fm.elidedText(left, Qt::ElideMiddle, std::max(40, width() - rw - 20));
    const QRect l(4, 3, fm.horizontalAdvance(leftText) + 8, fm.height() + 2);
    const QRect r(width() - rw - 4, 3, rw, fm.height() + 2);
    p.fillRect(l, QColor(255, 255, 255, 200));
    p.fillRect(r, skipped ? QColor(200, 40, 40, 230) : QColor(255, 255, 255, 200));
    p.setPen(palette().color(QPalette::Text));
    p.drawText(l, Qt::AlignCenter, leftText);
    p.setPen(skipped ? QColor(Qt::white) : palette().color(QPalette::Text));
    p.drawText(r, Qt::AlignCenter, right);
}

void WaveformView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_clip.decoded)
        return;
    const double x = event->position().x();
    const double s = m_axis->secondsAt(x, width());
    if (isDraggable() && inSpan(x)) {
        m_dragging = true;
        m_grabSeconds = s - spanSeconds().first;
        setCursor(Qt::ClosedHandCursor);
        return;
    }
    Q_EMIT seekRequested(std::clamp(s, 0.0, m_clip.durationSeconds));
}

void WaveformView::mouseMoveEvent(QMouseEvent *event)
{
    const double x = event->position().x();
    if (m_dragging) {
        const double s = m_axis->secondsAt(x, width());
        const double maxOffset = std::max(0.0, m_clip.durationSeconds - m_clip.plan.bucketSeconds);
        Q_EMIT trimOffsetDragged(std::clamp(s - m_grabSeconds, 0.0, maxOffset));
        return;
    }
    setCursor(isDraggable() && inSpan(x) ? Qt::OpenHandCursor : Qt::ArrowCursor);
    if (isDraggable() && inSpan(x))
        setToolTip(tr("Drag to choose which %1 s of this clip are trained on").arg(m_clip.plan.bucketSeconds, 0, 'f', 2));
    else
        setToolTip(QString());
}

void WaveformView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        setCursor(Qt::OpenHandCursor);
        Q_EMIT dragFinished();
    }
}

void WaveformView::mouseDoubleClickEvent(QMouseEvent *) { m_axis->showAll(); }

void WaveformView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ControlModifier) {
        m_axis->zoom(std::pow(0.8, steps), m_axis->secondsAt(event->position().x(), width()));
    } else {
        const double d = event->angleDelta().x() != 0 ? -event->angleDelta().x() / 120.0 : -steps;
        m_axis->scrollTo(m_axis->startSeconds() + d * 0.1 * m_axis->visibleSeconds());
    }
    event->accept();
}

}  // namespace a2a
