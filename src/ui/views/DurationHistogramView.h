#pragma once
// Histogram of clip durations, reference and target side by side per bin, with the region
// shorter than the bucket shaded (those clips are skipped) and the bucket marked. Painted with
// QPainter from a DurationHistogram (no Qt Charts: it needs OpenGL development files that the
// project's Debian package list does not install). Thread rule: GUI thread.

#include "models/DatasetStats.h"

#include <QWidget>

namespace a2a {

class DurationHistogramView : public QWidget {
    Q_OBJECT
public:
    explicit DurationHistogramView(QWidget *parent = nullptr);

    void setHistogram(const DurationHistogram &histogram, double bucketSeconds);

    QSize sizeHint() const override { return {420, 220}; }
    QSize minimumSizeHint() const override { return {240, 150}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF plotRect() const;
    double maxSeconds() const;

    DurationHistogram m_hist;
    double m_bucket = 5.0;
};

}  // namespace a2a
