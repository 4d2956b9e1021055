#pragma once
// The validation previews on a step axis: one marker per validation as it arrives (step 0, the
// baseline without the LoRA, first), labelled with its step and held-out metric; click (or
// Left/Right) selects one. Paints from a list of steps only; knows nothing of audio.
// Thread rule: GUI thread.

#include <QWidget>

namespace a2a {

class PreviewTimeline : public QWidget {
    Q_OBJECT
public:
    explicit PreviewTimeline(QWidget *parent = nullptr);

    struct Mark {
        int step = 0;
        double heldOutRatio = -1.0;  // < 0: not measured
    };
    void setMarks(const QList<Mark> &marks, int totalSteps);
    const QList<Mark> &marks() const { return m_marks; }
    int selectedStep() const { return m_selected; }
    void selectStep(int step);  // emits stepSelected when it changes

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void stepSelected(int step);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    double xOf(int step) const;
    int indexOfSelected() const;

    QList<Mark> m_marks;
    int m_totalSteps = 0;
    int m_selected = -1;
};

}  // namespace a2a
