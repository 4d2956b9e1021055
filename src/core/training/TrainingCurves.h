#pragma once
// The curves of one training run as the app draws and diagnoses them: the loss of every step and
// every validation (step 0 = the baseline without the LoRA). A resumed run replays the steps after
// its last checkpoint; adding a step or validation at or before the last one recorded drops the
// later ones first, so the curves always read as one uninterrupted run.
// Torch-free. Thread rule: a plain value.

#include "TrainingTypes.h"

#include <QList>

namespace a2a {

struct LossPoint {
    int step = 0;
    double loss = 0.0;          // may be NaN/inf: the step where training broke down
    double learningRate = 0.0;
};

struct HeldOutPoint {
    int step = 0;
    double ratio = 0.0;  // log-mel distance to the target ÷ reference-to-target distance (1.0 = pass-through)
};

struct TrainingCurves {
    QList<LossPoint> losses;              // ascending steps
    QList<ValidationReport> validations;  // ascending steps

    void addLoss(const LossPoint &point);
    void addValidation(const ValidationReport &report);
    // Validations that measured the held-out pair, in step order.
    QList<HeldOutPoint> heldOut() const;
    int lastStep() const { return losses.isEmpty() ? 0 : losses.last().step; }
    bool isEmpty() const { return losses.isEmpty() && validations.isEmpty(); }
};

}  // namespace a2a
