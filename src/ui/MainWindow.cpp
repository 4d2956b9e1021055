#include "MainWindow.h"

#include "AppSettings.h"
#include "DatasetController.h"
#include "actions/EditActions.h"
#include "actions/FileActions.h"
#include "actions/LanguageMenu.h"
#include "controllers/ClipLoadController.h"
#include "controllers/ExportController.h"
#include "controllers/ImportController.h"
#include "controllers/PlaybackController.h"
#include "controllers/TrainingController.h"
#include "model/DefaultBaseModel.h"
#include "models/TrainingRequestModel.h"
#include "util/BlasCheck.h"
#include "views/BucketBar.h"
#include "views/CaptionPanel.h"
#include "views/DatasetStatsView.h"
#include "views/PairInspector.h"
#include "views/PairListPane.h"
#include "views/ReportView.h"
#include "views/RunsView.h"
#include "views/TrainingPage.h"
#include "views/TrainingSettingsPanel.h"
#include "views/TryItPanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>

namespace a2a {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_dataset(new DatasetController(this)),
      m_request(new TrainingRequestModel(this)),
      m_import(new ImportController(this)),
      m_export(new ExportController(this)),
      m_clipLoader(new ClipLoadController(this)),
      m_playback(new PlaybackController(m_dataset, this))
{
    setWindowTitle(tr("A2A Studio"));
    setAcceptDrops(true);
    resize(1400, 900);

    m_list = new PairListPane(m_dataset, this);
    m_inspector = new PairInspector(m_dataset, this);
    m_inspector->setTransportActions(m_playback->actions());
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_inspector);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    // The central area: the dataset (pair list over inspector) and the training page.
    m_training = new TrainingPage(m_dataset, m_request, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("centralTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_splitter, tr("&Dataset"));
    m_tabs->addTab(m_training, tr("&Training"));
    setCentralWidget(m_tabs);

    m_fileActions = new FileActions(this, m_dataset, m_import, m_export);
    m_editActions = new EditActions(this, m_dataset, m_clipLoader);
    m_bucket = new BucketBar(this);
    buildDocks();
    buildTrainingDocks();
    buildMenus();

    m_progress = new QProgressBar(this);
    m_progress->setMinimumWidth(240);
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Stop opening or saving (Esc)"));
    m_cancel->setShortcut(Qt::Key_Escape);
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);

    wire();
    restoreSettings();
    updateTitle();
    // The settings panel words a slow-BLAS warning in the user's language (core's is English).
    const BlasInfo blas = detectBlas();
    statusBar()->showMessage(blas.warning.isEmpty() ? tr("Ready") : m_trainingSettings->blasWarningLabel()->text());
}

MainWindow::~MainWindow()
{
    // Children are deleted in creation order, controllers first: take down what uses them now.
    PlaybackController *playback = std::exchange(m_playback, nullptr);
    disconnect(playback, nullptr, nullptr, nullptr);
    delete playback;
    delete takeCentralWidget();
    for (QDockWidget *d : {m_fixDock, m_statsDock, m_reportDock})
        delete d;
    for (QDockWidget *d : {m_trainingSettingsDock, m_tryItDock})
        delete d;
}

void MainWindow::buildDocks()
{
    m_captions = new CaptionPanel(m_dataset, this);
    m_stats = new DatasetStatsView(m_dataset, this);
    m_report = new ReportView(m_dataset, this);
    auto dock = [this](QWidget *w, const QString &title, const QString &name) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        d->setAllowedAreas(Qt::AllDockWidgetAreas);
        return d;
    };
    m_fixDock = dock(m_captions, tr("Captions and Fixes"), QStringLiteral("fixDock"));
    m_statsDock = dock(m_stats, tr("Statistics"), QStringLiteral("statsDock"));
    m_reportDock = dock(m_report, tr("Report"), QStringLiteral("reportDock"));
    addDockWidget(Qt::RightDockWidgetArea, m_fixDock);
    addDockWidget(Qt::RightDockWidgetArea, m_statsDock);
    tabifyDockWidget(m_statsDock, m_reportDock);
    m_statsDock->raise();
    resizeDocks({m_fixDock}, {430}, Qt::Horizontal);
    resizeDocks({m_fixDock, m_statsDock}, {420, 480}, Qt::Vertical);

    m_captions->setPairActions({m_editActions->excludeAction(), m_editActions->replaceReferenceAction(),
                                m_editActions->replaceTargetAction()});
    m_captions->setCaptionActions({m_editActions->setEmptyCaptionsAction(), m_editActions->findReplaceAction()});
    m_captions->setOrphanAction(m_editActions->pairOrphanAction());
    m_editActions->setOrphanProvider([this] { return m_captions->currentOrphan(); });
}

void MainWindow::buildTrainingDocks()
{
    m_trainingSettings = new TrainingSettingsPanel(m_request, m_dataset, this);
    m_tryIt = new TryItPanel(m_dataset, this);
    auto dock = [this](QWidget *w, const QString &title, const QString &name) {
        auto *d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        return d;
    };
    // The settings scroll their own form; Try it scrolls as a whole: a narrow dock never makes
    // the window wider.
    auto *tryItScroll = new QScrollArea;
    tryItScroll->setWidgetResizable(true);
    tryItScroll->setFrameShape(QFrame::NoFrame);
    tryItScroll->setWidget(m_tryIt);
    m_trainingSettingsDock = dock(m_trainingSettings, tr("Training settings"), QStringLiteral("trainingSettingsDock"));
    m_tryItDock = dock(tryItScroll, tr("Try it"), QStringLiteral("tryItDock"));
    tabifyDockWidget(m_reportDock, m_trainingSettingsDock);
    tabifyDockWidget(m_trainingSettingsDock, m_tryItDock);
    m_statsDock->raise();

    // The panel may set the bucket too: the toolbar follows the dataset controller's fit.
    connect(m_dataset, &DatasetController::fitChanged, this, [this] {
        m_bucket->setFit(m_dataset->fit());
        settings::setFitOptions(m_dataset->fit());
    });
    connect(m_trainingSettings, &TrainingSettingsPanel::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    connect(m_trainingSettings, &TrainingSettingsPanel::revealRequested, this, [this] {
        m_trainingSettingsDock->show();
        m_trainingSettingsDock->raise();
    });
    // One base model for the whole window: the settings' choice is what Train and Try it use (the
    // estimate follows it inside the panel). Empty for the trainer = the embedded default, as before.
    const auto useBase = [this](bool checkpoint, const QString &path) {
        TrainingOptions options = m_training->controller()->options();
        options.basePath = checkpoint ? path : QString();
        m_training->controller()->setOptions(options);
        m_tryIt->setBasePath(checkpoint ? path : defaultBaseModelPath());
    };
    connect(m_trainingSettings, &TrainingSettingsPanel::baseModelChanged, this, useBase);
    useBase(m_trainingSettings->usesBaseCheckpoint(), m_trainingSettings->baseCheckpointPath());
    // The Gemma-3 folder an LTX-2.3 checkpoint needs ("" for the embedded model), to Train and Try it alike.
    const auto useTextEncoder = [this](const QString &folder) {
        TrainingOptions options = m_training->controller()->options();
        options.textEncoderPath = folder;
        m_training->controller()->setOptions(options);
        m_tryIt->setTextEncoderPath(folder);
    };
    connect(m_trainingSettings, &TrainingSettingsPanel::textEncoderChanged, this, useTextEncoder);
    useTextEncoder(m_trainingSettings->effectiveTextEncoderPath());
    connect(m_tryIt, &TryItPanel::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    // One player at a time: the inspector's and Try it's.
    connect(m_tryIt, &TryItPanel::playbackStarted, this, [this] {
        if (m_playback->isPlaying())
            m_playback->playPauseAction()->trigger();
    });
    connect(m_playback, &PlaybackController::playheadChanged, this, [this] {
        if (m_playback->isPlaying() && m_tryIt->isPlaying())
            m_tryIt->pause();
    });
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileActions->fillMenu(file);
    file->insertActions(m_fileActions->quitAction(), {m_trainingSettings->importAction(), m_trainingSettings->exportAction()});
    file->insertSeparator(m_fileActions->quitAction());
    m_editActions->fillMenu(menuBar()->addMenu(tr("&Edit")));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_list->onlyProblemsAction());
    view->addAction(m_list->focusFilterAction());
    view->addSeparator();
    view->addAction(m_inspector->zoomInAction());
    view->addAction(m_inspector->zoomOutAction());
    view->addAction(m_inspector->zoomFitAction());
    view->addSeparator();
    for (QDockWidget *d : {m_fixDock, m_statsDock, m_reportDock})
        view->addAction(d->toggleViewAction());
    for (QDockWidget *d : {m_trainingSettingsDock, m_tryItDock})
        view->addAction(d->toggleViewAction());
    view->addSeparator();
    auto *language = new LanguageMenu(view);
    view->addMenu(language);
    connect(language, &LanguageMenu::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 15000); });

    QMenu *play = menuBar()->addMenu(tr("&Playback"));
    play->addActions(m_playback->actions());

    // The Training tab's buttons, reachable from the keyboard wherever the focus is.
    QMenu *training = menuBar()->addMenu(tr("&Training"));
    const auto addTrainingAction = [this, training](const QString &text, const QKeySequence &key, QPushButton *button) {
        QAction *action = training->addAction(text);
        action->setShortcut(key);
        action->setToolTip(button->toolTip());
        connect(action, &QAction::triggered, this, [this, button] {
            m_tabs->setCurrentWidget(m_training);
            if (button->isEnabled())
                button->click();
        });
        connect(training, &QMenu::aboutToShow, action, [action, button] { action->setEnabled(button->isEnabled()); });
    };
    addTrainingAction(tr("&Train"), QKeySequence(Qt::CTRL | Qt::Key_Return), m_training->trainButton());
    addTrainingAction(tr("&Stop"), QKeySequence(Qt::CTRL | Qt::Key_Period), m_training->stopButton());
    addTrainingAction(tr("&Resume"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), m_training->resumeButton());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About A2A Studio"), this, [this] {
        QMessageBox::about(this, tr("About A2A Studio"),
                           tr("<h3>A2A Studio %1</h3><p>Curate paired audio datasets and train audio-to-audio "
                              "IC-LoRAs for the LTX-2.3 audio transformer.</p><p>MIT license.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_fileActions->openAction());
    tools->addAction(m_fileActions->saveAsAction());
    tools->addSeparator();
    tools->addAction(m_editActions->undoAction());
    tools->addAction(m_editActions->redoAction());
    tools->addSeparator();
    tools->addWidget(m_bucket);
}

void MainWindow::wire()
{
    // Background work: progress in the status bar, the window stays live.
    connect(m_import, &ImportController::busyChanged, this, &MainWindow::onBusy);
    connect(m_export, &ExportController::busyChanged, this, &MainWindow::onBusy);
    connect(m_clipLoader, &ClipLoadController::busyChanged, this, &MainWindow::onBusy);
    connect(m_import, &ImportController::progress, this, &MainWindow::onProgress);
    connect(m_export, &ExportController::progress, this, &MainWindow::onProgress);
    connect(m_import, &ImportController::started, this, [this](const QString &text) { statusBar()->showMessage(text); });
    connect(m_import, &ImportController::loaded, this, &MainWindow::onLoaded);
    connect(m_import, &ImportController::cancelled, this, [this] { statusBar()->showMessage(tr("Cancelled"), 5000); });
    connect(m_import, &ImportController::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        QMessageBox::warning(this, tr("A2A Studio"), message);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_import->cancel();
        m_export->cancel();
    });
    connect(m_fileActions, &FileActions::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    connect(m_editActions, &EditActions::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });

    // Selection → views and actions (by PairId). Ids restart with each dataset: forget the old one.
    connect(m_dataset, &DatasetController::datasetAboutToReset, this, [this] { onCurrentPairChanged(-1); });
    connect(m_list, &PairListPane::currentPairChanged, this, &MainWindow::onCurrentPairChanged);
    connect(m_list, &PairListPane::selectionChanged, this,
            [this] { m_editActions->setSelection(m_list->selectedPairs(), m_list->currentPair()); });
    connect(m_dataset, &DatasetController::pairInserted, this, [this](int row) {
        const PairId id = m_dataset->dataset().pairs.value(row).id;
        QTimer::singleShot(0, this, [this, id] { selectPair(id); });
    });

    // Requests from views → undoable commands.
    connect(m_inspector, &PairInspector::trimOffsetsRequested, m_dataset, &DatasetController::requestTrimOffsets);
    connect(m_inspector, &PairInspector::seekRequested, m_playback, &PlaybackController::seekClipSeconds);
    connect(m_captions, &CaptionPanel::captionEditRequested, m_dataset, &DatasetController::requestEditCaption);
    connect(m_captions, &CaptionPanel::triggerPhraseRequested, m_dataset, &DatasetController::requestTriggerPhrase);
    connect(m_editActions, &EditActions::editCaptionRequested, this, [this] {
        m_fixDock->show();
        m_fixDock->raise();
        m_captions->captionEditor()->setFocus();
        m_captions->captionEditor()->selectAll();
    });

    // Changes → views.
    connect(m_dataset, &DatasetController::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_bucket, &BucketBar::fitChanged, this, [this](const FitOptions &fit) {
        m_dataset->setFitOptions(fit);
        settings::setFitOptions(fit);
    });
    connect(m_stats, &DatasetStatsView::bucketSuggested, this, &MainWindow::setBucketSeconds);
    connect(m_playback, &PlaybackController::playheadChanged, this, &MainWindow::updatePlayhead);
    connect(m_playback, &PlaybackController::statusChanged, m_inspector, &PairInspector::setPlaybackStatus);

    // Training: the page reports to the status bar; a run interrupted by a crash is announced.
    connect(m_training, &TrainingPage::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 15000); });
    connect(m_training, &TrainingPage::openDatasetRequested, m_fileActions, &FileActions::open);
    connect(m_training, &TrainingPage::interruptedRunFound, this, [this] {
        m_tabs->setTabIcon(m_tabs->indexOf(m_training), style()->standardIcon(QStyle::SP_MessageBoxWarning));
        statusBar()->showMessage(tr("A training run was interrupted; the Training tab offers to resume it."));
    });
    connect(m_training, &TrainingPage::busyChanged, this, [this] { m_tabs->setTabIcon(m_tabs->indexOf(m_training), QIcon()); });
    // Try it takes the newest finished run's LoRA at start-up, and each new one as it finishes.
    connect(m_training, &TrainingPage::loraReady, m_tryIt, &TryItPanel::setLoraFile);
    // No estimate warm-up competes with a run for the CPU.
    connect(m_training, &TrainingPage::busyChanged, m_trainingSettings, &TrainingSettingsPanel::setTrainingActive);
    connect(m_training->runsView(), &RunsView::listed, this, [this] { m_tryIt->useLatestRunIn(m_training->runsView()->runsRoot()); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The settings Train uses sit beside the training page.
        if (m_tabs->widget(index) == m_training)
            if (auto *dock = findChild<QDockWidget *>(QStringLiteral("trainingSettingsDock")))
                dock->raise();
    });
}

void MainWindow::restoreSettings()
{
    restoreGeometry(settings::bytes(QStringLiteral("window/geometry")));
    restoreState(settings::bytes(QStringLiteral("window/state")));
    m_splitter->restoreState(settings::bytes(QStringLiteral("window/splitter")));
    const FitOptions fit = settings::fitOptions();
    m_bucket->setFit(fit);
    m_dataset->setFitOptions(fit);
    m_list->onlyProblemsAction()->setChecked(settings::flag(QStringLiteral("view/onlyProblems"), false));
    m_playback->loudnessMatchAction()->setChecked(settings::flag(QStringLiteral("playback/loudnessMatch"), true));
    m_inspector->setLinkTrims(settings::flag(QStringLiteral("view/linkTrims"), true));
}

void MainWindow::saveSettings()
{
    settings::setBytes(QStringLiteral("window/geometry"), saveGeometry());
    settings::setBytes(QStringLiteral("window/state"), saveState());
    settings::setBytes(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings::setFlag(QStringLiteral("view/onlyProblems"), m_list->onlyProblemsAction()->isChecked());
    settings::setFlag(QStringLiteral("playback/loudnessMatch"), m_playback->loudnessMatchAction()->isChecked());
    settings::setFlag(QStringLiteral("view/linkTrims"), m_inspector->linkTrims());
}

void MainWindow::openDataset(const QString &input) { m_import->open(input); }

void MainWindow::setBucketSeconds(double seconds) { m_bucket->setBucketSeconds(seconds); }

void MainWindow::selectPair(PairId id) { m_list->selectPair(id); }

void MainWindow::onBusy()
{
    const bool busy = m_import->isBusy() || m_export->isBusy() || m_clipLoader->isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(m_import->isBusy() || m_export->isBusy());
    if (busy) {
        m_progress->setRange(0, 0);  // until the first report
        m_progress->setFormat(QString());
    }
}

void MainWindow::onProgress(const QString &text, qint64 done, qint64 total)
{
    if (total > 0) {
        // QProgressBar is int-based: byte counts are scaled to per-mille.
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(1000.0 * double(done) / double(total)));
    } else {
        m_progress->setRange(0, 0);
    }
    m_progress->setFormat(text);
    m_progress->setToolTip(text);
}

void MainWindow::onLoaded(const CuratedDataset &dataset)
{
    m_dataset->setDataset(dataset);
    const DatasetSummary &s = m_dataset->summary();
    QString message = tr("Opened %1: %n pair(s)", nullptr, s.total).arg(dataset.source);
    if (hasErrors(dataset.issues) && s.total == 0)
        for (const Issue &i : dataset.issues)
            if (i.severity == Severity::Error) {
                message = tr("Cannot open %1: %2").arg(dataset.source, i.message);
                break;
            }
    statusBar()->showMessage(message);
    updateTitle();
    Q_EMIT datasetLoaded();
}

void MainWindow::onCurrentPairChanged(PairId id)
{
    m_inspector->setPair(id);
    m_captions->setPair(id);
    m_playback->setPair(id);
    m_editActions->setSelection(m_list->selectedPairs(), id);
}

void MainWindow::updatePlayhead()
{
    m_inspector->setPlayhead(m_playback->playheadOnClip(0), m_playback->playheadOnClip(1), m_playback->activeSide(),
                             m_playback->isPlaying());
}

void MainWindow::updateTitle()
{
    QString title = tr("A2A Studio");
    if (m_dataset->hasDataset()) {
        const QString source = m_dataset->dataset().source;
        const QString name = source.contains(QLatin1String("://")) ? source : QFileInfo(source).fileName();
        title = tr("%1[*] — A2A Studio").arg(name);
    }
    setWindowTitle(title);
    setWindowModified(m_dataset->isModified());
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
    // Let the drag finish before any question is asked.
    QTimer::singleShot(0, this, [this, input] { m_fileActions->open(input); });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_closeConfirmed && !m_fileActions->confirmDiscard([this] {
            m_closeConfirmed = true;
            close();
        })) {
        event->ignore();
        return;
    }
    saveSettings();
    event->accept();
}

}  // namespace a2a
