#pragma once
// The CLI's dataset report (core formatDatasetReport), word for word, for the current bucket:
// every pair's clips, formats, fits, final captions and issues, the dataset's errors and
// warnings, the summary and the verdict. Rebuilt only while visible. Thread rule: GUI thread.

#include <QWidget>

class QPlainTextEdit;

namespace a2a {

class DatasetController;

class ReportView : public QWidget {
    Q_OBJECT
public:
    ReportView(const DatasetController *controller, QWidget *parent = nullptr);
    QString text() const;
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    const DatasetController *m_controller;
    QPlainTextEdit *m_text;
    bool m_stale = true;
};

}  // namespace a2a
