#include "BaseModelChooser.h"

#include "AppSettings.h"
#include "InlineError.h"
#include "model/DefaultBaseModel.h"
#include "model/SafetensorsFile.h"  // torch-free

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <set>

namespace a2a {

BaseModelChooser::BaseModelChooser(QWidget *parent) : QWidget(parent)
{
    buildBaseRow();
    m_baseLabel = new QLabel(tr("Base &model:"), parent);
    m_baseLabel->setBuddy(m_baseChoice);
    m_baseLabel->setToolTip(m_baseChoice->toolTip());
    buildTextEncoderRow(parent);  // a checkpoint's Gemma-3 folder, under its file
    m_encoderLabel = new QLabel(tr("Text encoder:"), parent);
    m_encoderLabel->setBuddy(m_encoderPathEdit);
    m_encoderLabel->setToolTip(m_encoderPathEdit->toolTip());
    m_encoderLabel->hide();
}

BaseModelChooser::~BaseModelChooser() = default;

void BaseModelChooser::addRowsTo(QFormLayout *form)
{
    form->addRow(m_baseLabel, this);
    form->addRow(m_encoderLabel, m_encoderRow);
}

void BaseModelChooser::restoreLastChoice()
{
    const settings::BaseModelChoice base = settings::baseModelChoice();
    m_baseCheckpoint = base.path;
    m_baseIsCheckpoint = base.checkpoint;
    m_textEncoder = settings::textEncoderFolder();
    applyBase();
}

// The base model row: a choice, and for a checkpoint its file, what its header holds, the memory
// a run on it needs and why it cannot train. Kept to a few short lines for a narrow dock.
void BaseModelChooser::buildBaseRow()
{
    QWidget *row = this;
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
    connect(m_baseBrowse, &QPushButton::clicked, this, &BaseModelChooser::chooseBaseFile);
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
}

void BaseModelChooser::chooseBaseFile()
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

void BaseModelChooser::useEmbeddedBase()
{
    m_baseIsCheckpoint = false;
    applyBase();
}

void BaseModelChooser::useBaseCheckpoint(const QString &path)
{
    m_baseIsCheckpoint = true;
    m_baseCheckpoint = QDir::fromNativeSeparators(path.trimmed());
    applyBase();
}

QString BaseModelChooser::effectiveBasePath() const { return m_baseIsCheckpoint ? m_baseCheckpoint : defaultBaseModelPath(); }

void BaseModelChooser::applyBase()
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

void BaseModelChooser::showBaseReport(const LtxCheckpointReport &report)
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
        Q_EMIT changed();
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
    Q_EMIT changed();  // the text encoder folder may still have something to say
}

// The Gemma-3 folder row (the form's "Text encoder:" row, under the checkpoint's lines): the folder,
// Browse…, then one line of what the check found (or its red error).
void BaseModelChooser::buildTextEncoderRow(QWidget *parent)
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

    connect(m_encoderBrowse, &QPushButton::clicked, this, &BaseModelChooser::chooseTextEncoderFolder);
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
}

void BaseModelChooser::chooseTextEncoderFolder()
{
    const QString start = !m_textEncoder.isEmpty()        ? m_textEncoder
                          : !m_baseCheckpoint.isEmpty() ? QFileInfo(m_baseCheckpoint).absolutePath()
                                                        : settings::lastDirectory();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the Gemma-3 Text Encoder Folder"), start);
    if (!folder.isEmpty())
        useTextEncoderFolder(folder);
}

void BaseModelChooser::useTextEncoderFolder(const QString &folder)
{
    QString f = QDir::fromNativeSeparators(folder.trimmed());
    while (f.size() > 1 && f.endsWith(QLatin1Char('/')))
        f.chop(1);
    m_textEncoder = f;
    applyTextEncoder();
}

void BaseModelChooser::applyTextEncoder()
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
    Q_EMIT changed();
}

void BaseModelChooser::showTextEncoderCheck(const TextEncoderFolderCheck &check)
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
    Q_EMIT changed();
}

QString BaseModelChooser::blockingReason() const
{
    if (!m_baseIsCheckpoint)
        return QString();
    return !m_checkpointProblem.isEmpty() ? m_checkpointProblem : m_encoderProblem;
}

// Torch-free and quick: the folder's files exist (the weights and the tokenizer are only parsed
// when a run starts), config.json names the text model's size, and that size fits the width the
// checkpoint's text projection takes: hidden_size × (num_hidden_layers + 1).
TextEncoderFolderCheck BaseModelChooser::checkTextEncoderFolder(const QString &folder, const QString &checkpoint)
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

}  // namespace a2a
