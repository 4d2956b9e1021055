#include "ReportView.h"

#include "DatasetController.h"

#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

namespace a2a {

ReportView::ReportView(const DatasetController *controller, QWidget *parent) : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("The dataset report appears here when a dataset is open."));
    layout->addWidget(m_text);
    auto stale = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    connect(controller, &DatasetController::summaryChanged, this, stale);
}

QString ReportView::text() const { return m_text->toPlainText(); }

void ReportView::refresh()
{
    m_stale = false;
    if (!m_controller->hasDataset()) {
        m_text->clear();
        return;
    }
    const int scroll = m_text->verticalScrollBar() ? m_text->verticalScrollBar()->value() : 0;
    m_text->setPlainText(formatDatasetReport(m_controller->dataset(), m_controller->summary(), m_controller->fit()));
    m_text->verticalScrollBar()->setValue(scroll);
}

void ReportView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

}  // namespace a2a
