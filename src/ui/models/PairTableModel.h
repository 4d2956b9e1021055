#pragma once
// Qt table model over the core's CuratedDataset: one row per pair, columns named by Column.
// A thin adapter (after Qt's editabletreemodel example): the data lives in the core type.

#include "dataset/CuratedDataset.h"

#include <QAbstractTableModel>

namespace a2a {

class PairTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Status, Reference, Target, Caption, ColumnCount };

    explicit PairTableModel(QObject *parent = nullptr);

    void setDataset(const CuratedDataset &dataset, const FitOptions &fit);
    const CuratedDataset &dataset() const { return m_dataset; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    CuratedDataset m_dataset;
    FitOptions m_fit;
};

}  // namespace a2a
