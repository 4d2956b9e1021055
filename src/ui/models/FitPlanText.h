#pragma once
// A clip's fit to the bucket in the user's language ("trim 2.00–7.00 s"): core's
// FitPlan::describe() stays English for the CLI and the report JSON. Thread rule: pure function.

#include "audio/ClipFitter.h"

namespace a2a {

QString fitPlanText(const FitPlan &plan);

}  // namespace a2a
