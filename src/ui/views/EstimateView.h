#pragma once
// What the run will cost, as the settings panel shows it: "about 14 min, ~600 MB" with how it
// was measured, an "Estimate time and memory" button and Cancel while measuring. Follows an
// EstimateController's signals. Thread rule: GUI thread.

#include <QWidget>

class QLabel;
class QPushButton;

namespace a2a {

class EstimateController;
struct TrainingEstimate;

class EstimateView : public QWidget {
    Q_OBJECT
public:
    EstimateView(EstimateController *estimator, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *estimateButton() const { return m_button; }
    void showNote(const QString &text);  // instead of figures, e.g. "Fix the settings above…"

Q_SIGNALS:
    void estimateRequested();

private:
    void showEstimate(const TrainingEstimate &estimate);

    EstimateController *m_estimator;
    QLabel *m_summary;
    QLabel *m_detail;
    QPushButton *m_button;
    QPushButton *m_cancel;
};

}  // namespace a2a
