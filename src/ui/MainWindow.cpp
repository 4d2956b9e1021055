#include "MainWindow.h"

#include "dataset/DatasetReport.h"
#include "models/PairTableModel.h"
#include "util/BlasCheck.h"

#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace a2a {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_model(new PairTableModel(this))
{
    setWindowTitle(tr("A2A Studio"));
    setAcceptDrops(true);
    resize(1100, 700);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_dropHint = new QLabel(tr("Drop a .zip of <name>_start / <name>_end audio pairs, a folder, or a link to a zip here."), central);
    m_dropHint->setAlignment(Qt::AlignCenter);
    m_dropHint->setWordWrap(true);
    m_summary = new QLabel(central);
    m_summary->setWordWrap(true);
    m_table = new QTableView(central);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    layout->addWidget(m_dropHint);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    setCentralWidget(central);

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_cancelFlag)
            m_cancelFlag->cancel();
    });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Dataset…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    connect(this, &MainWindow::ingestProgress, this, &MainWindow::onIngestProgress, Qt::QueuedConnection);
    connect(&m_watcher, &QFutureWatcher<IngestResult>::finished, this, &MainWindow::onIngestFinished);

    const BlasInfo blas = detectBlas();
    statusBar()->showMessage(blas.warning.isEmpty() ? tr("Ready") : blas.warning);
}

MainWindow::~MainWindow()
{
    if (m_cancelFlag)
        m_cancelFlag->cancel();
    m_watcher.waitForFinished();
}

void MainWindow::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dataset"), QString(), tr("Zip archives (*.zip);;All files (*)"));
    if (!path.isEmpty())
        openDataset(path);
}

void MainWindow::openDataset(const QString &input)
{
    if (m_watcher.isRunning() && m_cancelFlag) {
        m_cancelFlag->cancel();
        m_watcher.waitForFinished();
    }
    m_cancelFlag = std::make_shared<CancelFlag>();
    ProgressSink sink;
    sink.cancel = m_cancelFlag;
    sink.onProgress = [this](const QString &stage, qint64 done, qint64 total) { Q_EMIT ingestProgress(stage, done, total); };
    m_progress->show();
    m_cancel->show();
    m_progress->setRange(0, 0);
    statusBar()->showMessage(tr("Opening %1…").arg(input));
    m_watcher.setFuture(startIngest(input, IngestOptions{}, sink));
}

void MainWindow::onIngestProgress(const QString &stage, qint64 done, qint64 total)
{
    if (!m_watcher.isRunning())
        return;
    if (total > 0) {
        // QProgressBar is int-based: scale byte counts to per-mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(done) / double(total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(stage + QStringLiteral(" %p%"));
}

void MainWindow::onIngestFinished()
{
    m_progress->hide();
    m_cancel->hide();
    const IngestResult result = m_watcher.result();
    if (result.cancelled) {
        statusBar()->showMessage(tr("Cancelled"));
        return;
    }
    m_model->setDataset(result.dataset, m_fit);
    m_table->resizeColumnsToContents();
    const DatasetSummary s = summarizeDataset(result.dataset, m_fit);
    QStringList lines;
    lines << tr("%1 usable, %2 skipped, %3 with errors, of %4 pairs").arg(s.usable).arg(s.skipped).arg(s.errors).arg(s.total);
    if (s.keepAll.keeps > 0)
        lines << tr("A bucket of %1 s would keep all %2 skipped pair(s).").arg(s.keepAll.bucketSeconds, 0, 'f', 1).arg(s.keepAll.keeps);
    for (const Issue &i : s.datasetIssues)
        if (i.severity != Severity::Info)
            lines << i.toText();
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_dropHint->hide();
    statusBar()->showMessage(s.refused ? tr("This dataset cannot be trained on yet: see the errors above.") : tr("Ready to train"));
    Q_EMIT datasetLoaded();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() || event->mimeData()->hasText())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QMimeData *mime = event->mimeData();
    QString input;
    if (mime->hasUrls() && !mime->urls().isEmpty()) {
        const QUrl url = mime->urls().first();
        input = url.isLocalFile() ? url.toLocalFile() : url.toString();
    } else {
        input = mime->text().trimmed();
    }
    if (input.isEmpty())
        return;
    event->acceptProposedAction();
    openDataset(input);
}

}  // namespace a2a
