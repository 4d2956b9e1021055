#pragma once
// The selected pair, reference above target on one time axis (zoom: Ctrl+wheel or the buttons;
// scroll: wheel or the bar), each with its bucket span and fit; a flagged short clip shows what
// is missing. Dragging a span asks for new trim offsets (both sides together when linked).
// Holds a PairId and looks the pair up on every refresh. Emits requests; never edits.
// Thread rule: GUI thread.

#include "dataset/CuratedDataset.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QScrollBar;

namespace a2a {

class DatasetController;
class TimeAxis;
class WaveformView;

class PairInspector : public QWidget {
    Q_OBJECT
public:
    PairInspector(const DatasetController *controller, QWidget *parent = nullptr);

    void setPair(PairId id);
    PairId pair() const { return m_pair; }
    void refresh();

    // Transport controls shown under the waveforms (owned by the playback controller).
    void setTransportActions(const QList<QAction *> &actions);
    void setPlayhead(double referenceSeconds, double targetSeconds, int activeSide, bool playing);
    void setPlaybackStatus(const QString &text);

    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *zoomFitAction() const { return m_zoomFit; }
    bool linkTrims() const;
    void setLinkTrims(bool on);

    WaveformView *referenceView() const { return m_views[0]; }
    WaveformView *targetView() const { return m_views[1]; }
    TimeAxis *axis() const { return m_axis; }

Q_SIGNALS:
    void trimOffsetsRequested(a2a::PairId id, double referenceOffset, double targetOffset);
    void seekRequested(int side, double clipSeconds);

private:
    void onDragged(int side, double offset);
    void syncScrollBar();
    QWidget *makeTransportRow();

    const DatasetController *m_controller;
    PairId m_pair = -1;
    TimeAxis *m_axis;
    WaveformView *m_views[2];
    QLabel *m_header;
    QLabel *m_playbackStatus;
    QScrollBar *m_scroll;
    QCheckBox *m_link;
    QWidget *m_transport;
    QAction *m_zoomIn, *m_zoomOut, *m_zoomFit;
    bool m_dragging = false;
    double m_dragStart[2] = {0.0, 0.0};
};

}  // namespace a2a
