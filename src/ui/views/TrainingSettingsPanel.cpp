#include "TrainingSettingsPanel.h"

#include "AppSettings.h"
#include "actions/RequestFileActions.h"
#include "DatasetController.h"
#include "InlineError.h"
#include "RequestFieldHelp.h"
#include "EstimateView.h"
#include "ValidationEntriesEditor.h"
#include "controllers/EstimateController.h"
#include "model/DefaultBaseModel.h"
#include "model/SafetensorsFile.h"  // torch-free
#include "models/PromptSuggestion.h"
#include "models/TrainingRequestModel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>
#include <set>

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
    const settings::BaseModelChoice base = settings::baseModelChoice();
    m_baseCheckpoint = base.path;
    m_baseIsCheckpoint = base.checkpoint;
    m_textEncoder = settings::textEncoderFolder();
    applyBase();
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
    QWidget *baseRow = buildBaseRow();  // first: the base model everything below is trained on
    auto *baseLabel = new QLabel(tr("Base &model:"), this);
    training->addRow(baseLabel, baseRow);
    baseLabel->setBuddy(m_baseChoice);
    baseLabel->setToolTip(m_baseChoice->toolTip());
    QWidget *encoderRow = buildTextEncoderRow(this);  // a checkpoint's Gemma-3 folder, under its file
    m_encoderLabel = new QLabel(tr("Text encoder:"), this);
    m_encoderLabel->setBuddy(m_encoderPathEdit);
    m_encoderLabel->setToolTip(m_encoderPathEdit->toolTip());
    m_encoderLabel->hide();
    training->addRow(m_encoderLabel, encoderRow);
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

// The base model row: a choice, and for a checkpoint its file, what its header holds, the memory
// a run on it needs and why it cannot train. Kept to a few short lines for a narrow dock.
QWidget *TrainingSettingsPanel::buildBaseRow()
{
    auto *row = new QWidget(this);
    auto *v = new QVBoxLayout(row);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    m_baseChoice = new QComboBox(row);
    m_baseChoice->setObjectName(QStringLiteral("base_model"));
    m_baseChoice->addItem(tr("Embedded default model"));
    m_baseChoice->addItem(tr("LTX-2.3 checkpoint…"));
    m_baseChoice->setToolTip(tr("The base model Train, the estimate and Try it use. The embedded default model ships with "
                                "A2A Studio; an LTX-2.3 checkpoint is a .safetensors file such as ltx-2.3-22b-dev.safetensors."));
    v->addWidget(m_baseChoice);

    m_baseFileRow = new QWidget(row);
    auto *line = new QHBoxLayout(m_baseFileRow);
    line->setContentsMargins(0, 0, 0, 0);
    m_basePathEdit = new QLineEdit(m_baseFileRow);
    m_basePathEdit->setPlaceholderText(tr("ltx-2.3-22b-dev.safetensors"));
    m_basePathEdit->setToolTip(tr("The LTX-2.3 checkpoint file (.safetensors); only its header is read to check it"));
    m_baseBrowse = new QPushButton(tr("Browse…"), m_baseFileRow);
    m_baseBrowse->setToolTip(tr("Choose an LTX-2.3 checkpoint file"));
    line->addWidget(m_basePathEdit, 1);
    line->addWidget(m_baseBrowse);
    v->addWidget(m_baseFileRow);

    auto label = [row] {
        auto *l = new QLabel(row);
        l->setWordWrap(true);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->hide();
        return l;
    };
    m_baseStatus = label();
    m_baseMemory = label();
    m_baseError = makeInlineErrorLabel(row);
    v->addWidget(m_baseStatus);
    v->addWidget(m_baseMemory);
    v->addWidget(m_baseError);

    connect(m_baseChoice, &QComboBox::activated, this, [this](int index) {
        if (index == 0)
            useEmbeddedBase();
        else if (m_baseCheckpoint.isEmpty())
            chooseBaseFile();
        else
            useBaseCheckpoint(m_baseCheckpoint);
    });
    connect(m_baseBrowse, &QPushButton::clicked, this, &TrainingSettingsPanel::chooseBaseFile);
    connect(m_basePathEdit, &QLineEdit::editingFinished, this, [this] {
        const QString path = QDir::fromNativeSeparators(m_basePathEdit->text().trimmed());
        if (m_baseIsCheckpoint && path != m_baseCheckpoint)
            useBaseCheckpoint(path);
    });
    connect(&m_baseInspection, &QFutureWatcher<LtxCheckpointReport>::finished, this, [this] {
        const LtxCheckpointReport report = m_baseInspection.result();
        if (m_baseIsCheckpoint && report.path == m_baseCheckpoint)  // not a file chosen before
            showBaseReport(report);
    });
    return row;
}

void TrainingSettingsPanel::chooseBaseFile()
{
    const QString start = !m_baseCheckpoint.isEmpty() ? QFileInfo(m_baseCheckpoint).absolutePath() : settings::lastDirectory();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose an LTX-2.3 Checkpoint"), start,
                                                      tr("Safetensors checkpoints (*.safetensors);;All files (*)"));
    if (path.isEmpty()) {
        const QSignalBlocker blocker(m_baseChoice);
        m_baseChoice->setCurrentIndex(m_baseIsCheckpoint ? 1 : 0);  // cancelled: the choice stays as it was
        return;
    }
    useBaseCheckpoint(path);
}

void TrainingSettingsPanel::useEmbeddedBase()
{
    m_baseIsCheckpoint = false;
    applyBase();
}

void TrainingSettingsPanel::useBaseCheckpoint(const QString &path)
{
    m_baseIsCheckpoint = true;
    m_baseCheckpoint = QDir::fromNativeSeparators(path.trimmed());
    applyBase();
}

QString TrainingSettingsPanel::effectiveBasePath() const { return m_baseIsCheckpoint ? m_baseCheckpoint : defaultBaseModelPath(); }

void TrainingSettingsPanel::applyBase()
{
    settings::setBaseModelChoice({m_baseIsCheckpoint, m_baseCheckpoint});
    {
        const QSignalBlocker blocker(m_baseChoice);
        m_baseChoice->setCurrentIndex(m_baseIsCheckpoint ? 1 : 0);
    }
    if (QDir::fromNativeSeparators(m_basePathEdit->text().trimmed()) != m_baseCheckpoint)
        m_basePathEdit->setText(QDir::toNativeSeparators(m_baseCheckpoint));
    m_baseFileRow->setVisible(m_baseIsCheckpoint);
    for (QLabel *l : {m_baseStatus, m_baseMemory, m_baseError}) {
        l->clear();
        l->setToolTip(QString());
        l->hide();
    }
    m_estimator->setBasePath(effectiveBasePath());

    const QString path = m_baseCheckpoint;
    QString problem;
    if (!m_baseIsCheckpoint) {
        // The embedded default: nothing to check here (Train reports a missing install itself).
    } else if (path.isEmpty()) {
        problem = tr("Choose the LTX-2.3 checkpoint file (Browse…), or use the embedded default model.");
        showInlineError(m_baseError, {problem});
    } else if (!QFileInfo(path).isFile()) {
        problem = tr("%1 does not exist: choose the checkpoint file again, or use the embedded default model.").arg(QDir::toNativeSeparators(path));
        showInlineError(m_baseError, {problem});
    } else {
        problem = tr("The base model is still being checked.");
        m_baseStatus->setText(tr("Reading the checkpoint's header…"));
        m_baseStatus->show();
        m_baseInspection.setFuture(QtConcurrent::run([path] { return inspectLtxCheckpoint(path); }));
    }
    m_checkpointProblem = problem;
    Q_EMIT baseModelChanged(m_baseIsCheckpoint, m_baseIsCheckpoint ? path : QString());
    applyTextEncoder();  // its check compares with this checkpoint
}

void TrainingSettingsPanel::showBaseReport(const LtxCheckpointReport &report)
{
    const QString full = formatLtxCheckpointReport(report).trimmed();
    for (QLabel *l : {m_baseStatus, m_baseMemory, m_baseError})
        l->setToolTip(full);
    const QStringList problems = report.problems();
    if (!report.error.isEmpty() || !report.trainable()) {
        const QString why = problems.isEmpty() ? tr("it does not hold every part training needs") : problems.first();
        const QString text = tr("Not a usable LTX-2.3 checkpoint: %1").arg(why);  // the problems name the file
        m_baseStatus->hide();
        m_baseMemory->hide();
        showInlineError(m_baseError, {text});
        m_checkpointProblem = text;
        updateBaseProblem();
        return;
    }
    QStringList parts{tr("%1 × %2").arg(report.transformer.numLayers).arg(report.transformer.innerDim())};
    const LtxGroupReport *encoder = report.group(LtxGroup::VaeEncoder), *decoder = report.group(LtxGroup::VaeDecoder);
    if ((encoder && encoder->found > 0) || (decoder && decoder->found > 0))
        parts << tr("audio VAE");
    if (const LtxGroupReport *vocoder = report.group(LtxGroup::Vocoder); vocoder && vocoder->found > 0)
        parts << tr("vocoder");
    const QString layout = parts.join(QStringLiteral(", "));
    m_baseStatus->setText(problems.isEmpty() ? tr("LTX-2.3 layout: %1 — complete").arg(layout)
                                             : tr("LTX-2.3 layout: %1 — %2").arg(layout, problems.first()));
    m_baseStatus->show();
    m_baseMemory->setText(tr("Memory for a run: %1").arg(report.memory.summary()));
    m_baseMemory->show();
    showInlineError(m_baseError, {});
    m_checkpointProblem.clear();
    updateBaseProblem();  // the text encoder folder may still have something to say
}

// The Gemma-3 folder row (the form's "Text encoder:" row, under the checkpoint's lines): the folder,
// Browse…, then one line of what the check found (or its red error).
QWidget *TrainingSettingsPanel::buildTextEncoderRow(QWidget *parent)
{
    m_encoderRow = new QWidget(parent);
    auto *v = new QVBoxLayout(m_encoderRow);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    m_encoderPathEdit = new QLineEdit(m_encoderRow);
    m_encoderPathEdit->setObjectName(QStringLiteral("text_encoder"));
    m_encoderPathEdit->setPlaceholderText(tr("gemma-3-12b folder"));
    const QString tip = tr("The Gemma-3 text encoder folder the LTX-2.3 checkpoint was made for: config.json, tokenizer.model and "
                           "model.safetensors (or model.safetensors.index.json with its shards)");
    m_encoderPathEdit->setToolTip(tip);
    m_encoderBrowse = new QPushButton(tr("Browse…"), m_encoderRow);
    m_encoderBrowse->setToolTip(tr("Choose the Gemma-3 text encoder folder"));
    line->addWidget(m_encoderPathEdit, 1);
    line->addWidget(m_encoderBrowse);
    v->addLayout(line);
    m_encoderStatus = new QLabel(m_encoderRow);
    m_encoderStatus->setWordWrap(true);
    m_encoderStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_encoderStatus->hide();
    m_encoderError = makeInlineErrorLabel(m_encoderRow);
    v->addWidget(m_encoderStatus);
    v->addWidget(m_encoderError);
    m_encoderRow->hide();

    connect(m_encoderBrowse, &QPushButton::clicked, this, &TrainingSettingsPanel::chooseTextEncoderFolder);
    connect(m_encoderPathEdit, &QLineEdit::editingFinished, this, [this] {
        const QString folder = QDir::fromNativeSeparators(m_encoderPathEdit->text().trimmed());
        if (folder != m_textEncoder)
            useTextEncoderFolder(folder);
    });
    connect(&m_encoderInspection, &QFutureWatcher<TextEncoderFolderCheck>::finished, this, [this] {
        const TextEncoderFolderCheck check = m_encoderInspection.result();
        if (m_baseIsCheckpoint && check.folder == m_textEncoder && check.checkpoint == m_baseCheckpoint)  // not an older choice
            showTextEncoderCheck(check);
    });
    return m_encoderRow;
}

void TrainingSettingsPanel::chooseTextEncoderFolder()
{
    const QString start = !m_textEncoder.isEmpty()        ? m_textEncoder
                          : !m_baseCheckpoint.isEmpty() ? QFileInfo(m_baseCheckpoint).absolutePath()
                                                        : settings::lastDirectory();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Gemma-3 Text Encoder Folder"), start);
    if (!folder.isEmpty())
        useTextEncoderFolder(folder);
}

void TrainingSettingsPanel::useTextEncoderFolder(const QString &folder)
{
    QString f = QDir::fromNativeSeparators(folder.trimmed());
    while (f.size() > 1 && f.endsWith(QLatin1Char('/')))
        f.chop(1);
    m_textEncoder = f;
    applyTextEncoder();
}

void TrainingSettingsPanel::applyTextEncoder()
{
    settings::setTextEncoderFolder(m_textEncoder);
    if (QDir::fromNativeSeparators(m_encoderPathEdit->text().trimmed()) != m_textEncoder)
        m_encoderPathEdit->setText(QDir::toNativeSeparators(m_textEncoder));
    m_encoderRow->setVisible(m_baseIsCheckpoint);
    m_encoderLabel->setVisible(m_baseIsCheckpoint);
    m_encoderStatus->clear();
    m_encoderStatus->setToolTip(QString());
    m_encoderStatus->hide();
    showInlineError(m_encoderError, {});
    m_estimator->setTextEncoderPath(effectiveTextEncoderPath());

    m_encoderProblem.clear();
    if (!m_baseIsCheckpoint) {
        // The embedded default needs no text encoder.
    } else if (m_textEncoder.isEmpty()) {
        m_encoderProblem = tr("Choose the Gemma-3 text encoder folder the checkpoint was made for (config.json, tokenizer.model, weights).");
        showInlineError(m_encoderError, {m_encoderProblem});
    } else {
        m_encoderProblem = tr("The text encoder folder is still being checked.");
        m_encoderStatus->setText(tr("Checking the text encoder folder…"));
        m_encoderStatus->show();
        const QString folder = m_textEncoder, checkpoint = m_baseCheckpoint;
        m_encoderInspection.setFuture(QtConcurrent::run([folder, checkpoint] { return checkTextEncoderFolder(folder, checkpoint); }));
    }
    Q_EMIT textEncoderChanged(effectiveTextEncoderPath());
    updateBaseProblem();
    requestEstimate();
}

void TrainingSettingsPanel::showTextEncoderCheck(const TextEncoderFolderCheck &check)
{
    m_encoderStatus->setToolTip(QDir::toNativeSeparators(check.folder));
    m_encoderError->setToolTip(QDir::toNativeSeparators(check.folder));
    if (!check.ok()) {
        m_encoderStatus->hide();
        showInlineError(m_encoderError, {check.error});
        m_encoderProblem = check.error;
    } else {
        const QString shards = check.shards == 1 ? tr("1 shard") : tr("%1 shards").arg(check.shards);
        m_encoderStatus->setText(check.checkpointWidth > 0
                                     ? tr("Gemma-3: %1 layers × %2, %3 — matches the checkpoint").arg(check.layers).arg(check.hiddenSize).arg(shards)
                                     : tr("Gemma-3: %1 layers × %2, %3").arg(check.layers).arg(check.hiddenSize).arg(shards));
        m_encoderStatus->show();
        showInlineError(m_encoderError, {});
        m_encoderProblem.clear();
    }
    updateBaseProblem();
}

void TrainingSettingsPanel::updateBaseProblem()
{
    if (!m_baseIsCheckpoint)
        m_model->setBaseProblem(QString());
    else
        m_model->setBaseProblem(!m_checkpointProblem.isEmpty() ? m_checkpointProblem : m_encoderProblem);
}

// Torch-free and quick: the folder's files exist (the weights and the tokenizer are only parsed
// when a run starts), config.json names the text model's size, and that size fits the width the
// checkpoint's text projection takes: hidden_size × (num_hidden_layers + 1).
TextEncoderFolderCheck TrainingSettingsPanel::checkTextEncoderFolder(const QString &folder, const QString &checkpoint)
{
    TextEncoderFolderCheck c;
    c.folder = folder;
    c.checkpoint = checkpoint;
    const QDir dir(folder);
    const auto has = [&dir](const QString &name) { return QFileInfo(dir.filePath(name)).isFile(); };
    const auto missing = [](const QString &name) { return tr("The text encoder folder has no %1.").arg(name); };
    const QString configName = QStringLiteral("config.json"), tokenizerName = QStringLiteral("tokenizer.model");
    const QString weightsName = QStringLiteral("model.safetensors"), indexName = QStringLiteral("model.safetensors.index.json");
    if (!QFileInfo(folder).isDir()) {
        c.error = tr("%1 is not a folder: choose the Gemma-3 text encoder folder again.").arg(QDir::toNativeSeparators(folder));
        return c;
    }
    if (!has(configName)) {
        c.error = missing(configName);
        return c;
    }
    {
        QFile file(dir.filePath(configName));
        if (!file.open(QIODevice::ReadOnly)) {
            c.error = tr("%1 cannot be read: %2").arg(configName, file.errorString());
            return c;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject()) {
            c.error = tr("%1 is not a JSON object: %2").arg(configName, parseError.errorString());
            return c;
        }
        const QJsonObject top = doc.object();
        const QJsonObject text = top.value(QStringLiteral("text_config")).isObject() ? top.value(QStringLiteral("text_config")).toObject() : top;
        c.hiddenSize = text.value(QStringLiteral("hidden_size")).toInt();
        c.layers = text.value(QStringLiteral("num_hidden_layers")).toInt();
        if (c.hiddenSize <= 0 || c.layers <= 0) {
            c.error = tr("%1 gives no hidden_size and num_hidden_layers (at its top level or under text_config).").arg(configName);
            return c;
        }
    }
    if (!has(tokenizerName)) {
        c.error = missing(tokenizerName);
        return c;
    }
    if (has(weightsName)) {
        c.shards = 1;
    } else if (has(indexName)) {
        QFile file(dir.filePath(indexName));
        if (!file.open(QIODevice::ReadOnly)) {
            c.error = tr("%1 cannot be read: %2").arg(indexName, file.errorString());
            return c;
        }
        const QJsonObject map = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("weight_map")).toObject();
        std::set<QString> shards;
        for (auto it = map.begin(); it != map.end(); ++it)
            if (it.value().isString())
                shards.insert(it.value().toString());
        if (shards.empty()) {
            c.error = tr("%1 names no weight files (its weight_map is empty or missing).").arg(indexName);
            return c;
        }
        for (const QString &shard : shards)
            if (!has(shard)) {
                c.error = tr("The text encoder folder has no %1, which %2 names.").arg(shard, indexName);
                return c;
            }
        c.shards = int(shards.size());
    } else {
        c.error = tr("The text encoder folder has no %1 (or %2 with its shards).").arg(weightsName, indexName);
        return c;
    }

    // The checkpoint's header: a file that cannot be read is the checkpoint line's to explain.
    QString error;
    const std::unique_ptr<SafetensorsFile> file = SafetensorsFile::open(checkpoint, &error);
    if (!file)
        return c;
    const QString projection = QStringLiteral("text_embedding_projection.audio_aggregate_embed.weight");
    const TensorInfo *info = file->info(projection);
    if (!info || info->shape.size() != 2) {
        c.error = tr("The checkpoint has no text projection (%1) to compare the text encoder with.").arg(projection);
        return c;
    }
    c.checkpointWidth = info->shape[1];
    const int64_t width = int64_t(c.hiddenSize) * (c.layers + 1);
    if (width != c.checkpointWidth)
        c.error = tr("This text encoder does not fit the checkpoint: hidden_size %1 × (%2 layers + 1) = %3, but the checkpoint's "
                     "text projection takes %4 inputs.")
                      .arg(c.hiddenSize)
                      .arg(c.layers)
                      .arg(width)
                      .arg(c.checkpointWidth);
    return c;
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
