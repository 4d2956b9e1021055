#include "CaptionPanel.h"

#include "DatasetController.h"
#include "models/CaptionLinter.h"

#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace a2a {
namespace {

QWidget *buttonRow(QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *h = new QHBoxLayout(w);
    h->setContentsMargins(0, 0, 0, 0);
    h->addStretch(1);
    return w;
}

void addButtons(QWidget *row, const QList<QAction *> &actions)
{
    auto *h = static_cast<QHBoxLayout *>(row->layout());
    for (QAction *a : actions) {
        auto *b = new QToolButton(row);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        h->insertWidget(h->count() - 1, b);
    }
}

}  // namespace

CaptionPanel::CaptionPanel(const DatasetController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    auto *form = new QFormLayout;
    m_trigger = new QLineEdit(this);
    m_trigger->setPlaceholderText(tr("e.g. tonech4nge"));
    m_trigger->setToolTip(tr("Prepended to every caption; the word that calls up the LoRA. Press Enter to apply."));
    m_trigger->setClearButtonEnabled(true);
    form->addRow(tr("&Trigger phrase:"), m_trigger);
    layout->addLayout(form);

    m_pairLabel = new QLabel(this);
    layout->addWidget(m_pairLabel);
    m_caption = new QPlainTextEdit(this);
    m_caption->setPlaceholderText(tr("Describe the target sound, e.g. \"a warm vintage-radio version of the voice\""));
    m_caption->setTabChangesFocus(true);
    m_caption->setToolTip(tr("Ctrl+Enter or leaving the field applies the caption (undoable)"));
    m_caption->setFixedHeight(m_caption->fontMetrics().lineSpacing() * 3 + 12);
    m_caption->installEventFilter(this);
    layout->addWidget(m_caption);

    m_preview = new QLabel(this);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_preview);
    m_words = new QLabel(this);
    layout->addWidget(m_words);

    m_pairButtons = buttonRow(this);
    layout->addWidget(m_pairButtons);

    m_lint = new QListWidget(this);
    m_lint->setWordWrap(true);
    m_lint->setMinimumHeight(90);
    m_lint->setToolTip(tr("Caption checks: empty or duplicate captions, the trigger phrase, length"));
    layout->addWidget(m_lint, 1);
    m_captionButtons = buttonRow(this);
    layout->addWidget(m_captionButtons);

    m_orphanBox = new QWidget(this);
    auto *ob = new QVBoxLayout(m_orphanBox);
    ob->setContentsMargins(0, 0, 0, 0);
    m_orphanLabel = new QLabel(m_orphanBox);
    m_orphanLabel->setWordWrap(true);
    ob->addWidget(m_orphanLabel);
    auto *orow = new QHBoxLayout;
    m_orphans = new QComboBox(m_orphanBox);
    m_orphans->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_orphans->setMinimumContentsLength(16);
    orow->addWidget(m_orphans, 1);
    ob->addLayout(orow);
    layout->addWidget(m_orphanBox);

    connect(m_trigger, &QLineEdit::textEdited, this, &CaptionPanel::updatePreview);
    connect(m_trigger, &QLineEdit::editingFinished, this, [this] { Q_EMIT triggerPhraseRequested(m_trigger->text()); });
    connect(m_caption, &QPlainTextEdit::textChanged, this, &CaptionPanel::updatePreview);
    connect(controller, &DatasetController::triggerPhraseChanged, this, [this](const QString &phrase) {
        if (m_trigger->text().simplified() != phrase)
            m_trigger->setText(phrase);
        updatePreview();
    });
    connect(controller, &DatasetController::pairChanged, this, [this](PairId id) {
        if (id == m_pair && !m_caption->hasFocus())
            loadCaption();
    });
    connect(controller, &DatasetController::summaryChanged, this, &CaptionPanel::updateLint);
    connect(controller, &DatasetController::orphansChanged, this, &CaptionPanel::updateOrphans);
    connect(controller, &DatasetController::datasetAboutToReset, this, [this] { setPair(-1); });
    connect(controller, &DatasetController::datasetReset, this, &CaptionPanel::loadCaption);
    loadCaption();
    updateOrphans();
}

void CaptionPanel::setPairActions(const QList<QAction *> &actions) { addButtons(m_pairButtons, actions); }
void CaptionPanel::setCaptionActions(const QList<QAction *> &actions) { addButtons(m_captionButtons, actions); }

void CaptionPanel::setOrphanAction(QAction *action)
{
    auto *b = new QToolButton(m_orphanBox);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    static_cast<QHBoxLayout *>(m_orphanBox->layout()->itemAt(1)->layout())->addWidget(b);
}

QString CaptionPanel::currentOrphan() const { return m_orphans->currentText(); }

void CaptionPanel::setPair(PairId id)
{
    if (id == m_pair)
        return;
    commitCaption();
    m_pair = id;
    loadCaption();
}

void CaptionPanel::commitCaption()
{
    if (m_editPair < 0)
        return;
    const DatasetPair *p = m_controller->pair(m_editPair);
    if (p && m_caption->toPlainText().simplified() != p->caption)
        Q_EMIT captionEditRequested(m_editPair, m_caption->toPlainText());
}

void CaptionPanel::loadCaption()
{
    const DatasetPair *p = m_controller->pair(m_pair);
    m_editPair = p ? m_pair : -1;
    {
        const QSignalBlocker block(m_caption);
        m_caption->setPlainText(p ? p->caption : QString());
    }
    m_caption->setEnabled(p != nullptr);
    m_trigger->setEnabled(m_controller->hasDataset());
    m_pairLabel->setText(p ? tr("Caption of <b>%1</b>:").arg(p->name.toHtmlEscaped()) : tr("Caption: select a pair"));
    updatePreview();
    updateLint();
}

QString CaptionPanel::previewText() const
{
    return composeCaption(m_trigger->text(), m_caption->toPlainText().simplified());
}

void CaptionPanel::updatePreview()
{
    if (m_editPair < 0) {
        m_preview->clear();
        m_words->clear();
        return;
    }
    const QString text = previewText();
    m_preview->setText(tr("Final caption: <i>%1</i>").arg(text.isEmpty() ? tr("(none)") : text.toHtmlEscaped()));
    const int words = wordCount(text);
    m_words->setText(words > kMaxCaptionWords
                         ? tr("<span style='color:#b02020'>%1 words: over the %2 the text encoder reads</span>").arg(words).arg(kMaxCaptionWords)
                         : tr("%1 of %2 words").arg(words).arg(kMaxCaptionWords));
}

void CaptionPanel::updateLint()
{
    m_lint->clear();
    if (!m_controller->hasDataset())
        return;
    const CaptionLint &lint = m_controller->lint();
    const QIcon warn = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const QIcon info = style()->standardIcon(QStyle::SP_MessageBoxInformation);
    for (const QString &m : lint.messages(m_pair))
        m_lint->addItem(new QListWidgetItem(warn, m));
    for (const QString &m : lint.datasetLevel)
        m_lint->addItem(new QListWidgetItem(info, m));
    const int pairs = int(lint.byPair.size());
    if (pairs > 0)
        m_lint->addItem(new QListWidgetItem(info, tr("%n pair(s) in the dataset have caption problems (%1 empty, %2 duplicate, %3 with the trigger inside, %4 too long); "
                                                     "\"Only problems\" lists them", nullptr, pairs)
                                                      .arg(lint.count(CaptionProblem::Empty))
                                                      .arg(lint.count(CaptionProblem::Duplicate))
                                                      .arg(lint.count(CaptionProblem::TriggerRepeated))
                                                      .arg(lint.count(CaptionProblem::TooLong))));
    if (m_lint->count() == 0)
        m_lint->addItem(new QListWidgetItem(style()->standardIcon(QStyle::SP_DialogApplyButton), tr("Captions look fine")));
}

void CaptionPanel::updateOrphans()
{
    const QStringList orphans = m_controller->dataset().orphanStarts;
    m_orphans->clear();
    m_orphans->addItems(orphans);
    m_orphanLabel->setText(tr("%n _start file(s) without an _end (skipped). Pair one with a target file:", nullptr, int(orphans.size())));
    m_orphanBox->setVisible(!orphans.isEmpty());
}

bool CaptionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_caption) {
        if (event->type() == QEvent::FocusOut) {
            commitCaption();
        } else if (event->type() == QEvent::KeyPress) {
            auto *key = static_cast<QKeyEvent *>(event);
            if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
                // Captions are one line: Enter applies (Shift+Enter too).
                commitCaption();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace a2a
