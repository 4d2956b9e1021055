#pragma once
// The time axis the inspector's waveform views share: the total length shown and the visible
// span. Zoom keeps the time under the cursor still; scrolling moves the span. Views map pixels to
// seconds through it, so reference and target always line up. Thread rule: GUI thread.

#include <QObject>

#include <algorithm>

namespace a2a {

class TimeAxis : public QObject {
    Q_OBJECT
public:
    explicit TimeAxis(QObject *parent = nullptr);

    double totalSeconds() const { return m_total; }
    double startSeconds() const { return m_start; }
    double visibleSeconds() const { return m_visible; }
    double endSeconds() const { return m_start + m_visible; }

    void setTotal(double seconds);  // also shows everything
    void zoom(double factor, double anchorSeconds);  // factor < 1 zooms in
    void scrollTo(double startSeconds);
    void showAll();

    double xFor(double seconds, int width) const { return (seconds - m_start) / m_visible * width; }
    double secondsAt(double x, int width) const { return m_start + x / std::max(1, width) * m_visible; }

    static constexpr double kMinVisibleSeconds = 0.01;

Q_SIGNALS:
    void changed();

private:
    void clampAndNotify(double start, double visible);

    double m_total = 1.0;
    double m_start = 0.0;
    double m_visible = 1.0;
};

}  // namespace a2a
