#pragma once
// Sorting and filtering over PairTableModel: "only problems" (any status other than ok, or a
// caption problem) and a text filter on name and caption. Sorts by PairTableModel::SortRole,
// names and captions naturally ("take2" before "take10").

#include <QSortFilterProxyModel>

namespace a2a {

// Case-insensitive comparison with digit runs compared by value ("take2" < "take10").
int naturalCompare(const QString &a, const QString &b);

class PairFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit PairFilterProxy(QObject *parent = nullptr);

    bool onlyProblems() const { return m_onlyProblems; }
    void setOnlyProblems(bool on);
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool m_onlyProblems = false;
    QString m_text;
};

}  // namespace a2a
