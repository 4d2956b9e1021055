#pragma once
// Qt table model over the DatasetController's CuratedDataset: one row per pair, columns named by
// Column. A thin adapter (after Qt's editabletreemodel example): the data lives in the core type;
// an edit of the caption column becomes a request to the controller (an undoable command), and
// the model hears back through pairChanged. Row numbers exist only in here: others use PairId.

#include "dataset/CuratedDataset.h"

#include <QAbstractTableModel>

namespace a2a {

class DatasetController;

class PairTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // Reference and Target show duration and format ("6.00 s · wav 44.1 kHz stereo") and sort by duration.
    enum Column { Name, Status, Reference, Target, Caption, ColumnCount };
    enum Role {
        PairIdRole = Qt::UserRole + 1,  // int PairId
        SortRole,                       // a value that sorts the column meaningfully
        StatusRole,                     // int(PairStatus)
        ProblemRole,                    // bool: status other than ok, or a caption problem
    };

    explicit PairTableModel(DatasetController *controller, QObject *parent = nullptr);

    PairId pairIdAt(int row) const;
    int rowOf(PairId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "ok", "skipped: reference 3.20 s < 5.00 s bucket", "error: …" (the Status column).
    static QString statusText(const DatasetPair &pair, const FitOptions &fit);
    static QString statusName(PairStatus status);

private:
    void onPairChanged(PairId id);
    void refreshAll();
    QVariant display(const DatasetPair &p, int column) const;
    QVariant sortValue(const DatasetPair &p, int column) const;
    QString tooltip(const DatasetPair &p, int column) const;

    DatasetController *m_controller;
};

}  // namespace a2a
