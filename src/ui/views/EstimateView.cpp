#include "EstimateView.h"

#include "controllers/EstimateController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace a2a {

EstimateView::EstimateView(EstimateController *estimator, QWidget *parent) : QWidget(parent), m_estimator(estimator)
{
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    m_summary = new QLabel(tr("No estimate yet"), this);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->setWordWrap(true);
    m_button = new QPushButton(tr("Estimate time and memory"), this);
    m_button->setToolTip(tr("Load the base model and time a few training steps and one preview step on this machine"));
    m_button->setMinimumWidth(60);  // may clip its text in a very narrow dock rather than widen the window
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    buttons->addWidget(m_button);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setEnabled(false);  // grey: how the figures were made
    const QString how = tr("Measured on this machine: the base model with a LoRA of this rank, a few training steps on "
                           "clips of the bucket's length, one preview step and one decode. Memory is the peak that "
                           "training adds to this process. Preparing the clips (once, then cached) comes on top.");
    m_summary->setToolTip(how);
    m_detail->setToolTip(how);
    v->addWidget(m_summary);
    v->addWidget(m_detail);
    v->addLayout(buttons);

    connect(m_button, &QPushButton::clicked, this, &EstimateView::estimateRequested);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_estimator->cancel();
        showNote(tr("Estimate cancelled"));
    });
    connect(estimator, &EstimateController::busyChanged, this, [this](bool busy) {
        m_cancel->setVisible(busy);
        if (busy)
            showNote(tr("Measuring a few training steps on this machine…"));
    });
    connect(estimator, &EstimateController::estimated, this, &EstimateView::showEstimate);
    connect(estimator, &EstimateController::outdated, this, [this] { showNote(tr("Settings changed: measuring again shortly…")); });
    connect(estimator, &EstimateController::failed, this, [this](const QString &message) { showNote(tr("No estimate: %1").arg(message)); });
}

void EstimateView::showNote(const QString &text)
{
    m_summary->setText(text);
    m_detail->clear();
    m_detail->hide();
}

void EstimateView::showEstimate(const TrainingEstimate &e)
{
    m_summary->setText(EstimateController::summaryText(e));
    m_detail->setText(EstimateController::detailText(e, m_estimator->threads()));
    m_detail->show();
}

}  // namespace a2a
