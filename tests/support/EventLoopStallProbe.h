#pragma once
// Measures how long the event loop of the calling thread went without running a 5 ms timer:
// the "never stalls over 100 ms" checks of the UI and background-work tests.

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>

namespace a2a::test {

class EventLoopStallProbe {
public:
    EventLoopStallProbe()
    {
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_worst = std::max(m_worst, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }  // ms

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_worst = 0;
};

}  // namespace a2a::test
