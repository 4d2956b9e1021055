#include "InterruptedRunBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace a2a {
namespace {
const QString kDismissedKey = QStringLiteral("training/dismissedInterruptedRuns");
}

InterruptedRunBanner::InterruptedRunBanner(QWidget *parent)
    : QFrame(parent),
      m_text(new QLabel(this)),
      m_resume(new QPushButton(tr("Resume"), this)),
      m_show(new QPushButton(tr("Show"), this)),
      m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(QStringLiteral("interruptedRunBanner"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#interruptedRunBanner { background: #fff4d6; border: 1px solid #e0b84c; border-radius: 3px; }"
                                 "#interruptedRunBanner QLabel { color: #4a3a00; }"));
    m_text->setWordWrap(true);
    m_resume->setToolTip(tr("Continue the run from its newest checkpoint"));
    m_dismiss->setToolTip(tr("Do not offer this run again (it stays in the training history, where it can still be resumed)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_show);
    layout->addWidget(m_dismiss);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT resumeRequested(m_dir);
    });
    connect(m_show, &QPushButton::clicked, this, [this] { Q_EMIT showRequested(m_dir); });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QSettings s;
        QStringList dismissed = s.value(kDismissedKey).toStringList();
        dismissed << m_dir;
        s.setValue(kDismissedKey, dismissed.mid(std::max<qsizetype>(0, dismissed.size() - 50)));
        hide();
    });
    hide();
}

void InterruptedRunBanner::offer(const QList<RunRecord> &runs)
{
    const QStringList dismissed = QSettings().value(kDismissedKey).toStringList();
    for (const RunRecord &r : runs) {  // newest first
        if (r.status.state != RunState::Interrupted || dismissed.contains(r.dir))
            continue;
        m_dir = r.dir;
        const QString at = r.checkpointStep > 0 ? tr("it continues from its checkpoint at step %1").arg(r.checkpointStep)
                                                : tr("it starts again from the beginning (no checkpoint was saved yet)");
        m_text->setText(tr("<b>A training run was interrupted</b> (A2A Studio closed unexpectedly or the power went off): "
                           "%1, step %2 of %3. Resume it: %4.")
                            .arg(r.name.toHtmlEscaped())
                            .arg(r.status.stepsDone)
                            .arg(r.status.totalSteps)
                            .arg(at));
        show();
        return;
    }
    m_dir.clear();
    hide();
}

}  // namespace a2a
