#include "TrainingSettingsPanel.h"

#include "AppSettings.h"
#include "BaseModelChooser.h"
#include "actions/RequestFileActions.h"
#include "DatasetController.h"
#include "InlineError.h"
#include "RequestFieldHelp.h"
#include "EstimateView.h"
#include "ValidationEntriesEditor.h"
#include "controllers/EstimateController.h"
#include "models/PromptSuggestion.h"
#include "models/TrainingRequestModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

#include <cmath>

namespace a2a {
namespace {

const QString kSettingsKey = QStringLiteral("training/request");

// Spin boxes accept values beyond the service's range so that a wrong value can be shown and
// explained instead of silently clamped.
QSpinBox *intSpin(QWidget *parent, int lo, int hi, int step, const QString &suffix = {})
{
    auto *s = new QSpinBox(parent);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    s->setSuffix(suffix);
    s->setGroupSeparatorShown(false);
    return s;
}

QDoubleSpinBox *doubleSpin(QWidget *parent, double lo, double hi, double step, int decimals, const QString &suffix = {})
{
    auto *s = new QDoubleSpinBox(parent);
    s->setRange(lo, hi);
    s->setSingleStep(step);
    s->setDecimals(decimals);
    s->setSuffix(suffix);
    return s;
}

QString learningRateText(double v) { return QString::number(v, 'g', 6); }

}  // namespace

TrainingSettingsPanel::TrainingSettingsPanel(TrainingRequestModel *model, DatasetController *dataset, QWidget *parent)
    : QWidget(parent), m_model(model), m_dataset(dataset), m_estimator(new EstimateController(this))
{
    m_files = new RequestFileActions(this, m_model, m_dataset);
    connect(m_files, &RequestFileActions::message, this, &TrainingSettingsPanel::showMessage);
    connect(m_files, &RequestFileActions::imported, this, [this] {
        // The file's values replace whatever the fields held, unreadable text included.
        m_model->setInputError(QStringLiteral("learning_rate"), QString());
        m_learningRate->setText(learningRateText(m_model->request().learningRate));
    });

    buildForm();
    setBlasInfo(detectBlas());

    // The last settings, then what the dataset controller holds (it is the truth for the trigger
    // phrase and the bucket).
    const QByteArray saved = settings::bytes(kSettingsKey);
    QString ignored;
    if (!saved.isEmpty())
        m_model->loadJson(saved, &ignored);
    syncFromDataset();
    checkValidationFiles();
    refreshFields();
    refreshErrors();

    connect(m_model, &TrainingRequestModel::changed, this, &TrainingSettingsPanel::onModelChanged);
    connect(m_dataset, &DatasetController::datasetReset, this, &TrainingSettingsPanel::syncFromDataset);
    connect(m_dataset, &DatasetController::triggerPhraseChanged, this, &TrainingSettingsPanel::syncFromDataset);
    connect(m_dataset, &DatasetController::fitChanged, this, &TrainingSettingsPanel::syncFromDataset);
    connect(m_dataset, &DatasetController::summaryChanged, this, [this] {
        m_validation->setSuggestedPrompt(suggestedPrompt(m_dataset->dataset()));
        requestEstimate();  // the held-out pair depends on how many pairs are usable
    });
    connect(m_estimateView, &EstimateView::estimateRequested, this, &TrainingSettingsPanel::estimateNow);

    // The base model chosen last time; a checkpoint's header is read again (the file may have changed).
    connect(m_base, &BaseModelChooser::baseModelChanged, this, &TrainingSettingsPanel::baseModelChanged);
    connect(m_base, &BaseModelChooser::textEncoderChanged, this, &TrainingSettingsPanel::textEncoderChanged);
    connect(m_base, &BaseModelChooser::changed, this, &TrainingSettingsPanel::onBaseChanged);
    m_base->restoreLastChoice();
}

TrainingSettingsPanel::~TrainingSettingsPanel() = default;

void TrainingSettingsPanel::buildForm()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    m_blasWarning = new QLabel(this);
    m_blasWarning->setWordWrap(true);
    m_blasWarning->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_blasWarning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0b000; padding: 4px; }"));
    m_blasWarning->hide();
    outer->addWidget(m_blasWarning);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    auto *v = new QVBoxLayout(content);
    v->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(content);
    outer->addWidget(scroll, 1);

    auto group = [&](const QString &title) {
        auto *box = new QGroupBox(title, content);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::WrapLongRows);  // a narrow dock puts labels above their fields
        v->addWidget(box);
        return form;
    };

    // Request JSON first, in the scrolled part: it never makes a narrow dock wider.
    auto *files = new QHBoxLayout;
    auto *importButton = new QPushButton(tr("Import JSON…"), content);
    auto *exportButton = new QPushButton(tr("Export JSON…"), content);
    importButton->setToolTip(importAction()->toolTip());
    exportButton->setToolTip(exportAction()->toolTip());
    connect(importButton, &QPushButton::clicked, importAction(), &QAction::trigger);
    connect(exportButton, &QPushButton::clicked, exportAction(), &QAction::trigger);
    files->addWidget(new QLabel(tr("Request:"), content));
    files->addWidget(importButton);
    files->addWidget(exportButton);
    files->addStretch(1);
    v->addLayout(files);

    QFormLayout *data = group(tr("Dataset"));
    m_trigger = new QLineEdit(this);
    m_trigger->setPlaceholderText(tr("e.g. tonech4nge"));
    m_trigger->setClearButtonEnabled(true);
    addField(data, QStringLiteral("trigger_phrase"), m_trigger);
    m_source = new QLabel(this);
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_source->setToolTip(tr("training_data_url: the dataset the window trains is the one open; an exported request names it"));
    data->addRow(tr("Data:"), m_source);

    QFormLayout *training = group(tr("Training"));
    m_base = new BaseModelChooser(this);  // first: the base model everything below is trained on
    m_base->addRowsTo(training);
    m_rank = new QComboBox(this);
    for (int r : RequestLimits::allowedRanks())
        m_rank->addItem(QString::number(r), r);
    addField(training, QStringLiteral("rank"), m_rank);
    m_steps = intSpin(this, 0, 1000000, 100);
    addField(training, QStringLiteral("number_of_steps"), m_steps);
    m_learningRate = new QLineEdit(this);
    addField(training, QStringLiteral("learning_rate"), m_learningRate);

    QFormLayout *audio = group(tr("Audio"));
    m_bucket = doubleSpin(this, 0.0, 600.0, 0.5, 2, tr(" s"));
    m_bucket->setKeyboardTracking(false);  // every pair's status follows it: apply when typed out
    addField(audio, QStringLiteral("audio_duration_seconds"), m_bucket);
    m_normalize = new QCheckBox(tr("Peak-normalize each clip"), this);
    addField(audio, QStringLiteral("audio_normalize"), m_normalize);
    m_pitch = new QCheckBox(tr("Stretch slightly long clips instead of trimming"), this);
    addField(audio, QStringLiteral("audio_preserve_pitch"), m_pitch);

    QFormLayout *validation = group(tr("Validation previews"));
    m_validation = new ValidationEntriesEditor(m_dataset, this);
    addField(validation, QStringLiteral("validation"), m_validation);
    m_negative = new QPlainTextEdit(this);
    m_negative->setTabChangesFocus(true);
    m_negative->setFixedHeight(m_negative->fontMetrics().lineSpacing() * 3 + 12);
    auto *resetNegative = new QPushButton(tr("Default"), this);
    resetNegative->setToolTip(tr("Put back the built-in negative prompt"));
    addField(validation, QStringLiteral("validation_negative_prompt"), m_negative, resetNegative);
    m_frameRate = intSpin(this, 1, 240, 1, tr(" fps"));
    m_previewLength = new QLabel(this);
    addField(validation, QStringLiteral("validation_frame_rate"), m_frameRate, m_previewLength);
    m_stg = doubleSpin(this, -10.0, 10.0, 0.1, 2);
    addField(validation, QStringLiteral("stg_scale"), m_stg);

    QFormLayout *advanced = group(tr("Advanced"));
    m_split = new QCheckBox(tr("Split inputs into scenes"), this);
    addField(advanced, QStringLiteral("split_input_into_scenes"), m_split);
    m_splitThreshold = doubleSpin(this, 0.0, 600.0, 1.0, 1, tr(" s"));
    addField(advanced, QStringLiteral("split_input_duration_threshold"), m_splitThreshold);
    m_debug = new QCheckBox(tr("Write debug_dataset.zip"), this);
    addField(advanced, QStringLiteral("debug_dataset"), m_debug);
    v->addStretch(1);

    // Below the scrolled form: what the run will cost, whether it can start, import/export.
    auto *estimateBox = new QGroupBox(tr("Before you train"), this);
    auto *ev = new QVBoxLayout(estimateBox);
    m_estimateView = new EstimateView(m_estimator, estimateBox);
    m_validity = new QLabel(estimateBox);
    m_validity->setWordWrap(true);
    ev->addWidget(m_estimateView);
    ev->addWidget(m_validity);
    outer->addWidget(estimateBox);

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    outer->addWidget(m_message);

    // Edits → the model.
    connect(m_trigger, &QLineEdit::editingFinished, this, [this] {
        const QString phrase = m_trigger->text().simplified();
        if (m_dataset->hasDataset())
            m_dataset->requestTriggerPhrase(phrase);  // undoable; the request follows the dataset
        else
            edit([&](TrainingRequest &r) { r.triggerPhrase = phrase; });
    });
    connect(m_rank, &QComboBox::activated, this, [this](int i) { edit([&](TrainingRequest &r) { r.rank = m_rank->itemData(i).toInt(); }); });
    connect(m_steps, &QSpinBox::valueChanged, this, [this](int n) { edit([&](TrainingRequest &r) { r.numberOfSteps = n; }); });
    connect(m_learningRate, &QLineEdit::textEdited, this, &TrainingSettingsPanel::onLearningRateEdited);
    connect(m_bucket, &QDoubleSpinBox::valueChanged, this, [this](double s) { edit([&](TrainingRequest &r) { r.audioDurationSeconds = s; }); });
    connect(m_normalize, &QCheckBox::toggled, this, [this](bool on) { edit([&](TrainingRequest &r) { r.audioNormalize = on; }); });
    connect(m_pitch, &QCheckBox::toggled, this, [this](bool on) { edit([&](TrainingRequest &r) { r.audioPreservePitch = on; }); });
    connect(m_validation, &ValidationEntriesEditor::entriesChanged, this,
            [this](const QList<ValidationEntry> &entries) { edit([&](TrainingRequest &r) { r.validation = entries; }); });
    connect(m_validation, &ValidationEntriesEditor::problem, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_negative, &QPlainTextEdit::textChanged, this, [this] {
        edit([&](TrainingRequest &r) { r.validationNegativePrompt = m_negative->toPlainText(); });
    });
    connect(resetNegative, &QPushButton::clicked, this, [this] {
        edit([](TrainingRequest &r) { r.validationNegativePrompt = defaultNegativePrompt(); });
    });
    connect(m_frameRate, &QSpinBox::valueChanged, this, [this](int fps) { edit([&](TrainingRequest &r) { r.validationFrameRate = fps; }); });
    connect(m_stg, &QDoubleSpinBox::valueChanged, this, [this](double s) { edit([&](TrainingRequest &r) { r.stgScale = s; }); });
    connect(m_split, &QCheckBox::toggled, this, [this](bool on) { edit([&](TrainingRequest &r) { r.splitInputIntoScenes = on; }); });
    connect(m_splitThreshold, &QDoubleSpinBox::valueChanged, this,
            [this](double s) { edit([&](TrainingRequest &r) { r.splitInputDurationThreshold = s; }); });
    connect(m_debug, &QCheckBox::toggled, this, [this](bool on) { edit([&](TrainingRequest &r) { r.debugDataset = on; }); });
}

QWidget *TrainingSettingsPanel::addField(QFormLayout *form, const QString &field, QWidget *editor, QWidget *extra)
{
    const FieldHelp help = requestFieldHelp(field);
    auto *row = new QWidget(this);
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->addWidget(editor, 1);
    if (extra)
        line->addWidget(extra);
    v->addLayout(line);
    auto *hint = new QLabel(help.hint, row);
    hint->setEnabled(false);  // grey: the default and range, always visible
    v->addWidget(hint);
    QLabel *error = makeInlineErrorLabel(row);
    v->addWidget(error);
    auto *label = new QLabel(help.label, this);
    label->setBuddy(editor);
    label->setToolTip(help.tooltip);
    editor->setToolTip(help.tooltip);
    editor->setObjectName(field);
    form->addRow(label, row);
    m_editors.insert(field, editor);
    m_errorLabels.insert(field, error);
    return row;
}

void TrainingSettingsPanel::edit(const std::function<void(TrainingRequest &)> &change)
{
    if (m_updating)
        return;
    TrainingRequest r = m_model->request();
    change(r);
    m_model->setRequest(r);
}

void TrainingSettingsPanel::onLearningRateEdited(const QString &text)
{
    bool ok = false;
    const double v = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok || !std::isfinite(v)) {
        m_model->setInputError(QStringLiteral("learning_rate"),
                               tr("learning_rate \"%1\" is not a number: write it as 0.0002 or 2e-4").arg(text.trimmed()));
        return;
    }
    m_model->setInputError(QStringLiteral("learning_rate"), QString());
    edit([&](TrainingRequest &r) { r.learningRate = v; });
}

void TrainingSettingsPanel::onModelChanged()
{
    syncToDataset();
    checkValidationFiles();
    refreshFields();
    refreshErrors();
    settings::setBytes(kSettingsKey, m_model->toJson());
    requestEstimate();
}

void TrainingSettingsPanel::refreshFields()
{
    const TrainingRequest &r = m_model->request();
    const QScopedValueRollback<bool> guard(m_updating, true);
    if (m_trigger->text().simplified() != r.triggerPhrase.simplified() && !m_trigger->hasFocus())
        m_trigger->setText(r.triggerPhrase);
    if (m_dataset->hasDataset() || r.trainingDataUrl.isEmpty())
        m_source->setText(r.trainingDataUrl.isEmpty() ? tr("the dataset you open") : QDir::toNativeSeparators(r.trainingDataUrl));
    else
        m_source->setText(tr("%1 (not open: the window trains the dataset it has open)").arg(QDir::toNativeSeparators(r.trainingDataUrl)));
    int rankIndex = m_rank->findData(r.rank);
    if (rankIndex < 0) {  // a value the service refuses, from an outside setRequest(): show it, with its error
        m_rank->addItem(tr("%1 (not allowed)").arg(r.rank), r.rank);
        rankIndex = m_rank->count() - 1;
    }
    m_rank->setCurrentIndex(rankIndex);
    m_steps->setValue(r.numberOfSteps);
    // Text the user typed that is not a number stays, with its error, until they fix it.
    bool ok = false;
    const double shown = QLocale::c().toDouble(m_learningRate->text().trimmed(), &ok);
    if (ok ? shown != r.learningRate : m_learningRate->text().trimmed().isEmpty())
        m_learningRate->setText(learningRateText(r.learningRate));
    m_bucket->setValue(r.audioDurationSeconds);
    m_normalize->setChecked(r.audioNormalize);
    m_pitch->setChecked(r.audioPreservePitch);
    m_validation->setEntries(r.validation);
    if (m_negative->toPlainText() != r.validationNegativePrompt)
        m_negative->setPlainText(r.validationNegativePrompt);
    m_frameRate->setValue(r.validationFrameRate);
    m_previewLength->setText(tr("preview %1 s").arg(r.previewSeconds(), 0, 'f', 2));
    m_stg->setValue(r.stgScale);
    m_split->setChecked(r.splitInputIntoScenes);
    m_splitThreshold->setValue(r.splitInputDurationThreshold);
    m_debug->setChecked(r.debugDataset);
}

void TrainingSettingsPanel::refreshErrors()
{
    QMap<QString, QStringList> byField;
    QMap<int, QStringList> byEntry;
    for (const RequestError &e : m_model->errors()) {
        static const QRegularExpression entry(QStringLiteral("^validation\\[(\\d+)\\]"));
        const QRegularExpressionMatch m = entry.match(e.field);
        if (m.hasMatch())
            byEntry[m.captured(1).toInt()] << e.message;
        else
            byField[e.field] << e.message;
    }
    for (auto it = m_errorLabels.begin(); it != m_errorLabels.end(); ++it)
        showInlineError(it.value(), byField.value(it.key()));
    for (int i = 0; i < m_validation->count(); ++i)
        m_validation->setErrors(i, byEntry.value(i));
    const QList<RequestError> errors = m_model->errors();
    const QString baseProblem = m_model->baseProblem();
    if (!errors.isEmpty())
        m_validity->setText(tr("Cannot train yet: %1").arg(errors.first().message)
                            + (errors.size() > 1 ? tr(" (and %n more)", nullptr, int(errors.size() - 1)) : QString()));
    else if (!baseProblem.isEmpty())
        m_validity->setText(tr("Cannot train yet: %1").arg(baseProblem));
    else
        m_validity->setText(tr("Settings are valid."));
    m_validity->setStyleSheet(errors.isEmpty() && baseProblem.isEmpty() ? QString() : QStringLiteral("QLabel { color: #d32f2f; }"));
}

void TrainingSettingsPanel::syncFromDataset()
{
    TrainingRequest r = m_model->request();
    const FitOptions &fit = m_dataset->fit();
    r.audioDurationSeconds = fit.bucketSeconds;
    r.audioPreservePitch = fit.preservePitch;
    if (m_dataset->hasDataset()) {
        r.triggerPhrase = m_dataset->dataset().triggerPhrase;
        const QString source = m_dataset->dataset().source;
        r.trainingDataUrl = source;
    }
    m_trigger->setToolTip(requestFieldHelp(QStringLiteral("trigger_phrase")).tooltip);
    m_validation->setSuggestedPrompt(suggestedPrompt(m_dataset->dataset()));
    m_model->setRequest(r);
}

// A local validation clip that is not there fails the run only after preparing: say so now.
void TrainingSettingsPanel::checkValidationFiles()
{
    const QList<ValidationEntry> &entries = m_model->request().validation;
    for (int i = 0; i < RequestLimits::kMaxValidationEntries; ++i) {
        const QString field = QStringLiteral("validation[%1].reference_audio_url").arg(i);
        QString message;
        const QString ref = i < entries.size() ? entries[i].referenceAudioUrl.trimmed() : QString();
        const bool local = !ref.isEmpty() && (!ref.contains(QLatin1String("://")) || ref.startsWith(QLatin1String("file://")));
        const QString path = ref.startsWith(QLatin1String("file://")) ? QUrl(ref).toLocalFile() : ref;
        if (local && !QFileInfo(path).isFile())
            message = tr("%1: %2 does not exist; choose another clip").arg(field, QDir::toNativeSeparators(path));
        m_model->setInputError(field, message);
    }
}

void TrainingSettingsPanel::syncToDataset()
{
    const TrainingRequest &r = m_model->request();
    const bool bucketValid = r.audioDurationSeconds >= RequestLimits::kMinDuration && r.audioDurationSeconds <= RequestLimits::kMaxDuration;
    FitOptions fit = m_dataset->fit();
    if (bucketValid && (fit.bucketSeconds != r.audioDurationSeconds || fit.preservePitch != r.audioPreservePitch)) {
        fit.bucketSeconds = r.audioDurationSeconds;
        fit.preservePitch = r.audioPreservePitch;
        m_dataset->setFitOptions(fit);
    }
    if (m_dataset->hasDataset() && r.triggerPhrase.simplified() != m_dataset->dataset().triggerPhrase)
        m_dataset->requestTriggerPhrase(r.triggerPhrase);  // e.g. an imported request: one undoable edit
}

void TrainingSettingsPanel::requestEstimate()
{
    if (m_trainingActive || !isEnabled())
        return;
    if (!m_model->isValid()) {
        m_estimator->cancel();
        m_estimateView->showNote(tr("Fix the settings above to get an estimate"));
        m_estimateBlocked = true;
        return;
    }
    if (!m_model->baseProblem().isEmpty()) {
        m_estimator->cancel();
        m_estimateView->showNote(tr("No estimate: Train cannot use this base model (see Base model above)"));
        m_estimateBlocked = true;
        return;
    }
    if (m_estimateBlocked) {  // the reason shown is gone (e.g. the text encoder folder now fits)
        m_estimateBlocked = false;
        if (!m_estimator->isBusy() && !m_estimator->hasEstimate())
            m_estimateView->showNote(tr("No estimate yet"));
    }
    // Automatic measurements wait for a dataset: without one there is nothing to train yet.
    if (m_dataset->hasDataset() || m_estimator->hasEstimate() || m_estimator->isBusy())
        m_estimator->settingsChanged(m_model->request(), hasHeldOutPair(m_dataset->summary().usable));
}

void TrainingSettingsPanel::estimateNow()
{
    if (!m_model->isValid()) {
        m_estimateView->showNote(tr("Fix the settings above to get an estimate"));
        m_estimateBlocked = true;
        return;
    }
    if (!m_model->baseProblem().isEmpty()) {
        m_estimateView->showNote(tr("No estimate: Train cannot use this base model (see Base model above)"));
        m_estimateBlocked = true;
        return;
    }
    m_estimateBlocked = false;
    m_estimator->estimateNow(m_model->request(), hasHeldOutPair(m_dataset->summary().usable));
}

void TrainingSettingsPanel::setTrainingActive(bool active)
{
    m_trainingActive = active;
    if (active)
        m_estimator->cancel();
    m_estimateView->estimateButton()->setEnabled(!active);
}

// The chooser's base model → the estimate and the model's base problem (Train reads it).
void TrainingSettingsPanel::onBaseChanged()
{
    m_estimator->setBasePath(m_base->effectiveBasePath());
    m_estimator->setTextEncoderPath(m_base->effectiveTextEncoderPath());
    const QString reason = m_base->blockingReason();
    if (reason != m_model->baseProblem())
        m_model->setBaseProblem(reason);  // the model's changed() asks for an estimate
    else
        requestEstimate();
}

void TrainingSettingsPanel::setBasePath(const QString &path)
{
    m_estimator->setBasePath(path);
    requestEstimate();
}

void TrainingSettingsPanel::setBlasInfo(const BlasInfo &info)
{
    m_blasWarning->setVisible(!info.isOptimized);
    m_blasWarning->setText(info.library.isEmpty()
                               ? tr("No system BLAS was found: training needs one. Install OpenBLAS: apt-get install libopenblas0-pthread")
                               : tr("Training will be about 30× slower than it should: the slow reference BLAS (%1) is in use. "
                                    "Install OpenBLAS: apt-get install libopenblas0-pthread")
                                     .arg(info.library));
}

void TrainingSettingsPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #d32f2f; }") : QString());
    m_message->setVisible(!text.isEmpty());
    Q_EMIT statusMessage(text.section(QLatin1Char('\n'), 0, 0));
    if (error)
        Q_EMIT revealRequested();
}

QString TrainingSettingsPanel::messageText() const { return m_message->text(); }

QLabel *TrainingSettingsPanel::estimateLabel() const { return m_estimateView->summaryLabel(); }

QPushButton *TrainingSettingsPanel::estimateButton() const { return m_estimateView->estimateButton(); }

bool TrainingSettingsPanel::importFrom(const QString &path) { return m_files->importFrom(path); }

bool TrainingSettingsPanel::exportTo(const QString &path) { return m_files->exportTo(path); }

QAction *TrainingSettingsPanel::importAction() const { return m_files->importAction(); }

QAction *TrainingSettingsPanel::exportAction() const { return m_files->exportAction(); }

}  // namespace a2a
