#include "TrainingScreenshot.h"

#include "MainWindow.h"
#include "controllers/TrainingController.h"
#include "models/TrainingRequestModel.h"
#include "views/TrainingPage.h"

#include <QApplication>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>

namespace a2a {

void runTrainingScreenshot(MainWindow *window, const TrainingShotPlan &plan)
{
    TrainingPage *page = window->trainingPage();
    window->centralTabs()->setCurrentWidget(page);
    TrainingRequest request = window->requestModel()->request();
    request.numberOfSteps = plan.steps;
    window->requestModel()->setRequest(request);
    if (!page->train()) {
        std::fprintf(stderr, "cannot train: %s\n", qPrintable(page->errorText()));
        QApplication::exit(3);
        return;
    }
    TrainingController *controller = page->controller();
    auto taken = std::make_shared<bool>(false);
    QObject::connect(controller, &TrainingController::validationReported, window, [window, controller, plan, taken](const ValidationReport &r) {
        if (*taken || r.step < plan.steps / 2)
            return;
        *taken = true;
        // Let the chart's coalesced redraw and the timeline catch up first.
        QTimer::singleShot(2 * 250 + 300, window, [window, controller, plan] {
            window->grab().save(plan.live);
            if (plan.done.isEmpty())
                controller->stop();
        });
    });
    QObject::connect(controller, &TrainingController::finished, window, [window, plan, taken](const TrainingResult &r) {
        if (r.outcome == TrainingOutcome::Failed)
            std::fprintf(stderr, "training failed: %s\n", qPrintable(r.error));
        QTimer::singleShot(1200, window, [window, plan, taken, r] {
            if (!plan.done.isEmpty())
                window->grab().save(plan.done);
            QApplication::exit(r.outcome == TrainingOutcome::Failed || !*taken ? 4 : 0);
        });
    });
}

}  // namespace a2a
