#pragma once
// The pair list: the drop hint until a dataset is open, then a filter row ("only problems" and a
// text filter), the summary line (usable / skipped / errors, and the bucket that would keep the
// skipped ones), the dataset's own errors and warnings, and the sortable pair table. Reports the
// current and selected pairs as PairIds. Thread rule: GUI thread.

#include "dataset/CuratedDataset.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace a2a {

class DatasetController;
class PairFilterProxy;
class PairTableModel;

class PairListPane : public QWidget {
    Q_OBJECT
public:
    PairListPane(DatasetController *controller, QWidget *parent = nullptr);

    PairTableModel *model() const { return m_model; }
    PairFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    QAction *onlyProblemsAction() const { return m_onlyProblems; }
    QAction *focusFilterAction() const { return m_focusFilter; }

    PairId currentPair() const;
    QList<PairId> selectedPairs() const;
    void selectPair(PairId id);
    void editCurrentCaption();
    QString summaryText() const;

Q_SIGNALS:
    void currentPairChanged(a2a::PairId id);
    void selectionChanged();

private:
    void updateSummary();
    void updateCount();
    void onReset();

    DatasetController *m_controller;
    PairTableModel *m_model;
    PairFilterProxy *m_proxy;
    QStackedWidget *m_stack;
    QLabel *m_dropHint;
    QLineEdit *m_filter;
    QCheckBox *m_problemsBox;
    QLabel *m_count;
    QLabel *m_summary;
    QLabel *m_issues;
    QTableView *m_table;
    QAction *m_onlyProblems;
    QAction *m_focusFilter;
};

}  // namespace a2a
