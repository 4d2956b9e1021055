#include "FitPlanText.h"

#include <QCoreApplication>

namespace a2a {
namespace {

struct FitPlanTr {
    Q_DECLARE_TR_FUNCTIONS(FitPlanText)
};

}  // namespace

QString fitPlanText(const FitPlan &plan)
{
    switch (plan.kind) {
    case FitKind::Skip: return FitPlanTr::tr("too short by %1 s").arg(plan.shortfallSeconds(), 0, 'f', 2);
    case FitKind::Exact: return FitPlanTr::tr("exact");
    case FitKind::Trim:
        return FitPlanTr::tr("trim %1–%2 s").arg(plan.offsetSeconds, 0, 'f', 2).arg(plan.offsetSeconds + plan.bucketSeconds, 0, 'f', 2);
    case FitKind::Stretch: return FitPlanTr::tr("stretch ×%1 (pitch kept)").arg(plan.stretchRatio, 0, 'f', 3);
    }
    return plan.describe();
}

}  // namespace a2a
