// The runs folder as a history: status and metrics round-trip; a resumed run's replayed steps
// replace the ones after its checkpoint; runs are listed newest first and read the same again;
// a "running" run whose trainer died (stale lock) is reported and recorded as interrupted and
// resumable, while one whose lock is still held stays running.

#include "support/TestMain.h"
#include "support/TestFiles.h"

#include "training/RunHistory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>

using namespace a2a;

namespace {

void writeRunJson(const QString &dir, int steps, const QString &data = QStringLiteral("pairs.zip"))
{
    TrainingRequest r;
    r.trainingDataUrl = data;
    r.numberOfSteps = steps;
    r.rank = 16;
    r.triggerPhrase = QStringLiteral("r4dio");
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(QStringLiteral("run.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("request"), r.toJson()}}).toJson());
}

RunStatus status(RunState state, const QString &started, int done = 0, int total = 100)
{
    RunStatus s;
    s.state = state;
    s.started = QDateTime::fromString(started, Qt::ISODate);
    s.updated = s.started;
    s.datasetSource = QStringLiteral("/data/radio.zip");
    s.stepsDone = done;
    s.totalSteps = total;
    return s;
}


}  // namespace

class TestRunHistory : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void statusRoundTrip()
    {
        const QString dir = m_dir.filePath(QStringLiteral("status"));
        QDir().mkpath(dir);
        RunStatus s = status(RunState::Failed, QStringLiteral("2026-11-25T10:00:00Z"), 37, 200);
        s.error = QStringLiteral("the loss became nan at step 38");
        s.finalHeldOutRatio = 0.81;
        QCOMPARE(writeRunStatus(dir, s), QString());
        RunStatus back;
        QVERIFY(readRunStatus(dir, &back));
        QCOMPARE(back.state, RunState::Failed);
        QCOMPARE(back.started, s.started);
        QCOMPARE(back.stepsDone, 37);
        QCOMPARE(back.totalSteps, 200);
        QCOMPARE(back.error, s.error);
        QCOMPARE(back.datasetSource, s.datasetSource);
        QCOMPARE(back.finalHeldOutRatio, 0.81);
    }

    void metricsOfAResumedRunReadAsOneRun()
    {
        const QString dir = m_dir.filePath(QStringLiteral("metrics"));
        QDir().mkpath(dir);
        MetricsLog log(dir);
        QList<LossPoint> first;
        for (int s = 1; s <= 10; ++s)
            first.append({s, 1.0 / s, 2e-4});
        QCOMPARE(log.appendLosses(first), QString());
        ValidationReport baseline;
        baseline.step = 0;
        baseline.heldOutRatio = 1.04;
        baseline.previews.append({QStringLiteral("r4dio voice"), QDir(dir).filePath(QStringLiteral("references/a.wav")),
                                  QDir(dir).filePath(QStringLiteral("previews/step_00000_v0.wav")), false});
        QCOMPARE(log.appendValidation(baseline), QString());
        ValidationReport five = baseline;
        five.step = 5;
        five.heldOutRatio = 0.9;
        five.previews[0].withLora = true;
        QCOMPARE(log.appendValidation(five), QString());
        // Interrupted after step 10; the checkpoint was at step 5: the resumed run replays 6…12.
        QList<LossPoint> replay;
        for (int s = 6; s <= 12; ++s)
            replay.append({s, 2.0 / s, 1e-4});
        replay.append({13, std::nan(""), 1e-4});  // then broke down
        QCOMPARE(log.appendLosses(replay), QString());
        {
            QFile torn(QDir(dir).filePath(QStringLiteral("metrics.jsonl")));
            QVERIFY(torn.open(QIODevice::Append));
            torn.write("{\"type\":\"step\",\"step\":14,\"lo");  // power cut mid-line
        }
        const TrainingCurves c = readRunCurves(dir);
        QCOMPARE(c.losses.size(), 13);
        for (int i = 0; i < 13; ++i)
            QCOMPARE(c.losses[i].step, i + 1);
        QCOMPARE(c.losses[4].loss, 1.0 / 5);  // before the checkpoint: the first run's
        QCOMPARE(c.losses[5].loss, 2.0 / 6);  // after: the replay's
        QVERIFY(std::isnan(c.losses.last().loss));
        QCOMPARE(c.validations.size(), 2);
        QCOMPARE(c.validations[0].step, 0);
        QVERIFY(!c.validations[0].previews[0].withLora);
        QCOMPARE(c.validations[1].heldOutRatio, 0.9);
        // Paths are stored relative to the run folder and come back absolute.
        QCOMPARE(c.validations[1].previews[0].audioPath, QDir(dir).filePath(QStringLiteral("previews/step_00000_v0.wav")));
        QCOMPARE(c.validations[1].previews[0].referencePath, QDir(dir).filePath(QStringLiteral("references/a.wav")));
        QCOMPARE(c.heldOut().size(), 2);
    }

    void listsRunsNewestFirstAndSurvivesRereading()
    {
        const QString root = m_dir.filePath(QStringLiteral("runs"));
        const QString a = root + QStringLiteral("/20261120-090000-radio"), b = root + QStringLiteral("/20261124-090000-radio"),
                      c = root + QStringLiteral("/20261122-090000-denoise"), cli = root + QStringLiteral("/from-the-cli");
        for (const QString &d : {a, b, c})
            writeRunJson(d, 500);
        QCOMPARE(writeRunStatus(a, status(RunState::Finished, QStringLiteral("2026-11-20T09:00:00Z"), 500, 500)), QString());
        QCOMPARE(writeRunStatus(b, status(RunState::Stopped, QStringLiteral("2026-11-24T09:00:00Z"), 120, 500)), QString());
        QCOMPARE(writeRunStatus(c, status(RunState::Failed, QStringLiteral("2026-11-22T09:00:00Z"), 3, 500)), QString());
        QFile::copy(QDir(a).filePath(QStringLiteral("run.json")), QDir(a).filePath(QStringLiteral("lora_file.safetensors")));
        writeRunJson(cli, 300, QStringLiteral("https://example.com/a2a_pairs.zip"));
        QFile::copy(QDir(cli).filePath(QStringLiteral("run.json")), QDir(cli).filePath(QStringLiteral("lora_file.safetensors")));
        QDir().mkpath(root + QStringLiteral("/not-a-run"));

        for (int pass = 0; pass < 2; ++pass) {
            const QList<RunRecord> runs = listRuns(root);
            QCOMPARE(runs.size(), 4);
            QCOMPARE(runs[0].name, QStringLiteral("from-the-cli"));  // made just now
            QCOMPARE(runs[1].name, QFileInfo(b).fileName());
            QCOMPARE(runs[2].name, QFileInfo(c).fileName());
            QCOMPARE(runs[3].name, QFileInfo(a).fileName());
            QCOMPARE(runs[1].status.state, RunState::Stopped);
            QVERIFY(runs[1].canResume());
            QCOMPARE(runs[1].request.rank, 16);
            QCOMPARE(runs[1].request.triggerPhrase, QStringLiteral("r4dio"));
            QCOMPARE(runs[1].datasetName(), QStringLiteral("radio.zip"));
            QCOMPARE(runs[3].status.state, RunState::Finished);
            QVERIFY(!runs[3].canResume());
            QVERIFY(!runs[3].loraFile.isEmpty());
            QVERIFY(runs[3].audioFile.isEmpty());
            // A CLI run has no status file: its files say it finished.
            QVERIFY(!runs[0].hasStatusFile);
            QCOMPARE(runs[0].status.state, RunState::Finished);
            QCOMPARE(runs[0].status.totalSteps, 300);
            QCOMPARE(runs[0].datasetName(), QStringLiteral("a2a_pairs.zip"));
        }
    }

    void deadRunningRunIsInterruptedAndResumable()
    {
        const QString dir = m_dir.filePath(QStringLiteral("crashed"));
        writeRunJson(dir, 400);
        QCOMPARE(writeRunStatus(dir, status(RunState::Running, QStringLiteral("2026-11-25T08:00:00Z"), 260, 400)), QString());
        const QString manifest = dir + QStringLiteral("/checkpoints/step_00250/manifest.json");
        QDir().mkpath(QFileInfo(manifest).path());
        QFile m(manifest);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(R"({"step": 250, "complete": true})");
        m.close();
        test::writeDeadLock(runFilePath(dir, runfiles::kLock));

        RunRecord r;
        QVERIFY(readRun(dir, &r));
        QCOMPARE(r.status.state, RunState::Interrupted);
        QVERIFY(r.canResume());
        QCOMPARE(r.checkpointStep, 250);
        QCOMPARE(r.status.stepsDone, 260);
        // Recorded, not only reported: the status file no longer says running, and the lock is gone.
        RunStatus onDisk;
        QVERIFY(readRunStatus(dir, &onDisk));
        QCOMPARE(onDisk.state, RunState::Interrupted);
        QVERIFY(!QFile::exists(runFilePath(dir, runfiles::kLock)));
    }

    void runningRunWithoutItsLockIsInterrupted()
    {
        // A crash between taking the lock and … or a lock file removed by hand: no lock, no trainer.
        const QString dir = m_dir.filePath(QStringLiteral("nolock"));
        writeRunJson(dir, 100);
        QCOMPARE(writeRunStatus(dir, status(RunState::Running, QStringLiteral("2026-11-25T08:00:00Z"))), QString());
        RunRecord r;
        QVERIFY(readRun(dir, &r));
        QCOMPARE(r.status.state, RunState::Interrupted);
    }

    void liveRunStaysRunning()
    {
        const QString dir = m_dir.filePath(QStringLiteral("live"));
        writeRunJson(dir, 100);
        QLockFile trainer(runFilePath(dir, runfiles::kLock));
        trainer.setStaleLockTime(0);
        QVERIFY(trainer.tryLock(0));
        QCOMPARE(writeRunStatus(dir, status(RunState::Running, QStringLiteral("2026-11-25T08:00:00Z"))), QString());
        RunRecord r;
        QVERIFY(readRun(dir, &r));
        QCOMPARE(r.status.state, RunState::Running);
        QVERIFY(!r.canResume());
        QVERIFY(QFile::exists(runFilePath(dir, runfiles::kLock)));
        RunStatus onDisk;
        QVERIFY(readRunStatus(dir, &onDisk));
        QCOMPARE(onDisk.state, RunState::Running);
    }

    void folderNames()
    {
        const QDateTime t = QDateTime::fromString(QStringLiteral("2026-11-25T15:30:07"), Qt::ISODate);
        QCOMPARE(newRunFolderName(t, QStringLiteral("/home/u/My Pairs (v2).zip")), QStringLiteral("20261125-153007-My_Pairs_v2"));
        QCOMPARE(newRunFolderName(t, QStringLiteral("https://example.com/x/radio.zip?dl=1")), QStringLiteral("20261125-153007-radio"));
        QCOMPARE(newRunFolderName(t, QString()), QStringLiteral("20261125-153007"));
    }
};

A2A_TEST_MAIN(TestRunHistory)
#include "test_run_history.moc"
