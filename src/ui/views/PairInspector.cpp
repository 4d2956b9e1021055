#include "PairInspector.h"

#include "DatasetController.h"
#include "TimeAxis.h"
#include "TimeRuler.h"
#include "WaveformView.h"
#include "models/PairTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace a2a {
namespace {

const QColor kSideColor[2] = {QColor(38, 96, 176), QColor(196, 104, 16)};

QString formatShort(const ClipRef &c)
{
    if (!c.decoded)
        return QFileInfo(c.sourcePath).fileName();
    const QString channels = c.info.channels == 1 ? PairInspector::tr("mono")
                             : c.info.channels == 2 ? PairInspector::tr("stereo")
                                                    : PairInspector::tr("%1 ch").arg(c.info.channels);
    return PairInspector::tr("%1 (%2 %3, %4 kHz, %5)")
        .arg(QFileInfo(c.sourcePath).fileName(), c.info.container, c.info.codec)
        .arg(c.info.sampleRate / 1000.0, 0, 'g', 3)
        .arg(channels);
}

}  // namespace

PairInspector::PairInspector(const DatasetController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller), m_axis(new TimeAxis(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(3);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);
    for (int s = 0; s < 2; ++s) {
        m_views[s] = new WaveformView(m_axis, this);
        m_views[s]->setObjectName(s == 0 ? QStringLiteral("referenceWaveform") : QStringLiteral("targetWaveform"));
        layout->addWidget(m_views[s], 1);
        connect(m_views[s], &WaveformView::trimOffsetDragged, this, [this, s](double offset) { onDragged(s, offset); });
        connect(m_views[s], &WaveformView::dragFinished, this, [this] { m_dragging = false; });
        connect(m_views[s], &WaveformView::seekRequested, this, [this, s](double seconds) { Q_EMIT seekRequested(s, seconds); });
    }
    layout->addWidget(new TimeRuler(m_axis, this));
    m_scroll = new QScrollBar(Qt::Horizontal, this);
    layout->addWidget(m_scroll);
    connect(m_scroll, &QScrollBar::valueChanged, this, [this](int ms) { m_axis->scrollTo(ms / 1000.0); });
    connect(m_axis, &TimeAxis::changed, this, &PairInspector::syncScrollBar);

    m_zoomIn = new QAction(tr("Zoom &In"), this);
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut = new QAction(tr("Zoom &Out"), this);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomFit = new QAction(tr("Show &Whole Clips"), this);
    m_zoomFit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomIn, &QAction::triggered, this, [this] { m_axis->zoom(0.5, m_axis->startSeconds() + m_axis->visibleSeconds() / 2); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { m_axis->zoom(2.0, m_axis->startSeconds() + m_axis->visibleSeconds() / 2); });
    connect(m_zoomFit, &QAction::triggered, m_axis, &TimeAxis::showAll);

    layout->addWidget(makeTransportRow());
    connect(controller, &DatasetController::pairChanged, this, [this](PairId id) {
        if (id == m_pair)
            refresh();
    });
    connect(controller, &DatasetController::fitChanged, this, &PairInspector::refresh);
    connect(controller, &DatasetController::datasetReset, this, &PairInspector::refresh);
    refresh();
}

QWidget *PairInspector::makeTransportRow()
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_transport = new QWidget(row);
    auto *t = new QHBoxLayout(m_transport);
    t->setContentsMargins(0, 0, 0, 0);
    h->addWidget(m_transport);
    h->addSpacing(12);
    for (QAction *a : {m_zoomOut, m_zoomIn, m_zoomFit}) {
        auto *b = new QToolButton(row);
        b->setDefaultAction(a);
        h->addWidget(b);
    }
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl++; Ctrl+wheel on a waveform)"));
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    m_zoomFit->setText(tr("Whole"));
    m_zoomFit->setToolTip(tr("Show the whole clips (Ctrl+0; double-click a waveform)"));
    m_link = new QCheckBox(tr("Move both spans together"), row);
    m_link->setChecked(true);
    m_link->setToolTip(tr("Dragging one side's bucket span moves the other side's by the same amount"));
    h->addSpacing(12);
    h->addWidget(m_link);
    m_playbackStatus = new QLabel(row);
    m_playbackStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    h->addWidget(m_playbackStatus, 1);
    return row;
}

void PairInspector::setTransportActions(const QList<QAction *> &actions)
{
    for (QAction *a : actions) {
        auto *b = new QToolButton(m_transport);
        b->setDefaultAction(a);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_transport->layout()->addWidget(b);
    }
}

bool PairInspector::linkTrims() const { return m_link->isChecked(); }
void PairInspector::setLinkTrims(bool on) { m_link->setChecked(on); }

void PairInspector::setPair(PairId id)
{
    if (id == m_pair)
        return;
    m_pair = id;
    m_dragging = false;
    for (WaveformView *v : m_views)
        v->setPlayhead(-1.0);
    refresh();
    m_axis->showAll();
}

void PairInspector::refresh()
{
    const DatasetPair *p = m_controller->pair(m_pair);
    if (!p) {
        m_header->setText(m_controller->hasDataset() ? tr("Select a pair in the table to see and hear it.")
                                                     : tr("Open a dataset to inspect its pairs."));
        for (WaveformView *v : m_views)
            v->clear();
        return;
    }
    const FitOptions &fit = m_controller->fit();
    const PairStatus status = pairStatus(*p, fit);
    const QString color = status == PairStatus::Ok         ? QStringLiteral("#2a7a2a")
                          : status == PairStatus::Excluded ? QStringLiteral("#777777")
                          : status == PairStatus::Warning  ? QStringLiteral("#a06000")
                                                           : QStringLiteral("#b02020");
    m_header->setText(QStringLiteral("<b>%1</b> &nbsp;<span style='color:%2'>%3</span>")
                          .arg(p->name.toHtmlEscaped(), color, PairTableModel::statusText(*p, fit).toHtmlEscaped()));
    double total = fit.bucketSeconds;
    for (int s = 0; s < 2; ++s) {
        const ClipRef &c = s == 0 ? p->reference : p->target;
        WaveformClip w;
        w.title = s == 0 ? tr("Reference") : tr("Target");
        w.fileName = formatShort(c);
        w.summary = c.waveform;
        w.decoded = c.decoded;
        for (const Issue &i : c.issues)
            if (i.severity == Severity::Error && w.problem.isEmpty())
                w.problem = i.message;
        w.durationSeconds = c.durationSeconds();
        w.trimOffsetSeconds = c.trimOffsetSeconds;
        w.plan = planFit(c.durationSeconds(), c.trimOffsetSeconds, fit);
        w.color = kSideColor[s];
        m_views[s]->setClip(w);
        total = std::max(total, c.durationSeconds());
    }
    total *= 1.02;
    if (std::abs(total - m_axis->totalSeconds()) > 1e-9)
        m_axis->setTotal(total);
}

void PairInspector::onDragged(int side, double offset)
{
    const DatasetPair *p = m_controller->pair(m_pair);
    if (!p)
        return;
    const ClipRef *clips[2] = {&p->reference, &p->target};
    if (!m_dragging) {
        m_dragging = true;
        for (int s = 0; s < 2; ++s)
            m_dragStart[s] = m_views[s]->clip().plan.kind == FitKind::Trim ? m_views[s]->clip().plan.offsetSeconds : 0.0;
    }
    double offsets[2] = {clips[0]->trimOffsetSeconds, clips[1]->trimOffsetSeconds};
    offsets[side] = offset;
    const int other = 1 - side;
    const double bucket = m_controller->fit().bucketSeconds;
    if (m_link->isChecked() && clips[other]->decoded && clips[other]->durationSeconds() > bucket)
        offsets[other] = std::clamp(m_dragStart[other] + offset - m_dragStart[side], 0.0, clips[other]->durationSeconds() - bucket);
    Q_EMIT trimOffsetsRequested(m_pair, offsets[0], offsets[1]);
}

void PairInspector::syncScrollBar()
{
    const QSignalBlocker block(m_scroll);
    const int visibleMs = int(m_axis->visibleSeconds() * 1000);
    m_scroll->setRange(0, std::max(0, int((m_axis->totalSeconds() - m_axis->visibleSeconds()) * 1000)));
    m_scroll->setPageStep(std::max(1, visibleMs));
    m_scroll->setSingleStep(std::max(1, visibleMs / 10));
    m_scroll->setValue(int(m_axis->startSeconds() * 1000));
}

void PairInspector::setPlayhead(double referenceSeconds, double targetSeconds, int activeSide, bool playing)
{
    m_views[0]->setPlayhead(referenceSeconds);
    m_views[1]->setPlayhead(targetSeconds);
    m_views[0]->setActive(playing && activeSide == 0);
    m_views[1]->setActive(playing && activeSide == 1);
}

void PairInspector::setPlaybackStatus(const QString &text)
{
    m_playbackStatus->setText(text);
    m_playbackStatus->setToolTip(text);
}

}  // namespace a2a
