#include "RunsView.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace a2a {
namespace {

enum Column { Started, Dataset, State, Steps, HeldOut, Settings, ColumnCount };

}  // namespace

RunsView::RunsView(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(tr("<b>Training history</b>"), this)),
      m_tree(new QTreeWidget(this)),
      m_open(new QPushButton(tr("Open"), this)),
      m_resume(new QPushButton(tr("Resume"), this)),
      m_again(new QPushButton(tr("Train Again"), this)),
      m_dataset(new QPushButton(tr("Open Its Dataset"), this)),
      m_reveal(new QPushButton(tr("Show Folder"), this))
{
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Started"), tr("Dataset"), tr("State"), tr("Steps"), tr("Held-out"), tr("Settings")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    m_open->setToolTip(tr("Show this run's curves, previews and outputs"));
    m_resume->setToolTip(tr("Continue this run from its newest checkpoint"));
    m_again->setToolTip(tr("Load this run's settings into the training settings (the dataset stays the one open now)"));
    m_dataset->setToolTip(tr("Open the curated dataset this run trained on (its snapshot in the run folder)"));
    m_reveal->setToolTip(tr("Open the run folder: lora_file, config_file, previews, checkpoints"));

    auto *buttons = new QGridLayout;
    buttons->addWidget(m_open, 0, 0);
    buttons->addWidget(m_resume, 0, 1);
    buttons->addWidget(m_again, 0, 2);
    buttons->addWidget(m_dataset, 1, 0, 1, 2);
    buttons->addWidget(m_reveal, 1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);

    connect(&m_watcher, &QFutureWatcher<QList<RunRecord>>::finished, this, &RunsView::onListed);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &RunsView::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (const RunRecord *r = selectedRecord())
            Q_EMIT openRequested(*r);
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const RunRecord *r = selectedRecord())
            Q_EMIT openRequested(*r);
    });
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const RunRecord *r = selectedRecord())
            Q_EMIT resumeRequested(r->dir);
    });
    connect(m_again, &QPushButton::clicked, this, [this] {
        if (const RunRecord *r = selectedRecord())
            Q_EMIT trainAgainRequested(*r);
    });
    connect(m_dataset, &QPushButton::clicked, this, [this] {
        if (const RunRecord *r = selectedRecord())
            Q_EMIT openDatasetRequested(QDir(r->dir).filePath(QStringLiteral("dataset.zip")));
    });
    connect(m_reveal, &QPushButton::clicked, this, [this] {
        if (const RunRecord *r = selectedRecord())
            QDesktopServices::openUrl(QUrl::fromLocalFile(r->dir));
    });
    updateButtons();
}

RunsView::~RunsView() { m_watcher.waitForFinished(); }

void RunsView::setRunsRoot(const QString &root)
{
    m_root = root;
    refresh();
}

void RunsView::refresh()
{
    if (m_watcher.isRunning()) {
        m_refreshAgain = true;
        return;
    }
    const QString root = m_root;
    m_listingRoot = root;
    m_watcher.setFuture(QtConcurrent::run([root] { return listRuns(root); }));
}

QString RunsView::stateText(const RunRecord &run)
{
    switch (run.status.state) {
    case RunState::Running:
        return tr("Running");
    case RunState::Stopped:
        return tr("Stopped");
    case RunState::Finished:
        return tr("Finished");
    case RunState::Failed:
        return tr("Failed");
    case RunState::Interrupted:
        return tr("Interrupted");
    }
    return {};
}

void RunsView::onListed()
{
    if (m_listingRoot != m_root) {  // the folder changed meanwhile: that listing is stale
        m_refreshAgain = false;
        refresh();
        return;
    }
    const QString keep = currentRun();
    m_runs = m_watcher.result();
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    for (const RunRecord &r : m_runs) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setData(0, Qt::UserRole, r.dir);
        item->setText(Started, r.status.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd hh:mm")));
        item->setText(Dataset, r.datasetName());
        item->setText(State, r.dir == m_busyRun ? tr("Training…") : stateText(r));
        item->setText(Steps, tr("%1 / %2").arg(r.status.stepsDone).arg(r.status.totalSteps));
        item->setText(HeldOut, r.status.finalHeldOutRatio >= 0 ? QString::number(r.status.finalHeldOutRatio, 'f', 2) : QString());
        if (r.hasRequest)
            item->setText(Settings, tr("rank %1 · lr %2 · %3 s").arg(r.request.rank).arg(r.request.learningRate).arg(r.request.audioDurationSeconds));
        QStringList tip{tr("Folder: %1").arg(r.dir), tr("Dataset: %1").arg(r.status.datasetSource)};
        if (r.hasRequest && !r.request.triggerPhrase.isEmpty())
            tip << tr("Trigger phrase: %1").arg(r.request.triggerPhrase);
        if (r.checkpointStep > 0)
            tip << tr("Newest checkpoint: step %1").arg(r.checkpointStep);
        if (!r.loraFile.isEmpty())
            tip << tr("LoRA: %1").arg(QFileInfo(r.loraFile).fileName());
        if (!r.status.error.isEmpty())
            tip << tr("Error: %1").arg(r.status.error);
        for (int c = 0; c < ColumnCount; ++c)
            item->setToolTip(c, tip.join(QLatin1Char('\n')));
        if (r.status.state == RunState::Failed || r.status.state == RunState::Interrupted)
            item->setForeground(State, QColor(190, 60, 30));
        if (r.dir == keep)
            item->setSelected(true);
    }
    m_title->setText(m_runs.isEmpty() ? tr("<b>Training history</b> — no runs yet") : tr("<b>Training history</b> — %n run(s)", nullptr, int(m_runs.size())));
    updateButtons();
    Q_EMIT listed();
    if (std::exchange(m_refreshAgain, false))
        refresh();
}

const RunRecord *RunsView::selectedRecord() const
{
    const QList<QTreeWidgetItem *> items = m_tree->selectedItems();
    if (items.isEmpty())
        return nullptr;
    const QString dir = items.first()->data(0, Qt::UserRole).toString();
    for (const RunRecord &r : m_runs)
        if (r.dir == dir)
            return &r;
    return nullptr;
}

QString RunsView::currentRun() const
{
    const RunRecord *r = selectedRecord();
    return r ? r->dir : QString();
}

void RunsView::selectRun(const QString &dir)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == dir) {
            m_tree->setCurrentItem(item);
            return;
        }
    }
}

void RunsView::setBusyRun(const QString &dir)
{
    m_busyRun = dir;
    updateButtons();
}

void RunsView::setLiveSteps(const QString &dir, int step, int total)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (QTreeWidgetItem *item = m_tree->topLevelItem(i); item->data(0, Qt::UserRole).toString() == dir)
            item->setText(Steps, tr("%1 / %2").arg(step).arg(total));
}

void RunsView::updateButtons()
{
    const RunRecord *r = selectedRecord();
    m_open->setEnabled(r);
    m_resume->setEnabled(r && r->canResume() && m_busyRun.isEmpty());
    m_again->setEnabled(r && r->hasRequest);
    m_dataset->setEnabled(r && QFileInfo::exists(QDir(r->dir).filePath(QStringLiteral("dataset.zip"))));
    m_reveal->setEnabled(r);
}

}  // namespace a2a
