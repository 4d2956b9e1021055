#pragma once
// Seconds ruler under the inspector's waveforms, on the same TimeAxis. Thread rule: GUI thread.

#include <QWidget>

namespace a2a {

class TimeAxis;

class TimeRuler : public QWidget {
    Q_OBJECT
public:
    explicit TimeRuler(TimeAxis *axis, QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    TimeAxis *m_axis;
};

}  // namespace a2a
