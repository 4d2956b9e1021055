#pragma once
// A non-blocking banner above the training view offering to resume runs that a crash or power
// loss interrupted. Dismissed runs are remembered (QSettings) and not offered again; they stay
// resumable from the history. Thread rule: GUI thread.

#include "training/RunHistory.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace a2a {

class InterruptedRunBanner : public QFrame {
    Q_OBJECT
public:
    explicit InterruptedRunBanner(QWidget *parent = nullptr);

    // Shows the newest interrupted run not dismissed before; hides when there is none.
    void offer(const QList<RunRecord> &runs);
    QString offeredRun() const { return m_dir; }
    QPushButton *resumeButton() const { return m_resume; }

Q_SIGNALS:
    void resumeRequested(const QString &runDir);
    void showRequested(const QString &runDir);

private:
    QString m_dir;
    QLabel *m_text;
    QPushButton *m_resume, *m_show, *m_dismiss;
};

}  // namespace a2a
