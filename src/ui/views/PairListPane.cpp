#include "PairListPane.h"

#include "DatasetController.h"
#include "models/PairFilterProxy.h"
#include "models/PairTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace a2a {

PairListPane::PairListPane(DatasetController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_model(new PairTableModel(controller, this)), m_proxy(new PairFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_dropHint = new QLabel(tr("<h2>Drop a dataset here</h2>"
                               "<p>A .zip of <tt>&lt;name&gt;_start</tt> / <tt>&lt;name&gt;_end</tt> audio pairs "
                               "(wav, mp3, flac, ogg, aac, m4a) with optional <tt>&lt;name&gt;.txt</tt> captions, "
                               "a folder of them, or a link to a zip.</p>"
                               "<p>Or use File ▸ Open (Ctrl+O), File ▸ Open URL, or File ▸ New Sample Dataset.</p>"),
                            this);
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_dropHint->setMargin(40);
    m_stack->addWidget(m_dropHint);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 0);
    auto *row = new QHBoxLayout;
    m_filter = new QLineEdit(page);
    m_filter->setPlaceholderText(tr("Filter by name, status or caption (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_problemsBox = new QCheckBox(tr("Only &problems"), page);
    m_problemsBox->setToolTip(tr("Show only pairs that are not ok or whose caption has a problem"));
    m_count = new QLabel(page);
    row->addWidget(m_filter, 1);
    row->addWidget(m_problemsBox);
    row->addWidget(m_count);
    layout->addLayout(row);
    m_summary = new QLabel(page);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    layout->addWidget(m_summary);
    m_issues = new QLabel(page);
    m_issues->setWordWrap(true);
    m_issues->setTextFormat(Qt::RichText);
    m_issues->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_issues);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("pairTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder);  // ingest order (natural by name) until a header is clicked
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_table, 1);
    m_stack->addWidget(page);

    m_onlyProblems = new QAction(tr("Show Only &Problems"), this);
    m_onlyProblems->setCheckable(true);
    m_onlyProblems->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    connect(m_onlyProblems, &QAction::toggled, m_problemsBox, &QCheckBox::setChecked);
    connect(m_problemsBox, &QCheckBox::toggled, m_onlyProblems, &QAction::setChecked);
    connect(m_problemsBox, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setOnlyProblems(on);
        updateCount();
    });
    m_focusFilter = new QAction(tr("&Filter Pairs"), this);
    m_focusFilter->setShortcut(QKeySequence::Find);
    connect(m_focusFilter, &QAction::triggered, this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_proxy->setText(t);
        updateCount();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentPairChanged(currentPair()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PairListPane::selectionChanged);
    connect(controller, &DatasetController::datasetReset, this, &PairListPane::onReset);
    connect(controller, &DatasetController::summaryChanged, this, [this] {
        updateSummary();
        updateCount();
    });
}

void PairListPane::onReset()
{
    m_stack->setCurrentIndex(m_controller->hasDataset() ? 1 : 0);
    // Fit the columns before the caption to their contents (within limits); the caption stretches.
    const int widths[] = {140, 260, 190, 190};
    for (int c = 0; c < PairTableModel::Caption; ++c) {
        m_table->resizeColumnToContents(c);
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), widths[c]));
    }
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    Q_EMIT currentPairChanged(currentPair());
}

PairId PairListPane::currentPair() const
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    return i.isValid() ? i.data(PairTableModel::PairIdRole).toInt() : -1;
}

QList<PairId> PairListPane::selectedPairs() const
{
    QList<PairId> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(PairTableModel::PairIdRole).toInt();
    if (ids.isEmpty() && currentPair() >= 0)
        ids << currentPair();
    return ids;
}

void PairListPane::selectPair(PairId id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    QModelIndex i = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!i.isValid()) {  // filtered out: show everything so the pair can be selected
        m_filter->clear();
        m_problemsBox->setChecked(false);
        i = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectRow(i.row());
    m_table->scrollTo(i);
}

void PairListPane::editCurrentCaption()
{
    const QModelIndex i = m_table->selectionModel()->currentIndex();
    if (i.isValid())
        m_table->edit(i.siblingAtColumn(PairTableModel::Caption));
}

QString PairListPane::summaryText() const { return m_summary->text(); }

void PairListPane::updateCount()
{
    m_count->setText(tr("%1 of %n pair(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void PairListPane::updateSummary()
{
    if (!m_controller->hasDataset())
        return;
    const DatasetSummary &s = m_controller->summary();
    const FitOptions &fit = m_controller->fit();
    QString line = tr("<b>%1 usable</b> · %2 skipped (shorter than the %3 s bucket) · %4 with errors · %5 excluded — of %n pair(s)", nullptr, s.total)
                       .arg(s.usable).arg(s.skipped).arg(fit.bucketSeconds, 0, 'f', 2).arg(s.errors).arg(s.excluded);
    if (s.keepAll.keeps > 0)
        line += tr(". A %1 s bucket would keep all %n skipped pair(s)", nullptr, s.keepAll.keeps).arg(s.keepAll.bucketSeconds, 0, 'f', 1);
    if (s.bestGain.keeps > 0 && std::abs(s.bestGain.bucketSeconds - s.keepAll.bucketSeconds) > 1e-9)
        line += tr("; a %1 s bucket would keep %n more", nullptr, s.bestGain.keeps).arg(s.bestGain.bucketSeconds, 0, 'f', 1);
    line += QStringLiteral(". ");
    line += s.refused ? tr("<span style='color:#b02020'><b>Cannot be trained on yet:</b> the service would refuse it (HTTP 422).</span>")
                      : tr("<span style='color:#2a7a2a'><b>Ready to train on %n pair(s).</b></span>", nullptr, s.usable);
    m_summary->setText(line);

    QStringList issues;
    for (const Issue &i : s.datasetIssues) {
        if (i.severity == Severity::Info)
            continue;
        const QString color = i.severity == Severity::Error ? QStringLiteral("#b02020") : QStringLiteral("#a06000");
        QString text = i.file.isEmpty() ? i.message : QStringLiteral("%1: %2").arg(i.file, i.message);
        if (!i.hint.isEmpty())
            text += QStringLiteral(" (%1)").arg(i.hint);
        issues << QStringLiteral("<span style='color:%1'>%2 %3</span>")
                      .arg(color, i.severity == Severity::Error ? tr("Error:") : tr("Warning:"), text.toHtmlEscaped());
    }
    m_issues->setText(issues.join(QStringLiteral("<br>")));
    m_issues->setVisible(!issues.isEmpty());
}

}  // namespace a2a
