#pragma once
// Reads a run's curves the way the reference service's "Diagnosing Issues" does, so the user
// learns what to change before the next run: overfitting (train loss falling while the held-out
// metric rises: fewer steps, a lower rank, more pairs), an output that ignores the reference (the
// held-out metric flat near 1.0: check that pairs differ only by the transformation), a LoRA
// that leaves the held-out pair further from its target than the base model alone (overfitting
// from the start: fewer steps, a lower rank, a lower learning rate), a loss that
// does not fall (raise the learning rate, check the data), a loss that broke down (NaN: lower the
// learning rate), and a held-out metric still improving at the end (more steps may help).
// Findings carry their kind and figures; the app words them in the user's language, the English
// text is for logs and the CLI.
// Torch-free; a pure function of the curves. Thread rule: any thread.

#include "TrainingCurves.h"

#include <QList>
#include <QString>

namespace a2a {

enum class FindingKind {
    LossNotFinite,     // step = where it broke down
    LossNotFalling,    // value = last ÷ first loss level
    Overfitting,       // step = best held-out step, value = its ratio, value2 = the last ratio
    WorseThanBaseline, // step = best LoRA step, value = the baseline's ratio, value2 = the last ratio
    IgnoresReference,  // value = the last ratio (≈ 1.0)
    MoreStepsMayHelp,  // step = the last validation, value = its ratio
    Healthy,           // value = the last ratio (< 0 when unmeasured)
};

struct Finding {
    FindingKind kind = FindingKind::Healthy;
    bool warning = false;  // something to change; else information
    int step = -1;
    double value = 0.0;
    double value2 = 0.0;
    QString text;          // English, in the reference doc's terms
};

struct DiagnosisInput {
    TrainingCurves curves;
    int totalSteps = 0;     // the run's number_of_steps
    double learningRate = 0.0;
    int rank = 0;
};

// Nothing (an empty list) until there is enough to judge.
QList<Finding> diagnoseTraining(const DiagnosisInput &input);

// The loss level over a span of steps: the median, robust to the flow-matching loss's noise.
double medianLoss(const QList<LossPoint> &losses, int from, int count);

}  // namespace a2a
