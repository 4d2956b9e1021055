#pragma once
// Pair statistics: a duration histogram of both sides with the bucket marked and the
// "too short" region shaded, formats and sample rates, caption lengths, and the bucket suggestion
// from the core summary ("a 4.0 s bucket would keep 7 more pairs") with a button to use it.
// Thread rule: GUI thread.

#include <QWidget>

class QLabel;
class QPushButton;

namespace a2a {

class DatasetController;
class DurationHistogramView;

class DatasetStatsView : public QWidget {
    Q_OBJECT
public:
    DatasetStatsView(const DatasetController *controller, QWidget *parent = nullptr);

    void refresh();
    QString suggestionText() const;

Q_SIGNALS:
    void bucketSuggested(double seconds);

private:
    void rebuildStats();

    const DatasetController *m_controller;
    DurationHistogramView *m_histogram;
    QLabel *m_text;
    QLabel *m_suggestion;
    QPushButton *m_useSuggestion;
    double m_suggestedBucket = 0.0;
};

}  // namespace a2a
