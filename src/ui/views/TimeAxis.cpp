#include "TimeAxis.h"

#include <algorithm>

namespace a2a {

TimeAxis::TimeAxis(QObject *parent) : QObject(parent) {}

void TimeAxis::setTotal(double seconds)
{
    m_total = std::max(seconds, kMinVisibleSeconds);
    clampAndNotify(0.0, m_total);
}

void TimeAxis::zoom(double factor, double anchorSeconds)
{
    const double visible = std::clamp(m_visible * factor, kMinVisibleSeconds, m_total);
    const double ratio = m_visible > 0 ? (anchorSeconds - m_start) / m_visible : 0.5;
    clampAndNotify(anchorSeconds - ratio * visible, visible);
}

void TimeAxis::scrollTo(double startSeconds) { clampAndNotify(startSeconds, m_visible); }

void TimeAxis::showAll() { clampAndNotify(0.0, m_total); }

void TimeAxis::clampAndNotify(double start, double visible)
{
    visible = std::clamp(visible, kMinVisibleSeconds, m_total);
    start = std::clamp(start, 0.0, m_total - visible);
    if (start == m_start && visible == m_visible)
        return;
    m_start = start;
    m_visible = visible;
    Q_EMIT changed();
}

}  // namespace a2a
