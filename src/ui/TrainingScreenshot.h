#pragma once
// a2a-studio --screenshot-training PNG [--train-steps N] [--screenshot-training-done PNG]:
// trains the open dataset for N steps from the Training tab, saves the window once the previews
// reach half the steps (a live chart and timeline), then either stops the run or, with a second
// PNG, lets it finish and saves the finished view; then quits. For docs and visual checks
// (tests/ui/screenshots.sh). Thread rule: GUI thread.

#include <QString>

namespace a2a {

class MainWindow;

struct TrainingShotPlan {
    QString live;  // saved at the validation at or after half the steps
    QString done;  // saved after the run finished (empty: stop after the live one)
    int steps = 100;
};

void runTrainingScreenshot(MainWindow *window, const TrainingShotPlan &plan);

}  // namespace a2a
