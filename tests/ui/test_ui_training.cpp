// Training from the window, on the tiny conformance base and a tiny dataset (seconds per run):
// Train runs on its worker thread while the event loop never stalls (< 100 ms), the chart gets
// loss points, the timeline the step-0 baseline and later previews, and the run finishes with
// its outputs and is listed in the history; Stop saves a checkpoint and Resume continues to the
// end with one continuous loss curve; a run left "running" by a dead process is offered for
// resume at start-up, shown as interrupted, and resumes to the end; a failure shows its error
// and keeps what the run made; the history survives a restart and loads a run's settings.

#include "UiTestSupport.h"
#include "support/TestFiles.h"
#include "support/EventLoopStallProbe.h"

#include "DatasetController.h"
#include "controllers/TrainingController.h"
#include "model/LtxBaseWriter.h"
#include "dataset/DatasetIngestor.h"
#include "models/TrainingRequestModel.h"
#include "training/RunHistory.h"
#include "views/DiagnosisPanel.h"
#include "views/InterruptedRunBanner.h"
#include "views/LossChartView.h"
#include "views/PreviewPanel.h"
#include "views/PreviewTimeline.h"
#include "views/RunsView.h"
#include "views/TrainingPage.h"

#include <QElapsedTimer>
#include <QLockFile>
#include <QAudioDevice>
#include <QMediaDevices>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>

#include <cmath>

using namespace a2a;

namespace {


TrainingRequest tinyRequest(int steps)
{
    TrainingRequest r;
    r.numberOfSteps = steps;
    r.rank = 8;
    r.learningRate = 2e-3;
    r.audioDurationSeconds = 2.0;
    r.triggerPhrase = QStringLiteral("n0ise");
    return r;
}

TrainingOptions tinyOptions(const QString &cacheDir)
{
    TrainingOptions o;
    o.basePath = QStringLiteral(A2A_TEST_DATA_DIR "/conformance/tiny_base.safetensors");
    o.validationInterval = 50;
    o.validationSteps = 2;
    o.cfgScale = 1.0;
    o.checkpointInterval = 20;
    o.cacheDir = cacheDir;
    return o;
}


}  // namespace

class TestUiTraining : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CuratedDataset m_dataset;

    QString root(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());  // the default runs folder too
        QList<test::PairSpec> pairs;
        for (int i = 0; i < 6; ++i)
            pairs.append({QStringLiteral("hiss%1").arg(i), 2.5, 2.5, QStringLiteral("soft hiss")});
        const QString zip = m_dir.filePath(QStringLiteral("tiny.zip"));
        QVERIFY(test::writeDatasetZip(zip, pairs));
        m_dataset = ingestDataset(zip, IngestOptions{}, {}).dataset;
        QCOMPARE(m_dataset.pairs.size(), 6);
    }

    void trainFromThePageWithoutStalling()
    {
        DatasetController dataset;
        TrainingRequestModel request;
        TrainingPage page(&dataset, &request);
        page.resize(1300, 800);
        page.setRunsRoot(root(QStringLiteral("runs-page")));
        page.controller()->setOptions(tinyOptions(root(QStringLiteral("cache"))));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        // Train waits for a dataset and valid settings, and says so.
        QVERIFY(!page.trainButton()->isEnabled());
        QVERIFY(page.trainButton()->toolTip().contains(QStringLiteral("Open a dataset")));
        dataset.setDataset(m_dataset);
        TrainingRequest bad = tinyRequest(100);
        bad.rank = 7;
        request.setRequest(bad);
        QVERIFY(!page.trainButton()->isEnabled());
        QVERIFY(page.trainButton()->toolTip().contains(QStringLiteral("rank")));
        TrainingRequest tooLong = tinyRequest(100);
        tooLong.audioDurationSeconds = 4.0;  // every clip is 2.5 s
        request.setRequest(tooLong);
        QVERIFY(!page.trainButton()->isEnabled());
        request.setRequest(tinyRequest(100));
        QVERIFY2(page.trainButton()->isEnabled(), qPrintable(page.trainButton()->toolTip()));

        QSignalSpy steps(page.controller(), &TrainingController::stepsReported);
        QSignalSpy validations(page.controller(), &TrainingController::validationReported);
        QSignalSpy finished(page.controller(), &TrainingController::finished);
        test::EventLoopStallProbe probe;
        QElapsedTimer clock;
        clock.start();
        page.trainButton()->click();
        QVERIFY(clock.elapsed() < 100);
        QVERIFY(page.controller()->isBusy());
        QVERIFY(!page.trainButton()->isEnabled());
        QVERIFY(page.stopButton()->isEnabled());
        // Listing the history while it trains never takes the live run for a dead one.
        QTRY_VERIFY_WITH_TIMEOUT(!steps.isEmpty(), 60000);
        QSignalSpy listed(page.runsView(), &RunsView::listed);
        page.runsView()->refresh();
        QTRY_VERIFY(!listed.isEmpty());
        QCOMPARE(page.runsView()->runs().size(), 1);
        QVERIFY(page.runsView()->runs().first().status.state != RunState::Interrupted);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
        QTest::qWait(400);  // the last redraws count too
        const qint64 worst = probe.worst();
        qInfo("tiny run of 100 steps: %lld ms, %lld step batches, worst event-loop gap %lld ms", clock.elapsed(), qlonglong(steps.count()), worst);

        const auto result = finished.first().at(0).value<TrainingResult>();
        const QString dir = finished.first().at(1).toString();
        QCOMPARE(result.outcome, TrainingOutcome::Finished);
        QVERIFY(QFile::exists(result.loraFile));
        QVERIFY(QFile::exists(result.configFile));
        QVERIFY(QFile::exists(result.audioFile));
        QVERIFY(dir.startsWith(root(QStringLiteral("runs-page"))));
        QVERIFY(QFileInfo(dir).fileName().endsWith(QStringLiteral("-tiny")));

        // Every step arrived, in batches.
        int reported = 0;
        for (const QList<QVariant> &s : steps)
            reported += int(s.at(0).value<QList<StepReport>>().size());
        QCOMPARE(reported, 100);
        QVERIFY(steps.count() <= 100);
        QCOMPARE(page.controller()->curves().losses.size(), 100);
        QTRY_VERIFY(page.chart()->drawnLossPoints() == 100);
        QVERIFY(page.chart()->drawnSmoothedPoints() > 0);

        // The step-0 baseline first, then the previews with the LoRA, each on the timeline.
        QVERIFY(validations.count() >= 3);
        const auto baseline = validations.first().at(0).value<ValidationReport>();
        QCOMPARE(baseline.step, 0);
        QVERIFY(!baseline.previews.isEmpty());
        QVERIFY(!baseline.previews.first().withLora);
        QVERIFY(QFile::exists(baseline.previews.first().audioPath));
        QVERIFY(baseline.heldOutRatio >= 0);  // 6 usable pairs: one is held out
        // The reference the previews were made from is kept with the run.
        QVERIFY(baseline.previews.first().referencePath.startsWith(dir + QStringLiteral("/references/")));
        QVERIFY(QFile::exists(baseline.previews.first().referencePath));
        QCOMPARE(page.previews()->timeline()->marks().size(), validations.count());
        QCOMPARE(page.previews()->timeline()->marks().first().step, 0);
        QCOMPARE(page.previews()->selectedStep(), 100);  // follows the newest
        QVERIFY(!page.previews()->baselineFile().isEmpty());
        QVERIFY(page.chart()->drawnHeldOutPoints() >= 3);

        // Outputs one click away, with the prompt to use them with.
        QVERIFY(page.usagePrompt().startsWith(QStringLiteral("n0ise")));
        QVERIFY(page.statusText().contains(QStringLiteral("Finished")));
        QVERIFY(page.trainButton()->isEnabled());
        QVERIFY(!page.resumeButton()->isEnabled());

        // The history has it, finished, and so does the disk.
        QTRY_COMPARE(page.runsView()->runs().size(), 1);
        QCOMPARE(page.runsView()->runs().first().status.state, RunState::Finished);
        const TrainingCurves onDisk = readRunCurves(dir);
        QCOMPARE(onDisk.losses.size(), 100);
        QCOMPARE(onDisk.validations.size(), validations.count());

        QVERIFY2(worst < 100, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worst)));
    }

    void longRunsDrawWithoutStalling()
    {
        // 20,000 steps (the service's maximum) arriving live: drawn thinned, never blocking.
        LossChartView chart;
        chart.resize(900, 400);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        TrainingCurves curves;
        for (int s = 0; s <= 20000; s += 5000) {
            ValidationReport v;
            v.step = s;
            v.heldOutRatio = 1.0 - s / 40000.0;
            curves.addValidation(v);
        }
        test::EventLoopStallProbe probe;
        int step = 0;
        for (int batch = 0; batch < 40; ++batch) {
            for (int i = 0; i < 500; ++i, ++step)
                curves.addLoss({step + 1, 0.3 + 0.2 * std::sin(step * 0.37) * std::exp(-step / 8000.0), 2e-4});
            chart.setCurves(curves, 20000);
            QTest::qWait(40);
        }
        QTRY_VERIFY(chart.drawnLossPoints() > LossChartView::kMaxDrawnPoints * 9 / 10);  // thinned, all steps covered
        chart.setLogScale(true);
        QTest::qWait(LossChartView::kRedrawMs * 2);
        qInfo("20,000-step chart: worst event-loop gap %lld ms", probe.worst());
        QVERIFY(chart.drawnLossPoints() <= LossChartView::kMaxDrawnPoints + 1);
        QCOMPARE(chart.drawnHeldOutPoints(), 5);
        QVERIFY2(probe.worst() < 100, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(probe.worst())));
    }

    void stopThenResumeContinuesToTheEnd()
    {
        TrainingController c;
        c.setRunsRoot(root(QStringLiteral("runs-stop")));
        c.setOptions(tinyOptions(root(QStringLiteral("cache"))));
        QSignalSpy finished(&c, &TrainingController::finished);
        connect(&c, &TrainingController::stepsReported, &c, [&c] { c.stop(); });  // at the first batch
        QString error;
        QVERIFY2(c.start(m_dataset, tinyRequest(300), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
        const auto stopped = finished.first().at(0).value<TrainingResult>();
        const QString dir = finished.first().at(1).toString();
        QCOMPARE(stopped.outcome, TrainingOutcome::Stopped);
        QVERIFY(stopped.stepsDone > 0);
        QVERIFY(stopped.stepsDone < 300);
        QVERIFY(!c.isBusy());

        RunRecord record;
        QVERIFY(readRun(dir, &record));
        QCOMPARE(record.status.state, RunState::Stopped);
        QVERIFY(record.canResume());
        QCOMPARE(record.checkpointStep, stopped.stepsDone);
        QVERIFY(record.loraFile.isEmpty());

        c.disconnect(&c, &TrainingController::stepsReported, &c, nullptr);
        finished.clear();
        QVERIFY2(c.resume(dir, &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
        const auto done = finished.first().at(0).value<TrainingResult>();
        QCOMPARE(done.outcome, TrainingOutcome::Finished);
        QCOMPARE(done.stepsDone, 300);
        QVERIFY(QFile::exists(done.loraFile));

        // One continuous curve, the baseline made once.
        const TrainingCurves curves = readRunCurves(dir);
        QCOMPARE(curves.losses.size(), 300);
        for (int i = 0; i < 300; ++i)
            QCOMPARE(curves.losses[i].step, i + 1);
        QCOMPARE(curves.validations.first().step, 0);
        QCOMPARE(curves.validations.last().step, 300);
        QVERIFY(readRun(dir, &record));
        QCOMPARE(record.status.state, RunState::Finished);
        QCOMPARE(record.status.stepsDone, 300);
        QVERIFY(!record.canResume());
    }

    void aRunOnARealLayoutBaseThroughTheController()
    {
        // The app's controller on an LTX-2.3-layout checkpoint with its Gemma-3 folder: text
        // encoding, the real codec, training, previews and outputs, like any other run.
        const QString base = root(QStringLiteral("tiny_ltx.safetensors"));
        QCOMPARE(writeLtxLayoutBase(base, LtxLayoutBaseOptions{}), QString());
        TrainingOptions o = tinyOptions(root(QStringLiteral("cache-ltx")));
        o.basePath = base;
        o.textEncoderPath = QStringLiteral(A2A_TEST_DATA_DIR "/ltx_text/gemma_tiny");
        TrainingController c;
        c.setRunsRoot(root(QStringLiteral("runs-ltx")));
        c.setOptions(o);
        QSignalSpy finished(&c, &TrainingController::finished);
        QString error;
        QVERIFY2(c.start(m_dataset, tinyRequest(100), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 300000);
        const auto done = finished.first().at(0).value<TrainingResult>();
        QVERIFY2(done.outcome == TrainingOutcome::Finished, qPrintable(done.error));
        QCOMPARE(done.stepsDone, 100);
        QVERIFY(QFile::exists(done.loraFile));
        QVERIFY(QFile::exists(done.audioFile));
        // Without the folder the controller's run fails with the reason, not a stand-in.
        o.textEncoderPath.clear();
        c.setOptions(o);
        finished.clear();
        QVERIFY2(c.start(m_dataset, tinyRequest(100), &error), qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        const auto refused = finished.first().at(0).value<TrainingResult>();
        QCOMPARE(refused.outcome, TrainingOutcome::Failed);
        QVERIFY2(refused.error.contains(QLatin1String("Gemma-3")), qPrintable(refused.error));
    }

    void crashedRunIsOfferedForResumeAtStartUp()
    {
        // A run that stopped at a checkpoint, then made to look exactly as a crash leaves it:
        // status "running" and the lock file of a process that is gone.
        const QString runs = root(QStringLiteral("runs-crash"));
        QString dir;
        {
            TrainingController c;
            c.setRunsRoot(runs);
            c.setOptions(tinyOptions(root(QStringLiteral("cache"))));
            QSignalSpy finished(&c, &TrainingController::finished);
            connect(&c, &TrainingController::stepsReported, &c, [&c] { c.stop(); });
            QVERIFY(c.start(m_dataset, tinyRequest(100)));
            QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
            dir = finished.first().at(1).toString();
        }
        RunStatus s;
        QVERIFY(readRunStatus(dir, &s));
        s.state = RunState::Running;
        QCOMPARE(writeRunStatus(dir, s), QString());
        test::writeDeadLock(runFilePath(dir, runfiles::kLock));

        // The next start of the app.
        DatasetController dataset;
        TrainingRequestModel request;
        TrainingPage page(&dataset, &request);
        QSignalSpy offered(&page, &TrainingPage::interruptedRunFound);
        page.setRunsRoot(runs);
        page.controller()->setOptions(tinyOptions(root(QStringLiteral("cache"))));
        page.show();
        QTRY_COMPARE_WITH_TIMEOUT(offered.count(), 1, 10000);
        QCOMPARE(offered.first().at(0).toString(), dir);
        QVERIFY(page.interruptedBanner()->isVisible());
        QCOMPARE(page.runsView()->runs().size(), 1);
        QCOMPARE(page.runsView()->runs().first().status.state, RunState::Interrupted);
        QCOMPARE(RunsView::stateText(page.runsView()->runs().first()), QStringLiteral("Interrupted"));
        RunStatus onDisk;
        QVERIFY(readRunStatus(dir, &onDisk));
        QCOMPARE(onDisk.state, RunState::Interrupted);  // no zombie "running" left behind
        QCOMPARE(page.shownRun(), dir);
        QVERIFY(page.resumeButton()->isEnabled());

        QSignalSpy finished(page.controller(), &TrainingController::finished);
        page.interruptedBanner()->resumeButton()->click();
        QVERIFY(page.controller()->isBusy());
        QVERIFY(!page.interruptedBanner()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
        QCOMPARE(finished.first().at(0).value<TrainingResult>().outcome, TrainingOutcome::Finished);
        QCOMPARE(readRunCurves(dir).losses.size(), 100);
        QTRY_COMPARE(page.runsView()->runs().first().status.state, RunState::Finished);
    }

    void failureShowsTheErrorAndKeepsWhatWasMade()
    {
        DatasetController dataset;
        dataset.setDataset(m_dataset);
        TrainingRequestModel request;
        request.setRequest(tinyRequest(100));
        TrainingPage page(&dataset, &request);
        page.setRunsRoot(root(QStringLiteral("runs-fail")));
        TrainingOptions o = tinyOptions(root(QStringLiteral("cache")));
        o.injectNanAtStep = 60;
        page.controller()->setOptions(o);
        QSignalSpy finished(page.controller(), &TrainingController::finished);
        QVERIFY(page.train());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 90000);
        const auto result = finished.first().at(0).value<TrainingResult>();
        const QString dir = finished.first().at(1).toString();
        QCOMPARE(result.outcome, TrainingOutcome::Failed);
        QVERIFY(result.error.contains(QStringLiteral("learning rate")));
        QVERIFY(page.errorText().contains(result.error));
        QVERIFY(page.errorText().contains(dir));
        QVERIFY(page.trainButton()->isEnabled());

        // What it made before failing is kept: previews, checkpoints, curves, and the reason.
        QVERIFY(QFile::exists(dir + QStringLiteral("/previews/step_00000_v0.wav")));
        QVERIFY(QFile::exists(dir + QStringLiteral("/previews/step_00050_v0.wav")));
        QCOMPARE(newestCheckpointStep(dir), 40);
        const TrainingCurves curves = readRunCurves(dir);
        QCOMPARE(curves.losses.size(), 59);
        QCOMPARE(curves.validations.size(), 2);
        RunRecord record;
        QVERIFY(readRun(dir, &record));
        QCOMPARE(record.status.state, RunState::Failed);
        QCOMPARE(record.status.error, result.error);
        QVERIFY(record.canResume());
        QVERIFY(record.loraFile.isEmpty());
        QTRY_COMPARE(page.runsView()->runs().size(), 1);
        QCOMPARE(page.runsView()->runs().first().status.state, RunState::Failed);
    }

    void historySurvivesARestartAndLoadsSettings()
    {
        // A new page over the same runs folder (the app started again): the runs are there, newest
        // first, the newest is shown with its curves and previews, and "Train again" loads its settings.
        DatasetController dataset;
        dataset.setDataset(m_dataset);
        TrainingRequestModel request;
        TrainingPage page(&dataset, &request);
        page.setRunsRoot(root(QStringLiteral("runs-page")));
        QTRY_COMPARE(page.runsView()->runs().size(), 1);
        QTRY_VERIFY(!page.shownRun().isEmpty());
        QTRY_VERIFY(page.chart()->drawnLossPoints() == 100);
        QVERIFY(page.previews()->timeline()->marks().size() >= 3);
        QVERIFY(!page.diagnosis()->text().isEmpty());

        // Any step's preview against the step-0 baseline, then against its reference.
        PreviewPanel *previews = page.previews();
        previews->timeline()->selectStep(50);
        const QString step50 = previews->previewFile();
        QVERIFY(step50.endsWith(QStringLiteral("step_00050_v0.wav")));
        QVERIFY(previews->baselineFile().endsWith(QStringLiteral("step_00000_v0.wav")));
        previews->playCompared(PreviewPanel::Compare::Baseline);
        QTRY_COMPARE_WITH_TIMEOUT(previews->loadedFiles(), QStringList({previews->baselineFile(), step50}), 20000);
        previews->playCompared(PreviewPanel::Compare::Reference);
        QTRY_COMPARE_WITH_TIMEOUT(previews->loadedFiles(), QStringList({previews->referenceFile(), step50}), 20000);
        if (!QMediaDevices::defaultAudioOutput().isNull()) {
            QTRY_VERIFY_WITH_TIMEOUT(previews->isPlaying(), 5000);
            QCOMPARE(previews->activeSide(), 0);  // the reference
            previews->switchAB();
            QCOMPARE(previews->activeSide(), 1);  // the step 50 preview, same position
            previews->stop();
        }
        QCOMPARE(request.request().numberOfSteps, TrainingRequest{}.numberOfSteps);
        page.runsView()->selectRun(page.shownRun());
        QSignalSpy again(page.runsView(), &RunsView::trainAgainRequested);
        for (QPushButton *b : page.runsView()->findChildren<QPushButton *>())
            if (b->text() == QStringLiteral("Train Again"))
                b->click();
        QCOMPARE(again.count(), 1);
        QCOMPARE(request.request().numberOfSteps, 100);
        QCOMPARE(request.request().rank, 8);
        QCOMPARE(dataset.dataset().triggerPhrase, QStringLiteral("n0ise"));
    }
};

A2A_UI_TEST_MAIN(TestUiTraining)
#include "test_ui_training.moc"
