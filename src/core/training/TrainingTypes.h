#pragma once
// Plain values that cross from the trainer to its callers (CLI, app controllers): no torch here,
// so UI code can include this header. Thread rule: plain values, copy freely.

#include <QList>
#include <QString>

#include <functional>

namespace a2a {

struct StepReport {
    int step = 0;             // 1-based, the step just finished
    int totalSteps = 0;
    double loss = 0.0;
    double learningRate = 0.0;
    double stepSeconds = 0.0;
    double etaSeconds = 0.0;  // remaining training time, validations not included
};

struct PreviewClip {
    QString prompt;
    QString referencePath;  // the reference it was generated from
    QString audioPath;      // wav written for this preview
    bool withLora = true;   // false for the step-0 baseline
};

struct ValidationReport {
    int step = 0;
    double heldOutRatio = -1.0;  // log-mel distance to the true target ÷ reference-to-target distance; < 0 = not measured
    QList<PreviewClip> previews;
    double seconds = 0.0;
};

struct TrainingCallbacks {
    std::function<void(const StepReport &)> onStep;
    std::function<void(const ValidationReport &)> onValidation;
    std::function<void(const QString &stage, qint64 done, qint64 total)> onProgress;  // preprocessing, saving
    std::function<void(const QString &)> onLog;
    std::function<bool()> shouldStop;  // checked every step: true = save a checkpoint and stop
};

enum class TrainingOutcome { Finished, Stopped, Failed };

struct TrainingResult {
    TrainingOutcome outcome = TrainingOutcome::Failed;
    QString error;           // for Failed: what happened and what to do
    int stepsDone = 0;
    QString loraFile;        // lora_file
    QString configFile;      // config_file
    QString audioFile;       // audio (combined previews)
    QString debugDataset;    // debug_dataset, when asked
    double finalHeldOutRatio = -1.0;
};

}  // namespace a2a
