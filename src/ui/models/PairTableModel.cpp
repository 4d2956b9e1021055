#include "PairTableModel.h"

#include <QApplication>
#include <QStyle>

namespace a2a {
namespace {

QString clipText(const ClipRef &clip)
{
    if (!clip.decoded)
        return QObject::tr("unreadable");
    return QObject::tr("%1 s · %2 · %3 Hz").arg(clip.durationSeconds(), 0, 'f', 2).arg(clip.info.container).arg(clip.info.sampleRate);
}

}  // namespace

PairTableModel::PairTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void PairTableModel::setDataset(const CuratedDataset &dataset, const FitOptions &fit)
{
    beginResetModel();
    m_dataset = dataset;
    m_fit = fit;
    endResetModel();
}

int PairTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_dataset.pairs.size()); }
int PairTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PairTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_dataset.pairs.size())
        return {};
    const DatasetPair &p = m_dataset.pairs[index.row()];
    const PairStatus status = pairStatus(p, m_fit);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return p.name;
        case Status: {
            if (status == PairStatus::Skipped)
                return tr("skipped: shorter than %1 s").arg(m_fit.bucketSeconds, 0, 'f', 1);
            const IssueList issues = allIssues(p);
            for (const Issue &i : issues)
                if (i.severity != Severity::Info)
                    return QStringLiteral("%1: %2").arg(pairStatusName(status), i.message);
            return pairStatusName(status);
        }
        case Reference: return clipText(p.reference);
        case Target: return clipText(p.target);
        case Caption: return p.caption;
        }
    } else if (role == Qt::ToolTipRole) {
        QStringList lines;
        for (const Issue &i : allIssues(p))
            lines << i.toText();
        return lines.join(QLatin1Char('\n'));
    } else if (role == Qt::DecorationRole && index.column() == Status) {
        QStyle *style = QApplication::style();
        switch (status) {
        case PairStatus::Ok: return style->standardIcon(QStyle::SP_DialogApplyButton);
        case PairStatus::Warning:
        case PairStatus::Skipped: return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case PairStatus::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
        case PairStatus::Excluded: return style->standardIcon(QStyle::SP_DialogCancelButton);
        }
    }
    return {};
}

QVariant PairTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Pair");
    case Status: return tr("Status");
    case Reference: return tr("Reference");
    case Target: return tr("Target");
    case Caption: return tr("Caption");
    }
    return {};
}

}  // namespace a2a
