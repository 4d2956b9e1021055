#pragma once
// The diagnosis under the loss chart: core diagnoseTraining() findings, worded in the user's
// language in the reference doc's "Diagnosing Issues" terms, warnings first.
// Thread rule: GUI thread.

#include "training/TrainingDiagnosis.h"

#include <QLabel>

namespace a2a {

class DiagnosisPanel : public QLabel {
    Q_OBJECT
public:
    explicit DiagnosisPanel(QWidget *parent = nullptr);

    void setInput(const DiagnosisInput &input);
    const QList<Finding> &findings() const { return m_findings; }

    static QString describe(const Finding &finding, const DiagnosisInput &input);

private:
    QList<Finding> m_findings;
};

}  // namespace a2a
