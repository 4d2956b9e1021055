#include "TryItPanel.h"

#include "AppSettings.h"
#include "ClipPicker.h"
#include "DatasetController.h"
#include "models/PromptSuggestion.h"
#include "playback/AudioPlayer.h"

#include "audio/AudioFileWriter.h"
#include "model/DefaultBaseModel.h"
#include "training/RunHistory.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace a2a {
namespace {

const QString kLoraKey = QStringLiteral("tryIt/loraFile");
constexpr PairId kPlayerKeyBase = -1000;  // player buffers of "Try it" never share a key with a pair

}  // namespace

TryItPanel::TryItPanel(const DatasetController *dataset, QWidget *parent)
    : QWidget(parent), m_dataset(dataset), m_controller(new InferenceController(this)), m_player(new AudioPlayer(this)),
      m_basePath(defaultBaseModelPath())
{
    buildUi();
    m_lora->setText(QString::fromUtf8(settings::bytes(kLoraKey)));
    suggestPrompt();
    updateButtons();

    connect(m_dataset, &DatasetController::datasetReset, this, [this] {
        // A pair's clip lived in the previous dataset's private folder, which is gone now.
        if (m_reference->property("fromPair").toBool()) {
            m_reference->setPath(QString());
            m_reference->setProperty("fromPair", false);
        }
        suggestPrompt();
    });
    connect(m_dataset, &DatasetController::triggerPhraseChanged, this, [this] { suggestPrompt(); });
    connect(m_dataset, &DatasetController::summaryChanged, this, [this] { suggestPrompt(); });
    connect(m_controller, &InferenceController::busyChanged, this, [this](bool busy) {
        m_progress->setVisible(busy);
        if (busy)
            m_progress->setRange(0, 0);
        updateButtons();
    });
    connect(m_controller, &InferenceController::progress, this, [this](const QString &stage, int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_progress->setFormat(stage);
    });
    connect(m_controller, &InferenceController::finished, this, &TryItPanel::onFinished);
    connect(m_controller, &InferenceController::failed, this, [this](const QString &m) { setStatus(tr("Failed: %1").arg(m), true); });
    connect(m_controller, &InferenceController::cancelled, this, [this] { setStatus(tr("Cancelled")); });
    connect(m_player, &AudioPlayer::stateChanged, this, &TryItPanel::updateButtons);
    connect(m_player, &AudioPlayer::error, this, [this](const QString &m) { setStatus(m, true); });
}

TryItPanel::~TryItPanel()
{
    // QAudioSink's destructor may spin the event loop (PulseAudio): no player or inference signal
    // may land in this half-destroyed panel meanwhile.
    disconnect(m_controller, nullptr, this, nullptr);
    disconnect(m_player, nullptr, nullptr, nullptr);
    delete m_player;
}

void TryItPanel::buildUi()
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(4, 4, 4, 4);
    auto *inputs = new QGroupBox(tr("Input"), this);
    auto *form = new QFormLayout(inputs);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_reference = new ClipPicker(m_dataset, inputs);
    m_reference->setToolTip(tr("The reference clip the LoRA transforms: any audio file, or a pair's reference. "
                               "Clips longer than the bucket are processed in overlapping windows."));
    form->addRow(tr("&Reference:"), m_reference);
    m_reference->field()->setObjectName(QStringLiteral("tryItReference"));

    auto *promptRow = new QHBoxLayout;
    m_prompt = new QLineEdit(inputs);
    m_prompt->setToolTip(tr("Use the trigger phrase and the caption style you trained with (Inference Format Matching)"));
    m_suggest = new QToolButton(inputs);
    m_suggest->setText(tr("Suggest"));
    m_suggest->setToolTip(tr("The trigger phrase with the dataset's most common caption"));
    promptRow->addWidget(m_prompt, 1);
    promptRow->addWidget(m_suggest);
    auto *promptLabel = new QLabel(tr("&Prompt:"), inputs);
    promptLabel->setBuddy(m_prompt);
    form->addRow(promptLabel, promptRow);

    auto *loraRow = new QHBoxLayout;
    m_lora = new QLineEdit(inputs);
    m_lora->setPlaceholderText(tr("lora_file.safetensors of a finished run"));
    m_lora->setToolTip(tr("The trained IC-LoRA; a finished run fills it in"));
    auto *browse = new QToolButton(inputs);
    browse->setText(tr("File…"));
    loraRow->addWidget(m_lora, 1);
    loraRow->addWidget(browse);
    auto *loraLabel = new QLabel(tr("&LoRA:"), inputs);
    loraLabel->setBuddy(m_lora);
    form->addRow(loraLabel, loraRow);

    m_seed = new QSpinBox(inputs);
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(42);
    m_seed->setToolTip(tr("Both outputs start from the same noise, so they differ only by the LoRA"));
    form->addRow(tr("&Seed:"), m_seed);
    v->addWidget(inputs);

    auto *run = new QHBoxLayout;
    m_generate = new QPushButton(tr("&Generate"), this);
    m_generate->setToolTip(tr("Generate with the LoRA and, from the same seed, with the base alone"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    run->addWidget(m_generate);
    run->addWidget(m_cancel);
    run->addStretch(1);
    v->addLayout(run);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->hide();
    v->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->addWidget(m_status);

    // Play any of the three (switching at the same moment while playing), A/B, pause; save either output.
    auto *listen = new QGroupBox(tr("Listen and compare"), this);
    auto *grid = new QGridLayout(listen);
    const QString names[3] = {tr("With LoRA"), tr("Base alone"), tr("Reference")};
    for (int i = 0; i < 3; ++i) {
        m_play[i] = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), names[i], listen);
        m_play[i]->setCheckable(true);
        m_play[i]->setToolTip(tr("Play; while playing, switches here at the same moment"));
        grid->addWidget(m_play[i], 0, i);
        connect(m_play[i], &QPushButton::clicked, this, [this, i] { play(Clip(i)); });
    }
    m_ab = new QPushButton(tr("A/&B"), listen);
    m_ab->setToolTip(tr("Switch between the LoRA's output and the clip last compared with it, at the same moment"));
    m_pause = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("Pause"), listen);
    grid->addWidget(m_ab, 1, 0);
    grid->addWidget(m_pause, 1, 1);
    m_save[0] = new QPushButton(tr("Save LoRA output…"), listen);
    m_save[0]->setToolTip(tr("Save the output with the LoRA as a WAV file"));
    m_save[1] = new QPushButton(tr("Save base output…"), listen);
    m_save[1]->setToolTip(tr("Save the output of the base alone (same seed) as a WAV file"));
    grid->addWidget(m_save[0], 2, 0);
    grid->addWidget(m_save[1], 2, 1);
    v->addWidget(listen);
    v->addStretch(1);

    connect(m_reference, &ClipPicker::pathChanged, this, [this] { m_reference->setProperty("fromPair", false); });
    connect(m_reference, &ClipPicker::pairPicked, this, [this](PairId id) {
        m_reference->setProperty("fromPair", true);
        suggestPrompt(id);
    });
    connect(m_prompt, &QLineEdit::textEdited, this, [this](const QString &t) { m_promptEdited = !t.trimmed().isEmpty(); });
    connect(m_suggest, &QToolButton::clicked, this, [this] {
        m_promptEdited = false;
        suggestPrompt();
    });
    connect(browse, &QToolButton::clicked, this, &TryItPanel::chooseLora);
    connect(m_lora, &QLineEdit::editingFinished, this, [this] { settings::setBytes(kLoraKey, loraFile().toUtf8()); });
    connect(m_generate, &QPushButton::clicked, this, &TryItPanel::generate);
    connect(m_cancel, &QPushButton::clicked, this, &TryItPanel::cancel);
    connect(m_ab, &QPushButton::clicked, this, &TryItPanel::switchAB);
    connect(m_pause, &QPushButton::clicked, this, &TryItPanel::pause);
    connect(m_save[0], &QPushButton::clicked, this, [this] { chooseSave(Clip::WithLora); });
    connect(m_save[1], &QPushButton::clicked, this, [this] { chooseSave(Clip::BaseAlone); });
}

QString TryItPanel::loraFile() const { return m_lora->text().trimmed(); }
QString TryItPanel::referencePath() const { return m_reference->path(); }
QString TryItPanel::prompt() const { return m_prompt->text(); }
void TryItPanel::setReferencePath(const QString &path) { m_reference->setPath(path); }

void TryItPanel::setPrompt(const QString &prompt)
{
    m_prompt->setText(prompt);
    m_promptEdited = true;
}

void TryItPanel::setBasePath(const QString &path) { m_basePath = path; }
void TryItPanel::setTextEncoderPath(const QString &folder) { m_textEncoderPath = folder; }

void TryItPanel::setLoraFile(const QString &path)
{
    m_lora->setText(path);
    settings::setBytes(kLoraKey, path.toUtf8());
}

bool TryItPanel::useLatestRunIn(const QString &runsRoot)
{
    if (!loraFile().isEmpty() && QFileInfo(loraFile()).isFile())
        return false;
    for (const RunRecord &run : listRuns(runsRoot))  // newest first
        if (run.status.state == RunState::Finished && !run.loraFile.isEmpty()) {
            setLoraFile(run.loraFile);
            if (!m_promptEdited && !run.request.triggerPhrase.isEmpty() && m_prompt->text().isEmpty())
                m_prompt->setText(run.request.triggerPhrase);
            return true;
        }
    return false;
}

QString TryItPanel::statusText() const { return m_status->text(); }

void TryItPanel::suggestPrompt(PairId fromPair)
{
    if (m_promptEdited)
        return;
    const CuratedDataset &ds = m_dataset->dataset();
    m_prompt->setText(fromPair >= 0 ? suggestedPromptFor(ds, fromPair) : suggestedPrompt(ds));
}

void TryItPanel::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("QLabel { color: #d32f2f; }") : QString());
    if (!text.isEmpty())
        Q_EMIT statusMessage(text);
}

void TryItPanel::generate()
{
    if (m_controller->isBusy())
        return;
    const QString reference = referencePath(), lora = loraFile();
    QString problem;
    if (m_basePath.isEmpty())
        problem = tr("No base model was found: set A2A_DEFAULT_BASE or install the default model.");
    else if (reference.isEmpty())
        problem = tr("Choose a reference clip: a file, or a pair's reference from the dataset.");
    else if (!QFileInfo(reference).isFile())
        problem = tr("The reference clip %1 does not exist.").arg(QDir::toNativeSeparators(reference));
    else if (lora.isEmpty())
        problem = tr("Choose a LoRA file (lora_file.safetensors of a finished run).");
    else if (!QFileInfo(lora).isFile())
        problem = tr("The LoRA file %1 does not exist.").arg(QDir::toNativeSeparators(lora));
    if (!problem.isEmpty()) {
        setStatus(problem, true);
        return;
    }
    InferenceConfig c;
    c.basePath = m_basePath;
    c.textEncoderPath = m_textEncoderPath;
    c.loraPath = lora;
    c.referencePath = reference;
    c.prompt = m_prompt->text().simplified();
    c.seed = uint64_t(m_seed->value());
    c.steps = m_steps;
    c.device = QStringLiteral("cpu");
    m_player->pause();
    settings::setBytes(kLoraKey, lora.toUtf8());
    if (m_controller->start(c, m_player->format()))
        setStatus(tr("Generating from %1…").arg(QFileInfo(reference).fileName()));
}

void TryItPanel::cancel() { m_controller->cancel(); }

void TryItPanel::onFinished(const TryItOutputs &outputs)
{
    m_outputs = outputs;
    m_hasOutputs = true;
    ++m_generation;
    m_compare = Clip::BaseAlone;
    setCompare(Clip::BaseAlone);
    setStatus(tr("Done: %1 s with and without the LoRA, seed %2. Listen and compare below.")
                  .arg(outputs.withLora.durationSeconds(), 0, 'f', 1)
                  .arg(outputs.config.seed));
    updateButtons();
}

// Player side 0 is the LoRA's output, side 1 the clip compared with it.
void TryItPanel::setCompare(Clip clip)
{
    m_compare = clip;
    PlaybackBuffers b;
    b.pairId = kPlayerKeyBase - m_generation;  // same key: the player keeps its position and plays on
    b.format = m_outputs.format;
    b.loudnessMatched = false;  // the level difference is part of what is compared
    const int sources[2] = {int(Clip::WithLora), int(clip)};
    for (int s = 0; s < 2; ++s) {
        b.sides[s].pcm = m_outputs.pcm[sources[s]];
        b.sides[s].frames = m_outputs.frames[sources[s]];
        if (!b.sides[s].ok())
            b.sides[s].problem = tr("The reference clip could not be decoded");
    }
    m_player->setBuffers(b);
}

void TryItPanel::play(Clip clip)
{
    if (!m_hasOutputs)
        return;
    if (clip != Clip::WithLora && clip != m_compare)
        setCompare(clip);
    m_player->play(clip == Clip::WithLora ? 0 : 1);
    if (m_player->isPlaying())
        Q_EMIT playbackStarted();
    updateButtons();
}

void TryItPanel::switchAB()
{
    if (!m_hasOutputs)
        return;
    play(m_player->isPlaying() && m_player->activeSide() == 0 ? m_compare : Clip::WithLora);
}

void TryItPanel::pause() { m_player->pause(); }

bool TryItPanel::isPlaying() const { return m_player->isPlaying(); }

TryItPanel::Clip TryItPanel::playingClip() const { return m_player->activeSide() == 0 ? Clip::WithLora : m_compare; }

QString TryItPanel::saveOutput(Clip clip, const QString &path)
{
    const AudioBuffer &audio = clip == Clip::WithLora ? m_outputs.withLora : m_outputs.baseAlone;
    QString error;
    if (!m_hasOutputs || clip == Clip::Reference || audio.isEmpty())
        error = tr("Nothing to save yet: generate first");
    else if (const QString e = writeAudioFile(path, audio, AudioFileFormat::Wav16); !e.isEmpty())
        error = tr("Cannot save %1: %2").arg(QDir::toNativeSeparators(path), e);
    setStatus(error.isEmpty() ? tr("Saved %1").arg(QDir::toNativeSeparators(path)) : error, !error.isEmpty());
    return error;
}

void TryItPanel::chooseLora()
{
    const QString start = loraFile().isEmpty() ? settings::lastDirectory() : QFileInfo(loraFile()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a LoRA"), start, tr("LoRA (*.safetensors);;All files (*)"));
    if (!path.isEmpty())
        setLoraFile(path);
}

void TryItPanel::chooseSave(Clip clip)
{
    const QString stem = QFileInfo(referencePath()).completeBaseName();
    const QString name = stem + (clip == Clip::WithLora ? QStringLiteral("-lora.wav") : QStringLiteral("-base.wav"));
    QString path = QFileDialog::getSaveFileName(this, tr("Save as WAV"), QDir(settings::lastDirectory()).filePath(name), tr("WAV audio (*.wav)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".wav");
    settings::setLastDirectory(QFileInfo(path).absolutePath());
    saveOutput(clip, path);
}

void TryItPanel::updateButtons()
{
    const bool busy = m_controller->isBusy();
    m_generate->setEnabled(!busy);
    m_cancel->setVisible(busy);
    const bool playing = m_player->isPlaying();
    for (int i = 0; i < 3; ++i) {
        m_play[i]->setEnabled(m_hasOutputs && (i != int(Clip::Reference) || m_outputs.frames[i] > 0));
        m_play[i]->setChecked(playing && int(playingClip()) == i);
    }
    m_ab->setEnabled(m_hasOutputs);
    m_pause->setEnabled(playing);
    for (QPushButton *b : m_save)
        b->setEnabled(m_hasOutputs);
}

}  // namespace a2a
