#include "PairFilterProxy.h"

#include "PairTableModel.h"

namespace a2a {

int naturalCompare(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            qsizetype ie = i, je = j;
            while (ie < a.size() && a[ie].isDigit())
                ++ie;
            while (je < b.size() && b[je].isDigit())
                ++je;
            // Compare by value: strip leading zeros, then length, then digits.
            qsizetype is = i, js = j;
            while (is < ie - 1 && a[is] == QLatin1Char('0'))
                ++is;
            while (js < je - 1 && b[js] == QLatin1Char('0'))
                ++js;
            if (ie - is != je - js)
                return ie - is < je - js ? -1 : 1;
            if (const int c = QStringView(a).mid(is, ie - is).compare(QStringView(b).mid(js, je - js)); c != 0)
                return c;
            i = ie;
            j = je;
            continue;
        }
        const int c = QStringView(a).mid(i, 1).compare(QStringView(b).mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c;
        ++i;
        ++j;
    }
    if (i < a.size() || j < b.size())
        return i < a.size() ? 1 : -1;
    return QString::compare(a, b, Qt::CaseSensitive);
}

PairFilterProxy::PairFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PairTableModel::SortRole);
    // Status and caption lint change with edits elsewhere: re-filter and re-sort on every change.
    setDynamicSortFilter(true);
}

void PairFilterProxy::setOnlyProblems(bool on)
{
    if (on == m_onlyProblems)
        return;
    m_onlyProblems = on;
    invalidateFilter();
}

void PairFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool PairFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_onlyProblems && !m->index(sourceRow, 0, sourceParent).data(PairTableModel::ProblemRole).toBool())
        return false;
    if (m_text.isEmpty())
        return true;
    for (int column : {int(PairTableModel::Name), int(PairTableModel::Caption), int(PairTableModel::Status)})
        if (m->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}

bool PairFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole()), r = right.data(sortRole());
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString)
        return naturalCompare(l.toString(), r.toString()) < 0;
    return QSortFilterProxyModel::lessThan(left, right);
}

}  // namespace a2a
