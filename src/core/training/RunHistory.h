#pragma once
// The runs folder as a history, like the reference service's "Training history": every run
// folder under one root (the app's, or any folder the CLI wrote runs into), newest first, with
// its request, dataset, state, figures and outputs. A run whose status says "running" but whose
// run.lock no process holds any more (a crash, a power cut) is reported — and recorded — as
// Interrupted, so no run ever stays "running" after its trainer is gone.
// Torch-free. Thread rule: any thread; readRun() may rewrite a dead run's status.json.

#include "RunFolder.h"
#include "TrainingRequest.h"

#include <QList>

namespace a2a {

struct RunRecord {
    QString dir;                  // absolute path of the run folder
    QString name;                 // the folder's name: "20261125-153000-radio"
    RunStatus status;
    bool hasStatusFile = false;   // false for runs the CLI made: the state is inferred from the files
    TrainingRequest request;      // from run.json
    bool hasRequest = false;
    int checkpointStep = 0;       // newest complete checkpoint (0 = none)
    QString loraFile;             // outputs that exist (empty when not)
    QString configFile;
    QString audioFile;
    QString debugDataset;

    QString datasetName() const;  // file name of the dataset source, or the source itself for URLs
    // Resume continues from the newest checkpoint (or from the start when there is none yet).
    bool canResume() const;
};

// One run folder; false (and *record untouched) when `dir` holds no run.
bool readRun(const QString &dir, RunRecord *record);

// Every run under root, newest first (by start time, then by folder name).
QList<RunRecord> listRuns(const QString &root);

// "yyyyMMdd-hhmmss-<dataset name>", the name made safe for any file system.
QString newRunFolderName(const QDateTime &started, const QString &datasetSource);

// The newest complete checkpoint's step in a run folder (checkpoints/step_NNNNN/ with its manifest).
int newestCheckpointStep(const QString &runDir);

}  // namespace a2a
