#include "ValidationEntriesEditor.h"

#include "ClipPicker.h"
#include "DatasetController.h"
#include "InlineError.h"
#include "models/PromptSuggestion.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace a2a {

ValidationEntriesEditor::ValidationEntriesEditor(const DatasetController *dataset, QWidget *parent) : QWidget(parent), m_dataset(dataset)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    m_none = new QLabel(tr("No entries: the previews transform a clip the LoRA does not train on (the held-out pair), "
                           "or the first pair."),
                        this);
    m_none->setWordWrap(true);
    m_none->setEnabled(false);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_add = new QPushButton(tr("Add validation entry"), this);
    m_add->setToolTip(tr("A prompt and a reference clip that the previews transform, at most %1. "
                         "Use a clip the LoRA has not seen to judge how it generalises, and the trigger phrase "
                         "and caption style you trained with.").arg(RequestLimits::kMaxValidationEntries));
    v->addWidget(m_none);
    v->addLayout(m_rowsLayout);
    v->addWidget(m_add, 0, Qt::AlignLeft);
    connect(m_add, &QPushButton::clicked, this, &ValidationEntriesEditor::addEntry);
    updateButtons();
}

QList<ValidationEntry> ValidationEntriesEditor::entries() const
{
    QList<ValidationEntry> out;
    for (const Row &r : m_rows)
        out.append({r.prompt->text(), r.clip->path()});
    return out;
}

void ValidationEntriesEditor::setEntries(const QList<ValidationEntry> &entries)
{
    while (m_rows.size() > entries.size()) {
        QWidget *box = m_rows.takeLast().box;
        box->hide();
        box->deleteLater();
    }
    for (int i = 0; i < entries.size(); ++i) {
        if (i >= m_rows.size()) {
            addRow(entries[i]);
            continue;
        }
        if (m_rows[i].prompt->text() != entries[i].prompt) {
            m_rows[i].prompt->setText(entries[i].prompt);
            m_rows[i].prompt->setCursorPosition(0);
        }
        m_rows[i].clip->setPath(entries[i].referenceAudioUrl);
    }
    updateButtons();
}

void ValidationEntriesEditor::setErrors(int index, const QStringList &messages)
{
    if (index >= 0 && index < m_rows.size())
        showInlineError(m_rows[index].errors, messages);
}

QLineEdit *ValidationEntriesEditor::promptField(int index) const { return index >= 0 && index < m_rows.size() ? m_rows[index].prompt : nullptr; }

ClipPicker *ValidationEntriesEditor::clipPicker(int index) const { return index >= 0 && index < m_rows.size() ? m_rows[index].clip : nullptr; }

void ValidationEntriesEditor::addEntry()
{
    if (m_rows.size() >= RequestLimits::kMaxValidationEntries)
        return;
    addRow({m_suggestedPrompt, QString()});
    updateButtons();
    emitChanged();
    m_rows.last().clip->field()->setFocus();
}

void ValidationEntriesEditor::removeEntry(int index)
{
    if (index < 0 || index >= m_rows.size())
        return;
    // Later: the Remove button that asked is inside the box and still in its click handler.
    QWidget *box = m_rows.takeAt(index).box;
    box->hide();
    box->deleteLater();
    updateButtons();
    emitChanged();
}

void ValidationEntriesEditor::addRow(const ValidationEntry &entry)
{
    Row row;
    row.box = new QFrame(this);
    static_cast<QFrame *>(row.box)->setFrameShape(QFrame::StyledPanel);
    auto *v = new QVBoxLayout(row.box);
    v->setContentsMargins(6, 4, 6, 4);
    v->setSpacing(3);
    auto *top = new QHBoxLayout;
    row.prompt = new QLineEdit(entry.prompt, row.box);
    row.prompt->setCursorPosition(0);
    row.prompt->setPlaceholderText(tr("Prompt, e.g. tonech4nge a warm vintage-radio version of the voice"));
    row.prompt->setToolTip(tr("prompt: the text of this preview. Match the caption style and trigger phrase you train with."));
    auto *remove = new QToolButton(row.box);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove this validation entry"));
    top->addWidget(row.prompt, 1);
    top->addWidget(remove);
    row.clip = new ClipPicker(m_dataset, row.box);
    row.clip->setKeepCopies(true);  // the request may be exported and trained after the app closes
    row.clip->setPath(entry.referenceAudioUrl);
    row.clip->setToolTip(tr("reference_audio_url (required): the reference audio this preview transforms"));
    row.errors = makeInlineErrorLabel(row.box);
    v->addLayout(top);
    v->addWidget(row.clip);
    v->addWidget(row.errors);
    m_rowsLayout->addWidget(row.box);
    QWidget *box = row.box;
    connect(row.prompt, &QLineEdit::textEdited, this, &ValidationEntriesEditor::emitChanged);
    connect(row.clip, &ClipPicker::pathChanged, this, &ValidationEntriesEditor::emitChanged);
    connect(row.clip, &ClipPicker::problem, this, &ValidationEntriesEditor::problem);
    connect(row.clip, &ClipPicker::pairPicked, this, [this, box](PairId id) {
        for (Row &r : m_rows)
            if (r.box == box && r.prompt->text().trimmed().isEmpty()) {
                r.prompt->setText(suggestedPromptFor(m_dataset->dataset(), id));
                r.prompt->setCursorPosition(0);
                emitChanged();
            }
    });
    connect(remove, &QToolButton::clicked, this, [this, box] {
        for (int i = 0; i < m_rows.size(); ++i)
            if (m_rows[i].box == box) {
                removeEntry(i);
                return;
            }
    });
    m_rows.append(row);
}

void ValidationEntriesEditor::updateButtons()
{
    m_add->setEnabled(m_rows.size() < RequestLimits::kMaxValidationEntries);
    m_none->setVisible(m_rows.isEmpty());
}

}  // namespace a2a
