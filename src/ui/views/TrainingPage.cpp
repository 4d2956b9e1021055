#include "TrainingPage.h"

#include "DatasetController.h"
#include "DiagnosisPanel.h"
#include "InterruptedRunBanner.h"
#include "LossChartView.h"
#include "PreviewPanel.h"
#include "RunsView.h"
#include "controllers/TrainingController.h"
#include "models/TrainingRequestModel.h"

#include <QCheckBox>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace a2a {
namespace {

QString clock(double seconds)
{
    const qint64 s = qint64(std::max(0.0, seconds) + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QLabel *wrapped(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

}  // namespace

TrainingPage::TrainingPage(DatasetController *dataset, TrainingRequestModel *request, QWidget *parent)
    : QWidget(parent),
      m_dataset(dataset),
      m_request(request),
      m_controller(new TrainingController(this)),
      m_banner(new InterruptedRunBanner(this)),
      m_train(new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Train"), this)),
      m_stop(new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Stop"), this)),
      m_resume(new QPushButton(style()->standardIcon(QStyle::SP_MediaSeekForward), tr("Resume"), this)),
      m_reason(wrapped(this)),
      m_stats(new QLabel(this)),
      m_status(wrapped(this)),
      m_error(wrapped(this)),
      m_progress(new QProgressBar(this)),
      m_chart(new LossChartView(this)),
      m_diagnosis(new DiagnosisPanel(this)),
      m_previews(new PreviewPanel(this)),
      m_openAudio(new QPushButton(tr("Open Combined Preview"), this)),
      m_reveal(new QPushButton(tr("Show Output Folder"), this)),
      m_usage(wrapped(this)),
      m_shownTitle(new QLabel(this)),
      m_runs(new RunsView(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_tick(new QTimer(this)),
      m_diagnose(new QTimer(this))
{
    m_train->setToolTip(tr("Train an IC-LoRA on the dataset as curated here, with the training settings"));
    m_stop->setToolTip(tr("Stop training; a checkpoint is saved and Resume continues from it"));
    m_resume->setToolTip(tr("Continue the shown run from its newest checkpoint"));
    m_reason->setStyleSheet(QStringLiteral("color: #a04000;"));
    m_error->setStyleSheet(QStringLiteral("QLabel { background: #fde8e4; color: #6b1a0a; border: 1px solid #e4a99b; border-radius: 3px; padding: 4px; }"));
    m_error->hide();
    m_progress->setMaximumWidth(320);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_openAudio->setToolTip(tr("Open audio.wav, every validation preview in one file, in your audio player"));
    m_reveal->setToolTip(tr("Open the run folder: lora_file.safetensors, config_file.json, audio.wav, previews, checkpoints"));
    m_usage->setTextFormat(Qt::RichText);
    QFont title = m_shownTitle->font();
    title.setBold(true);
    m_shownTitle->setFont(title);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_train);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_resume);
    buttons->addWidget(m_reason, 1);
    buttons->addWidget(m_stats);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_shownTitle, 1);
    chartRow->addWidget(m_chart->logScaleBox());
    auto *outputs = new QHBoxLayout;
    outputs->addWidget(m_openAudio);
    outputs->addWidget(m_reveal);
    outputs->addWidget(m_usage, 1);

    auto *left = new QWidget(this);
    auto *l = new QVBoxLayout(left);
    l->setContentsMargins(0, 0, 0, 0);
    l->addLayout(chartRow);
    l->addWidget(m_chart, 1);
    l->addWidget(m_diagnosis);
    l->addWidget(m_previews);
    l->addLayout(outputs);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_runs);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({3000, 1000});  // proportions: the chart gets most of the width

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(buttons);
    layout->addLayout(statusRow);
    layout->addWidget(m_error);
    layout->addWidget(m_splitter, 1);

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &TrainingPage::updateStats);
    m_diagnose->setSingleShot(true);
    m_diagnose->setInterval(1000);
    connect(m_diagnose, &QTimer::timeout, this, &TrainingPage::updateDiagnosis);

    connect(m_train, &QPushButton::clicked, this, &TrainingPage::train);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        m_controller->stop();
        setStatus(tr("Stopping: finishing the current step and saving a checkpoint…"));
        updateButtons();
    });
    connect(m_resume, &QPushButton::clicked, this, &TrainingPage::resumeShown);
    connect(m_openAudio, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_shown.record.audioFile)); });
    connect(m_reveal, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_shown.dir)); });

    connect(m_controller, &TrainingController::runStarted, this, &TrainingPage::onRunStarted);
    connect(m_controller, &TrainingController::stepsReported, this, &TrainingPage::onSteps);
    connect(m_controller, &TrainingController::validationReported, this, &TrainingPage::onValidation);
    connect(m_controller, &TrainingController::progress, this, &TrainingPage::onProgress);
    connect(m_controller, &TrainingController::logLine, this, [this](const QString &line) {
        if (m_controller->curves().losses.isEmpty() || m_controller->isStopping())
            setStatus(line);
    });
    connect(m_controller, &TrainingController::finished, this, &TrainingPage::onFinished);
    connect(m_controller, &TrainingController::busyChanged, this, &TrainingPage::busyChanged);

    connect(&m_curvesLoader, &QFutureWatcher<TrainingCurves>::finished, this, [this] {
        // Only for the run still shown, and never over live curves.
        const TrainingCurves curves = m_curvesLoader.result();
        if (isShowingLive() || m_curvesFor != m_shown.dir || !m_shown.curves.isEmpty())
            return;
        m_shown.curves = curves;
        refreshShown();
        updateOutputs();
    });
    connect(m_runs, &RunsView::listed, this, &TrainingPage::onRunsListed);
    connect(m_runs, &RunsView::openRequested, this, [this](const RunRecord &r) { showRun(r.dir); });
    connect(m_runs, &RunsView::resumeRequested, this, [this](const QString &dir) {
        showRun(dir);
        resumeShown();
    });
    connect(m_runs, &RunsView::trainAgainRequested, this, &TrainingPage::trainAgain);
    connect(m_runs, &RunsView::openDatasetRequested, this, &TrainingPage::openDatasetRequested);
    connect(m_banner, &InterruptedRunBanner::resumeRequested, this, [this](const QString &dir) {
        showRun(dir);
        resumeShown();
    });
    connect(m_banner, &InterruptedRunBanner::showRequested, this, [this](const QString &dir) {
        showRun(dir);
        m_runs->selectRun(dir);
    });

    connect(m_request, &TrainingRequestModel::changed, this, &TrainingPage::updateButtons);
    connect(m_dataset, &DatasetController::summaryChanged, this, &TrainingPage::updateButtons);
    connect(m_dataset, &DatasetController::datasetReset, this, &TrainingPage::updateButtons);
    connect(m_dataset, &DatasetController::triggerPhraseChanged, this, &TrainingPage::updateOutputs);

    m_runs->setRunsRoot(m_controller->runsRoot());
    refreshShown();
    updateButtons();
    updateStats();
}

TrainingPage::~TrainingPage()
{
    // QAudioSink's destructor may spin the event loop (PulseAudio does): nothing may call back into
    // this page while its children go, so its inputs are cut first, then the player's panel goes
    // while everything else is still whole.
    for (QObject *sender : std::initializer_list<QObject *>{m_dataset, m_request, m_controller, m_runs, m_banner, &m_curvesLoader})
        disconnect(sender, nullptr, this, nullptr);
    m_tick->stop();
    m_diagnose->stop();
    m_curvesLoader.waitForFinished();
    delete m_previews;
}

void TrainingPage::setRunsRoot(const QString &root)
{
    m_controller->setRunsRoot(root);
    m_firstListing = true;
    m_runs->setRunsRoot(root);
}

QString TrainingPage::statusText() const { return m_status->text(); }
QString TrainingPage::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }
bool TrainingPage::isShowingLive() const { return m_controller->isBusy() && m_shown.dir == m_controller->runDir(); }

QString TrainingPage::trainDisabledReason() const
{
    if (m_controller->isBusy())
        return tr("A run is training; stop it before starting another.");
    if (!m_dataset->hasDataset())
        return tr("Open a dataset first (File ▸ Open, or drop a .zip onto the window).");
    if (!m_request->isValid())
        return tr("Fix the training settings: %1").arg(m_request->invalidReason());
    if (!m_request->baseProblem().isEmpty())
        return m_request->baseProblem();  // the settings' base model: never another one in its place
    FitOptions fit = m_dataset->fit();
    fit.bucketSeconds = m_request->request().audioDurationSeconds;
    fit.preservePitch = m_request->request().audioPreservePitch;
    const DatasetSummary s = summarizeDataset(m_dataset->dataset(), fit);
    if (s.usable == 0 || s.refused) {
        for (const Issue &i : s.datasetIssues)
            if (i.severity == Severity::Error)
                return tr("The dataset cannot be trained on: %1").arg(i.message);
        return tr("No pair fills the %1 s bucket (audio_duration_seconds): lower it in the settings, or fix the short clips.").arg(fit.bucketSeconds);
    }
    return {};
}

bool TrainingPage::train()
{
    const QString reason = trainDisabledReason();
    if (!reason.isEmpty()) {
        showError(reason);
        return false;
    }
    TrainingRequest request = m_request->request();
    // The trigger phrase the captions show (Captions and Fixes) is the one trained with.
    if (!m_dataset->dataset().triggerPhrase.isEmpty())
        request.triggerPhrase = m_dataset->dataset().triggerPhrase;
    QString error;
    if (!m_controller->start(m_dataset->dataset(), request, &error)) {
        showError(error);
        return false;
    }
    return true;
}

bool TrainingPage::resumeShown()
{
    QString error;
    if (m_shown.dir.isEmpty() || !m_controller->resume(m_shown.dir, &error)) {
        showError(error.isEmpty() ? tr("Choose a stopped or interrupted run in the history to resume.") : error);
        return false;
    }
    return true;
}

void TrainingPage::showRun(const QString &dir)
{
    if (dir == m_shown.dir && isShowingLive())
        return;
    m_shown = {};
    m_shown.dir = dir;
    if (m_controller->isBusy() && dir == m_controller->runDir()) {
        m_shown.curves = m_controller->curves();
        m_shown.totalSteps = m_controller->totalSteps();
    } else {
        // A long run's metrics take a moment to parse: off the GUI thread, shown when read.
        m_curvesFor = dir;
        m_curvesLoader.setFuture(QtConcurrent::run([dir] { return readRunCurves(dir); }));
    }
    readRun(dir, &m_shown.record);
    if (m_shown.totalSteps == 0)
        m_shown.totalSteps = m_shown.record.status.totalSteps;
    m_error->hide();
    if (m_shown.record.status.state == RunState::Failed && !m_shown.record.status.error.isEmpty())
        showError(tr("This run failed: %1").arg(m_shown.record.status.error));
    m_previews->clear();
    refreshShown();
    updateOutputs();
    updateButtons();
    updateStats();
}

void TrainingPage::refreshShown()
{
    m_chart->setCurves(m_shown.curves, m_shown.totalSteps);
    m_previews->setCurves(m_shown.curves, m_shown.totalSteps);
    if (!isShowingLive())
        updateDiagnosis();
    else if (!m_diagnose->isActive())
        m_diagnose->start();
    QString title = tr("Loss and held-out metric");
    if (!m_shown.dir.isEmpty())
        title = tr("%1 — %2").arg(QFileInfo(m_shown.dir).fileName(), isShowingLive() ? tr("training") : RunsView::stateText(m_shown.record));
    m_shownTitle->setText(title);
}

void TrainingPage::onRunStarted(const QString &dir, bool resumed)
{
    m_error->hide();
    m_shown = {};
    m_shown.dir = dir;
    readRun(dir, &m_shown.record);
    m_shown.curves = m_controller->curves();
    m_shown.totalSteps = m_controller->totalSteps();
    m_previews->clear();
    refreshShown();
    updateOutputs();
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Starting"));
    m_progress->show();
    setStatus(resumed ? tr("Resuming %1 from its newest checkpoint…").arg(QFileInfo(dir).fileName())
                      : tr("Starting: loading the base model and saving the dataset snapshot…"));
    m_runs->setBusyRun(dir);
    m_runs->refresh();
    m_tick->start();
    updateButtons();
    updateStats();
}

void TrainingPage::onSteps(const QList<StepReport> &steps)
{
    m_progress->hide();
    if (!isShowingLive() || steps.isEmpty())
        return;
    m_shown.curves = m_controller->curves();
    refreshShown();
    const StepReport &r = steps.last();
    m_runs->setLiveSteps(m_shown.dir, r.step, r.totalSteps);
    if (m_controller->isStopping())
        return;
    if (r.step % m_controller->validationEvery() == 0 || r.step == r.totalSteps)
        setStatus(tr("Validating at step %1: making the previews…").arg(r.step));
    else
        setStatus(tr("Training: step %1 of %2 · loss %3").arg(r.step).arg(r.totalSteps).arg(r.loss, 0, 'f', 4));
}

void TrainingPage::onValidation(const ValidationReport &report)
{
    if (!isShowingLive())
        return;
    m_shown.curves = m_controller->curves();
    refreshShown();
    updateDiagnosis();  // validations are rare and change the diagnosis most
    updateOutputs();
    if (report.step == 0 && !m_controller->isStopping())
        setStatus(report.heldOutRatio >= 0 ? tr("Baseline made (step 0, no LoRA; held-out metric %1). Training…").arg(report.heldOutRatio, 0, 'f', 2)
                                           : tr("Baseline made (step 0, no LoRA). Training…"));
}

void TrainingPage::onProgress(const QString &stage, qint64 done, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    } else {
        m_progress->setRange(0, 0);
    }
    const bool preparing = stage == QLatin1String("Preparing");
    m_progress->setFormat(preparing ? tr("Preparing %v of %m pairs") : tr("Saving the outputs"));
    m_progress->show();
    if (preparing && done >= total && total > 0) {
        m_progress->hide();
        setStatus(tr("Making the step-0 baseline preview (the base model without the LoRA)…"));
    } else if (preparing) {
        setStatus(tr("Preparing the pairs: fitting, resampling and encoding %1 of %2…").arg(done).arg(total));
    } else {
        setStatus(tr("Saving the LoRA, its config and the combined preview…"));
    }
}

void TrainingPage::onFinished(const TrainingResult &result, const QString &dir)
{
    m_tick->stop();
    m_progress->hide();
    m_runs->setBusyRun(QString());
    m_runs->refresh();
    if (m_shown.dir == dir) {
        m_shown.curves = m_controller->curves();
        readRun(dir, &m_shown.record);
        refreshShown();
    }
    switch (result.outcome) {
    case TrainingOutcome::Finished:
        setStatus(result.finalHeldOutRatio >= 0
                      ? tr("Finished: %1 steps; held-out metric %2 (1.0 = no better than the reference).").arg(result.stepsDone).arg(result.finalHeldOutRatio, 0, 'f', 2)
                      : tr("Finished: %1 steps.").arg(result.stepsDone));
        Q_EMIT loraReady(result.loraFile, usagePrompt());
        break;
    case TrainingOutcome::Stopped:
        setStatus(tr("Stopped after step %1; a checkpoint was saved. Resume continues from it.").arg(result.stepsDone));
        break;
    case TrainingOutcome::Failed:
        setStatus(tr("Training failed."));
        showError(tr("Training failed: %1\nEverything made so far (previews, checkpoints, curves) is kept in %2.").arg(result.error, dir));
        break;
    }
    Q_EMIT statusMessage(m_status->text());
    updateOutputs();
    updateButtons();
    updateStats();
}

void TrainingPage::onRunsListed()
{
    if (!std::exchange(m_firstListing, false))
        return;
    // At start-up: offer runs a crash interrupted, and show the newest run.
    m_banner->offer(m_runs->runs());
    if (!m_banner->offeredRun().isEmpty())
        Q_EMIT interruptedRunFound(m_banner->offeredRun());
    if (m_shown.dir.isEmpty() && !m_runs->runs().isEmpty() && !m_controller->isBusy())
        showRun(m_runs->runs().first().dir);
}

void TrainingPage::trainAgain(const RunRecord &run)
{
    TrainingRequest r = run.request;
    r.trainingDataUrl.clear();
    m_request->setRequest(r);
    if (m_dataset->hasDataset() && m_dataset->dataset().triggerPhrase != r.triggerPhrase)
        m_dataset->requestTriggerPhrase(r.triggerPhrase);
    setStatus(tr("Loaded the settings of %1 (rank %2, %3 steps, learning rate %4). Train uses the dataset open now; "
                 "\"Open Its Dataset\" opens the one that run trained on.")
                  .arg(run.name).arg(r.rank).arg(r.numberOfSteps).arg(r.learningRate));
    updateButtons();
}

void TrainingPage::updateButtons()
{
    const QString reason = trainDisabledReason();
    m_train->setEnabled(reason.isEmpty());
    m_train->setToolTip(reason.isEmpty() ? tr("Train an IC-LoRA on the dataset as curated here, with the training settings") : reason);
    m_reason->setText(m_controller->isBusy() ? QString() : reason);
    m_stop->setEnabled(m_controller->isBusy() && !m_controller->isStopping());
    const bool canResume = !m_controller->isBusy() && m_shown.record.canResume();
    m_resume->setEnabled(canResume);
    m_resume->setToolTip(canResume ? tr("Continue %1 from its newest checkpoint (step %2)").arg(m_shown.record.name).arg(m_shown.record.checkpointStep)
                                   : tr("Continue a stopped or interrupted run (choose one in the history)"));
}

void TrainingPage::updateStats()
{
    if (!m_controller->isBusy()) {
        m_stats->clear();
        return;
    }
    QStringList parts;
    if (m_controller->stepsPerSecond() > 0)
        parts << (m_controller->stepsPerSecond() >= 1 ? tr("%1 steps/s").arg(m_controller->stepsPerSecond(), 0, 'f', 1)
                                                      : tr("%1 s/step").arg(1.0 / m_controller->stepsPerSecond(), 0, 'f', 1));
    parts << tr("elapsed %1").arg(clock(m_controller->elapsedMs() / 1000.0));
    if (m_controller->etaSeconds() > 0)
        parts << tr("remaining ≈ %1").arg(clock(m_controller->etaSeconds()));
    m_stats->setText(parts.join(QStringLiteral(" · ")));
}

QString TrainingPage::usagePrompt() const
{
    // The validation prompts are the captions as trained (trigger phrase + caption style).
    for (const ValidationReport &v : m_shown.curves.validations)
        for (const PreviewClip &p : v.previews)
            if (!p.prompt.isEmpty())
                return p.prompt;
    return m_shown.record.request.triggerPhrase;
}

void TrainingPage::updateOutputs()
{
    const RunRecord &r = m_shown.record;
    m_openAudio->setEnabled(!r.audioFile.isEmpty());
    m_reveal->setEnabled(!m_shown.dir.isEmpty());
    const QString prompt = usagePrompt();
    QString text;
    if (!r.loraFile.isEmpty())
        text = prompt.isEmpty() ? tr("LoRA: %1").arg(QFileInfo(r.loraFile).fileName())
                                : tr("Use it with prompts like: “%1”, on reference clips of about %2 s.").arg(prompt.toHtmlEscaped()).arg(r.request.audioDurationSeconds);
    else if (!prompt.isEmpty())
        text = tr("Once trained, use it with prompts like: “%1”.").arg(prompt.toHtmlEscaped());
    m_usage->setText(text);
}

void TrainingPage::updateDiagnosis()
{
    DiagnosisInput in;
    in.curves = m_shown.curves;
    in.totalSteps = m_shown.totalSteps;
    in.learningRate = m_shown.record.request.learningRate;
    in.rank = m_shown.record.request.rank;
    m_diagnosis->setInput(in);
}

void TrainingPage::setStatus(const QString &text) { m_status->setText(text); }

void TrainingPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

}  // namespace a2a
