#include "PreviewPanel.h"

#include "PreviewTimeline.h"
#include "controllers/PreviewDecodeController.h"
#include "playback/AudioPlayer.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace a2a {

PreviewPanel::PreviewPanel(QWidget *parent)
    : QWidget(parent),
      m_timeline(new PreviewTimeline(this)),
      m_entry(new QComboBox(this)),
      m_playPreview(new QToolButton(this)),
      m_playBaseline(new QToolButton(this)),
      m_playReference(new QToolButton(this)),
      m_ab(new QToolButton(this)),
      m_stop(new QToolButton(this)),
      m_status(new QLabel(this)),
      m_player(new AudioPlayer(this)),
      m_decoder(new PreviewDecodeController(this))
{
    m_entry->setToolTip(tr("Which validation entry's preview to play"));
    m_entry->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_entry->setMaximumWidth(360);
    m_playPreview->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_playPreview->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_playPreview->setToolTip(tr("Play the preview made at the selected step"));
    m_playBaseline->setText(tr("Step 0 (no LoRA)"));
    m_playBaseline->setToolTip(tr("Play the base model's output for the same reference and prompt, at the same position"));
    m_playReference->setText(tr("Reference"));
    m_playReference->setToolTip(tr("Play the reference clip the preview was made from, at the same position"));
    m_ab->setText(tr("A/B"));
    m_ab->setToolTip(tr("Switch between the preview and what it is compared with, at the same position"));
    m_stop->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_stop->setToolTip(tr("Stop"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    controls->addWidget(m_entry);
    for (QToolButton *b : {m_playPreview, m_playBaseline, m_playReference, m_ab, m_stop})
        controls->addWidget(b);
    controls->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_timeline);
    layout->addLayout(controls);

    connect(m_timeline, &PreviewTimeline::stepSelected, this, &PreviewPanel::onStepSelected);
    connect(m_entry, &QComboBox::currentIndexChanged, this, [this] {
        stop();
        updateControls();
    });
    connect(m_playPreview, &QToolButton::clicked, this, &PreviewPanel::playPreview);
    connect(m_playBaseline, &QToolButton::clicked, this, [this] { playCompared(Compare::Baseline); });
    connect(m_playReference, &QToolButton::clicked, this, [this] { playCompared(Compare::Reference); });
    connect(m_ab, &QToolButton::clicked, this, &PreviewPanel::switchAB);
    connect(m_stop, &QToolButton::clicked, this, &PreviewPanel::stop);
    connect(m_decoder, &PreviewDecodeController::ready, this, &PreviewPanel::onReady);
    connect(m_player, &AudioPlayer::stateChanged, this, &PreviewPanel::updateControls);
    connect(m_player, &AudioPlayer::error, m_status, &QLabel::setText);
    updateControls();
}

PreviewPanel::~PreviewPanel()
{
    // QAudioSink's destructor may spin the event loop: no decode result or player signal may land
    // in this half-destroyed panel meanwhile.
    disconnect(m_decoder, nullptr, this, nullptr);
    disconnect(m_player, nullptr, nullptr, nullptr);
    delete m_player;
}

void PreviewPanel::setCurves(const TrainingCurves &curves, int totalSteps)
{
    const int before = int(m_curves.validations.size());
    m_curves = curves;
    m_totalSteps = totalSteps;
    QList<PreviewTimeline::Mark> marks;
    for (const ValidationReport &v : curves.validations)
        if (!v.previews.isEmpty())
            marks.append({v.step, v.heldOutRatio});
    m_timeline->setMarks(marks, totalSteps);
    // Follow the newest preview unless the user is listening or has picked an older one.
    if (!marks.isEmpty() && (m_timeline->selectedStep() < 0 || (m_followNewest && !isPlaying() && int(curves.validations.size()) != before)))
        m_timeline->selectStep(marks.last().step);
    else
        updateControls();
}

void PreviewPanel::clear()
{
    stop();
    m_player->clear();
    m_bufferKey.clear();
    m_followNewest = true;
    setCurves({}, 0);
}

const ValidationReport *PreviewPanel::selected() const
{
    for (const ValidationReport &v : m_curves.validations)
        if (v.step == m_timeline->selectedStep())
            return &v;
    return nullptr;
}

int PreviewPanel::selectedStep() const { return m_timeline->selectedStep(); }

QString PreviewPanel::previewFile() const
{
    const ValidationReport *v = selected();
    const int i = std::max(0, m_entry->currentIndex());
    return v && i < v->previews.size() ? v->previews[i].audioPath : QString();
}

QString PreviewPanel::baselineFile() const
{
    const int i = std::max(0, m_entry->currentIndex());
    for (const ValidationReport &v : m_curves.validations)
        if (v.step == 0 && i < v.previews.size())
            return v.previews[i].audioPath;
    return {};
}

QString PreviewPanel::referenceFile() const
{
    const ValidationReport *v = selected();
    const int i = std::max(0, m_entry->currentIndex());
    return v && i < v->previews.size() ? v->previews[i].referencePath : QString();
}

QString PreviewPanel::compareFile(Compare compare) const { return compare == Compare::Baseline ? baselineFile() : referenceFile(); }

void PreviewPanel::onStepSelected(int step)
{
    m_followNewest = !m_curves.validations.isEmpty() && step == m_curves.validations.last().step;
    const ValidationReport *v = selected();
    const int keep = m_entry->currentIndex();
    QStringList prompts;
    if (v)
        for (const PreviewClip &p : v->previews)
            prompts << (p.prompt.isEmpty() ? tr("(no prompt)") : tr("“%1”").arg(p.prompt));
    QStringList current;
    for (int i = 0; i < m_entry->count(); ++i)
        current << m_entry->itemText(i);
    if (prompts != current) {
        const QSignalBlocker block(m_entry);
        m_entry->clear();
        m_entry->addItems(prompts);
        m_entry->setCurrentIndex(std::clamp(keep, 0, int(prompts.size()) - 1));
    }
    // Keep listening across steps: the same side continues at the same position in the new step.
    if (isPlaying())
        play(m_compare, activeSide());
    updateControls();
}

void PreviewPanel::playPreview() { play(m_compare, 1); }

void PreviewPanel::playCompared(Compare compare) { play(compare, 0); }

void PreviewPanel::switchAB()
{
    if (m_bufferKey.isEmpty()) {
        play(m_compare, 0);
        return;
    }
    if (isPlaying())
        m_player->switchSide();
    else
        m_player->play(1 - m_player->activeSide());
    updateControls();
}

void PreviewPanel::stop()
{
    m_pendingSide = -1;
    m_player->pause();
    updateControls();
}

QStringList PreviewPanel::loadedFiles() const
{
    const PlaybackBuffers &b = m_player->buffers();
    if (m_bufferKey.isEmpty() || !b.sides[0].ok() || !b.sides[1].ok())
        return {};
    return m_bufferKey.split(QLatin1Char('|'));
}

bool PreviewPanel::isPlaying() const { return m_player->isPlaying(); }
int PreviewPanel::activeSide() const { return m_player->activeSide(); }

void PreviewPanel::play(Compare compare, int side)
{
    const QString preview = previewFile();
    if (preview.isEmpty())
        return;
    m_compare = compare;
    const QString other = compareFile(compare);
    const QString key = other + QLatin1Char('|') + preview;
    Q_EMIT playing();
    if (key == m_bufferKey) {
        m_player->play(side);
        updateControls();
        return;
    }
    const double position = m_player->playedSeconds();
    const bool wasPlaying = isPlaying();
    m_pendingSide = side;
    if (key == m_pendingKey)
        return;
    m_pendingKey = key;
    PreviewRequest r;
    r.pairId = ++m_requestId;
    r.reference.localPath = other;
    r.reference.sourcePath = QFileInfo(other).fileName();
    r.target.localPath = preview;
    r.target.sourcePath = QFileInfo(preview).fileName();
    r.mode = PlaybackMode::Original;
    r.format = m_player->format();
    r.loudnessMatch = true;
    m_decoder->request(r);
    m_resumeAt = wasPlaying ? position : 0.0;  // a step change while listening continues at the same moment
    m_status->setText(tr("Preparing…"));
}

void PreviewPanel::onReady(const PlaybackBuffers &buffers)
{
    if (buffers.pairId != m_requestId)
        return;  // superseded
    m_bufferKey = m_pendingKey;
    m_pendingKey.clear();
    m_player->setBuffers(buffers);
    QStringList problems;
    if (!buffers.sides[1].ok())
        problems << tr("preview: %1").arg(buffers.sides[1].problem);
    if (!buffers.sides[0].ok())
        problems << tr("%1: %2").arg(m_compare == Compare::Baseline ? tr("step 0") : tr("reference"), buffers.sides[0].problem);
    m_status->setText(problems.join(QStringLiteral(" · ")));
    if (m_pendingSide >= 0 && buffers.sides[m_pendingSide].ok()) {
        if (m_resumeAt > 0)
            m_player->seekPlayed(m_resumeAt);
        m_player->play(m_pendingSide);
    }
    m_pendingSide = -1;
    updateControls();
}

void PreviewPanel::updateControls()
{
    const bool have = !previewFile().isEmpty();
    const int step = m_timeline->selectedStep();
    m_playPreview->setText(step < 0 ? tr("Play") : step == 0 ? tr("Step 0") : tr("Step %1").arg(step));
    m_playPreview->setEnabled(have);
    m_playBaseline->setEnabled(have && !baselineFile().isEmpty() && step != 0);
    m_playReference->setEnabled(have && !referenceFile().isEmpty());
    m_ab->setEnabled(have);
    m_stop->setEnabled(isPlaying());
    m_entry->setVisible(m_entry->count() > 1);
    if (isPlaying()) {
        const QString other = m_compare == Compare::Baseline ? tr("step 0 (no LoRA)") : tr("the reference");
        m_status->setText(activeSide() == 1 ? tr("Playing the step %1 preview · A/B with %2").arg(step).arg(other)
                                            : tr("Playing %1 · A/B with the step %2 preview").arg(other).arg(step));
    } else if (have && m_status->text().startsWith(tr("Playing"))) {
        m_status->clear();
    } else if (!have && step < 0) {
        m_status->clear();
    }
}

}  // namespace a2a
