#pragma once
// What the app keeps in a run folder beside the engine's own files (run.json, dataset.zip,
// checkpoints/, previews/, the outputs): status.json (the run's state, written whole through
// QSaveFile at every change), metrics.jsonl (one JSON line per step and per validation, appended,
// so a crash loses at most the unflushed tail; a torn last line is skipped on reading), run.lock
// (a QLockFile held for as long as a process trains the run: a "running" status whose lock is
// not held means that process died), and references/ (copies of the clips the previews were made
// from, so a run can be listened to after its dataset is gone). Paths inside metrics.jsonl are
// relative to the folder, so a run folder can be moved.
// Torch-free. Thread rule: one writer per folder (the one holding run.lock); readers anywhere.

#include "TrainingCurves.h"

#include <QDateTime>
#include <QString>

namespace a2a {

enum class RunState {
    Running,      // a process holds the lock and trains
    Stopped,      // stopped by the user; a checkpoint was saved
    Finished,     // every step done, outputs written
    Failed,       // the engine stopped with an error; what it produced is kept
    Interrupted,  // the process training it died (crash, power loss): resume continues from its checkpoint
};

QString runStateName(RunState state);  // "running", "stopped", …
RunState runStateFromName(const QString &name, bool *ok = nullptr);

struct RunStatus {
    RunState state = RunState::Running;
    QDateTime started;
    QDateTime updated;
    QString datasetSource;        // what the user trained from (path or URL)
    int stepsDone = 0;
    int totalSteps = 0;
    QString error;                // for Failed
    double finalHeldOutRatio = -1.0;
};

namespace runfiles {
inline constexpr char kStatus[] = "status.json";
inline constexpr char kMetrics[] = "metrics.jsonl";
inline constexpr char kLock[] = "run.lock";
inline constexpr char kRunConfig[] = "run.json";  // the engine's: request and job settings
inline constexpr char kReferences[] = "references";
}  // namespace runfiles

QString runFilePath(const QString &runDir, const char *name);

// Writes status.json atomically; returns "" on success, else what went wrong.
QString writeRunStatus(const QString &runDir, const RunStatus &status);
// Reads status.json; false when it is missing or unreadable.
bool readRunStatus(const QString &runDir, RunStatus *status);

// Appends to metrics.jsonl. Thread rule: the training thread only.
class MetricsLog {
public:
    explicit MetricsLog(QString runDir);
    QString appendLosses(const QList<LossPoint> &points);  // "" on success
    QString appendValidation(const ValidationReport &report);

private:
    QString append(const QByteArray &lines);
    QString m_runDir;
};

// The run's curves from metrics.jsonl (absolute paths in the previews); empty when absent.
TrainingCurves readRunCurves(const QString &runDir);

}  // namespace a2a
