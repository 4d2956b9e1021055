#pragma once
// The request body of the reference service (fal-ai/ltx23-trainer-v2/ic-lora/a2a), field for
// field: names, types, defaults and ranges are declared once here and read by the JSON parser,
// the CLI's --help and the app's settings form. Video-only shared fields are accepted and ignored.
// Thread rule: a plain value.

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace a2a {

struct ValidationEntry {
    QString prompt;
    QString referenceAudioUrl;  // required: http(s) URL, file:// URL or a path relative to the request
};

struct RequestError {
    QString field;    // e.g. "rank", "validation[1].reference_audio_url"
    QString message;  // names the value and the allowed range
};

// Ranges as the service documents them.
struct RequestLimits {
    static constexpr int kMinSteps = 100, kMaxSteps = 20000;
    static constexpr double kMinDuration = 0.5, kMaxDuration = 60.0;
    static constexpr double kMinSplitThreshold = 1.0, kMaxSplitThreshold = 60.0;
    static constexpr int kMinFrameRate = 8, kMaxFrameRate = 60;
    static constexpr double kMinStg = 0.0, kMaxStg = 3.0;
    static constexpr double kMinLearningRate = 1e-7, kMaxLearningRate = 1e-1;  // ours: the service states none
    static constexpr int kMaxValidationEntries = 2;
    static const QList<int> &allowedRanks();
};

QString defaultNegativePrompt();

struct TrainingRequest {
    QString trainingDataUrl;                    // training_data_url (required)
    QString triggerPhrase;                      // trigger_phrase
    int rank = 32;                              // rank ∈ {8,16,32,64,128}
    int numberOfSteps = 2000;                   // number_of_steps 100–20000
    double learningRate = 0.0002;               // learning_rate
    double audioDurationSeconds = 5.0;          // audio_duration_seconds 0.5–60
    bool audioNormalize = true;                 // audio_normalize
    bool audioPreservePitch = true;             // audio_preserve_pitch
    bool splitInputIntoScenes = false;          // split_input_into_scenes (must stay off in a2a)
    double splitInputDurationThreshold = 30.0;  // split_input_duration_threshold 1–60
    QList<ValidationEntry> validation;          // validation, at most 2
    QString validationNegativePrompt = defaultNegativePrompt();  // validation_negative_prompt
    int validationFrameRate = 24;               // validation_frame_rate 8–60
    double stgScale = 1.0;                      // stg_scale 0–3
    bool debugDataset = false;                  // debug_dataset

    QStringList ignoredFields;                  // video-only fields present in the body (no effect)

    // Preview length: F / fps seconds, F the largest 8k+1 with F / fps ≤ the bucket.
    int previewFrames() const;
    double previewSeconds() const;

    // Every rule violation, each naming the field, the value and the allowed range.
    QList<RequestError> validate() const;

    QJsonObject toJson() const;
};

struct RequestParseResult {
    TrainingRequest request;
    QList<RequestError> errors;  // type errors, unknown fields and range violations
    bool ok() const { return errors.isEmpty(); }
};

// requireDataUrl = false lets the app and `inspect` check settings before a dataset is chosen.
RequestParseResult parseTrainingRequest(const QJsonObject &json, bool requireDataUrl = true);
RequestParseResult parseTrainingRequest(const QByteArray &jsonText, bool requireDataUrl = true);

// The shared video fields that this audio-only mode accepts and ignores.
const QStringList &ignoredVideoFields();

QString formatRequestErrors(const QList<RequestError> &errors);

}  // namespace a2a
