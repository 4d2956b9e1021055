#include "PairTableModel.h"

#include "DatasetController.h"
#include "FitPlanText.h"
#include "dataset/DatasetReport.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>

namespace a2a {
namespace {

QString clipText(const ClipRef &clip)
{
    if (!clip.decoded)
        return PairTableModel::tr("— unreadable");
    const int ch = clip.info.channels;
    const QString channels = ch == 1 ? PairTableModel::tr("mono") : ch == 2 ? PairTableModel::tr("stereo") : PairTableModel::tr("%1 ch").arg(ch);
    return PairTableModel::tr("%1 s · %2 %3 kHz %4")
        .arg(clip.durationSeconds(), 0, 'f', 2)
        .arg(clip.info.container)
        .arg(clip.info.sampleRate / 1000.0, 0, 'g', 3)
        .arg(channels);
}

int statusRank(PairStatus s)
{
    switch (s) {
    case PairStatus::Error: return 0;
    case PairStatus::Skipped: return 1;
    case PairStatus::Warning: return 2;
    case PairStatus::Excluded: return 3;
    case PairStatus::Ok: return 4;
    }
    return 5;
}

QString clipTooltip(const ClipRef &clip, const FitOptions &fit)
{
    QStringList lines{clip.sourcePath};
    if (clip.decoded) {
        lines << PairTableModel::tr("%1 s, %2 %3, %4 Hz, %5 ch")
                     .arg(clip.durationSeconds(), 0, 'f', 3)
                     .arg(clip.info.container, clip.info.codec)
                     .arg(clip.info.sampleRate)
                     .arg(clip.info.channels);
        lines << PairTableModel::tr("fit: %1").arg(fitPlanText(planFit(clip.durationSeconds(), clip.trimOffsetSeconds, fit)));
    }
    for (const Issue &i : clip.issues)
        lines << i.toText();
    return lines.join(QLatin1Char('\n'));
}

}  // namespace

PairTableModel::PairTableModel(DatasetController *controller, QObject *parent) : QAbstractTableModel(parent), m_controller(controller)
{
    connect(controller, &DatasetController::datasetReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(controller, &DatasetController::pairChanged, this, &PairTableModel::onPairChanged);
    connect(controller, &DatasetController::fitChanged, this, &PairTableModel::refreshAll);
    connect(controller, &DatasetController::triggerPhraseChanged, this, &PairTableModel::refreshAll);
    connect(controller, &DatasetController::pairAboutToBeInserted, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(controller, &DatasetController::pairInserted, this, [this] { endInsertRows(); });
    connect(controller, &DatasetController::pairAboutToBeRemoved, this, [this](int row) { beginRemoveRows({}, row, row); });
    connect(controller, &DatasetController::pairRemoved, this, [this] { endRemoveRows(); });
}

PairId PairTableModel::pairIdAt(int row) const
{
    const auto &pairs = m_controller->dataset().pairs;
    return row >= 0 && row < pairs.size() ? pairs[row].id : -1;
}

int PairTableModel::rowOf(PairId id) const
{
    const auto &pairs = m_controller->dataset().pairs;
    for (int i = 0; i < pairs.size(); ++i)
        if (pairs[i].id == id)
            return i;
    return -1;
}

void PairTableModel::onPairChanged(PairId id)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    // A caption edit can change other rows' lint (duplicates): refresh the caption column too.
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, Caption), index(rowCount() - 1, Caption));
}

void PairTableModel::refreshAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int PairTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_controller->dataset().pairs.size());
}

int PairTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString PairTableModel::statusName(PairStatus status)
{
    switch (status) {
    case PairStatus::Ok: return tr("ok");
    case PairStatus::Warning: return tr("warning");
    case PairStatus::Skipped: return tr("skipped");
    case PairStatus::Error: return tr("error");
    case PairStatus::Excluded: return tr("excluded");
    }
    return {};
}

QString PairTableModel::statusText(const DatasetPair &p, const FitOptions &fit)
{
    const PairStatus status = pairStatus(p, fit);
    const QString name = statusName(status);
    auto firstIssue = [&](Severity severity) {
        for (const Issue &i : allIssues(p))
            if (i.severity == severity)
                return QStringLiteral("%1: %2").arg(name, i.message);
        return name;
    };
    switch (status) {
    case PairStatus::Ok:
    case PairStatus::Excluded: return name;
    case PairStatus::Warning: return firstIssue(Severity::Warning);
    case PairStatus::Error: {
        const QString e = firstIssue(Severity::Error);
        return e != name ? e : tr("error: a clip cannot be read");
    }
    case PairStatus::Skipped: {
        QStringList sides;
        for (const ClipRef *c : {&p.reference, &p.target}) {
            const FitPlan plan = planFit(c->durationSeconds(), c->trimOffsetSeconds, fit);
            if (plan.kind == FitKind::Skip)
                sides << (c == &p.reference ? tr("reference %1 s").arg(c->durationSeconds(), 0, 'f', 2)
                                            : tr("target %1 s").arg(c->durationSeconds(), 0, 'f', 2));
        }
        return tr("skipped: %1 < %2 s bucket").arg(sides.join(tr(", "))).arg(fit.bucketSeconds, 0, 'f', 2);
    }
    }
    return name;
}

QVariant PairTableModel::display(const DatasetPair &p, int column) const
{
    switch (column) {
    case Name: return p.name;
    case Status: return statusText(p, m_controller->fit());
    case Reference: return clipText(p.reference);
    case Target: return clipText(p.target);
    case Caption: return p.caption;
    }
    return {};
}

QVariant PairTableModel::sortValue(const DatasetPair &p, int column) const
{
    switch (column) {
    case Status: return statusRank(pairStatus(p, m_controller->fit()));
    case Reference: return p.reference.decoded ? p.reference.durationSeconds() : -1.0;
    case Target: return p.target.decoded ? p.target.durationSeconds() : -1.0;
    default: return display(p, column);
    }
}

QString PairTableModel::tooltip(const DatasetPair &p, int column) const
{
    const FitOptions &fit = m_controller->fit();
    switch (column) {
    case Reference: return clipTooltip(p.reference, fit);
    case Target: return clipTooltip(p.target, fit);
    case Caption: {
        QStringList lines{tr("Final caption: %1").arg(m_controller->dataset().finalCaption(p))};
        lines += m_controller->lint().messages(p.id);
        return lines.join(QLatin1Char('\n'));
    }
    default: {
        QStringList lines{statusText(p, fit)};
        if (pairStatus(p, fit) == PairStatus::Skipped)
            lines << tr("both clips fill a bucket of at most %1 s").arg(std::floor(maxBucketFor(p) * 10.0 + 1e-6) / 10.0, 0, 'f', 1);
        for (const Issue &i : allIssues(p))
            lines << i.toText();
        lines.removeDuplicates();
        return lines.join(QLatin1Char('\n'));
    }
    }
}

QVariant PairTableModel::data(const QModelIndex &index, int role) const
{
    const auto &pairs = m_controller->dataset().pairs;
    if (!index.isValid() || index.row() >= pairs.size())
        return {};
    const DatasetPair &p = pairs[index.row()];
    switch (role) {
    case Qt::DisplayRole: return display(p, index.column());
    case Qt::EditRole: return index.column() == Caption ? QVariant(p.caption) : display(p, index.column());
    case Qt::ToolTipRole: return tooltip(p, index.column());
    case PairIdRole: return p.id;
    case SortRole: return sortValue(p, index.column());
    case StatusRole: return int(pairStatus(p, m_controller->fit()));
    case ProblemRole: return pairStatus(p, m_controller->fit()) != PairStatus::Ok || m_controller->lint().hasProblem(p.id);
    case Qt::ForegroundRole:
        if (p.excluded)
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::DecorationRole: {
        QStyle *style = QApplication::style();
        if (index.column() == Status) {
            switch (pairStatus(p, m_controller->fit())) {
            case PairStatus::Ok: return style->standardIcon(QStyle::SP_DialogApplyButton);
            case PairStatus::Warning:
            case PairStatus::Skipped: return style->standardIcon(QStyle::SP_MessageBoxWarning);
            case PairStatus::Error: return style->standardIcon(QStyle::SP_MessageBoxCritical);
            case PairStatus::Excluded: return style->standardIcon(QStyle::SP_DialogCancelButton);
            }
        } else if (index.column() == Caption && m_controller->lint().has(p.id)) {
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        }
        return {};
    }
    }
    return {};
}

bool PairTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Caption)
        return false;
    const PairId id = pairIdAt(index.row());
    if (id < 0)
        return false;
    m_controller->requestEditCaption(id, value.toString());  // dataChanged comes back through pairChanged
    return true;
}

Qt::ItemFlags PairTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Caption)
        f |= Qt::ItemIsEditable;
    return f;
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
