#pragma once
// File ▸ New Sample Dataset: which kind (radio, denoise, timbre), how many pairs, how long, and
// where to write the zip. Thread rule: GUI thread.

#include "samples/SampleDatasetMaker.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace a2a {

class SampleDatasetDialog : public QDialog {
    Q_OBJECT
public:
    SampleDatasetDialog(const SampleOptions &defaults, const QString &defaultDirectory, QWidget *parent = nullptr);

    SampleOptions options() const;
    QString outputZip() const;

private:
    void updateDescription();
    void browse();

    QComboBox *m_kind;
    QLabel *m_description;
    QSpinBox *m_pairs;
    QDoubleSpinBox *m_seconds;
    QLineEdit *m_path;
};

}  // namespace a2a
