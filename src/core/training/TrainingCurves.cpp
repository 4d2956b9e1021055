#include "TrainingCurves.h"

namespace a2a {

void TrainingCurves::addLoss(const LossPoint &point)
{
    while (!losses.isEmpty() && losses.last().step >= point.step)
        losses.removeLast();
    losses.append(point);
}

void TrainingCurves::addValidation(const ValidationReport &report)
{
    while (!validations.isEmpty() && validations.last().step >= report.step)
        validations.removeLast();
    validations.append(report);
}

QList<HeldOutPoint> TrainingCurves::heldOut() const
{
    QList<HeldOutPoint> out;
    for (const ValidationReport &v : validations)
        if (v.heldOutRatio >= 0.0)
            out.append({v.step, v.heldOutRatio});
    return out;
}

}  // namespace a2a
