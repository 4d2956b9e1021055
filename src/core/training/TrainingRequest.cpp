#include "TrainingRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace a2a {
namespace {

QString jsonValueText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', 10);
    case QJsonValue::String: return QStringLiteral("\"%1\"").arg(v.toString());
    case QJsonValue::Array: return QStringLiteral("an array");
    case QJsonValue::Object: return QStringLiteral("an object");
    case QJsonValue::Null: return QStringLiteral("null");
    default: break;
    }
    return QStringLiteral("undefined");
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size() + 1)), cur(size_t(b.size() + 1));
    for (int j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = j;
    for (int i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (int j = 1; j <= b.size(); ++j)
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1,
                                       prev[size_t(j - 1)] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

const QStringList &knownFields()
{
    static const QStringList fields{
        QStringLiteral("training_data_url"),     QStringLiteral("trigger_phrase"),
        QStringLiteral("rank"),                  QStringLiteral("number_of_steps"),
        QStringLiteral("learning_rate"),         QStringLiteral("audio_duration_seconds"),
        QStringLiteral("audio_normalize"),       QStringLiteral("audio_preserve_pitch"),
        QStringLiteral("split_input_into_scenes"), QStringLiteral("split_input_duration_threshold"),
        QStringLiteral("validation"),            QStringLiteral("validation_negative_prompt"),
        QStringLiteral("validation_frame_rate"), QStringLiteral("stg_scale"),
        QStringLiteral("debug_dataset")};
    return fields;
}

// Reads typed fields, recording a type error naming the field and the value it got.
struct FieldReader {
    const QJsonObject &json;
    QList<RequestError> &errors;

    bool present(const QString &key) const { return json.contains(key) && !json.value(key).isNull(); }
    void typeError(const QString &key, const QString &expected)
    {
        errors.append({key, QStringLiteral("%1 must be %2, got %3").arg(key, expected, jsonValueText(json.value(key)))});
    }
    void readString(const QString &key, QString &out)
    {
        if (!present(key))
            return;
        if (!json.value(key).isString())
            return typeError(key, QStringLiteral("a string"));
        out = json.value(key).toString();
    }
    void readBool(const QString &key, bool &out)
    {
        if (!present(key))
            return;
        if (!json.value(key).isBool())
            return typeError(key, QStringLiteral("true or false"));
        out = json.value(key).toBool();
    }
    void readNumber(const QString &key, double &out)
    {
        if (!present(key))
            return;
        if (!json.value(key).isDouble())
            return typeError(key, QStringLiteral("a number"));
        out = json.value(key).toDouble();
    }
    void readInt(const QString &key, int &out)
    {
        if (!present(key))
            return;
        const QJsonValue v = json.value(key);
        if (!v.isDouble() || std::floor(v.toDouble()) != v.toDouble() || std::fabs(v.toDouble()) > 1e9)
            return typeError(key, QStringLiteral("an integer"));
        out = int(v.toDouble());
    }
};

QString rangeText(double lo, double hi) { return QStringLiteral("%1–%2").arg(lo, 0, 'g', 6).arg(hi, 0, 'g', 6); }

}  // namespace

const QList<int> &RequestLimits::allowedRanks()
{
    static const QList<int> ranks{8, 16, 32, 64, 128};
    return ranks;
}

QString defaultNegativePrompt()
{
    return QStringLiteral("silent or muted audio, distorted audio, clipping, crackling, hiss, hum, background noise, "
                          "echo, muffled sound, robotic voice, metallic artifacts, warbling, glitches, dropouts, "
                          "low quality, low bitrate");
}

const QStringList &ignoredVideoFields()
{
    static const QStringList fields{
        QStringLiteral("number_of_frames"),        QStringLiteral("frame_rate"),
        QStringLiteral("resolution"),              QStringLiteral("aspect_ratio"),
        QStringLiteral("validation_resolution"),   QStringLiteral("validation_aspect_ratio"),
        QStringLiteral("validation_number_of_frames"), QStringLiteral("first_frame_conditioning_p"),
        QStringLiteral("auto_scale_input"),        QStringLiteral("with_audio"),
        QStringLiteral("generate_audio_in_validation"), QStringLiteral("video_duration_seconds"),
        QStringLiteral("reference_downscale_factor"), QStringLiteral("validation_frame_count")};
    return fields;
}

int TrainingRequest::previewFrames() const
{
    // The largest F = 8k + 1 with F / fps ≤ bucket; at least 1 frame.
    const double maxFrames = audioDurationSeconds * validationFrameRate + 1e-9;
    const int k = int(std::floor((maxFrames - 1.0) / 8.0));
    return std::max(1, 8 * std::max(k, 0) + 1);
}

double TrainingRequest::previewSeconds() const { return double(previewFrames()) / validationFrameRate; }

QList<RequestError> TrainingRequest::validate() const
{
    QList<RequestError> errors;
    using L = RequestLimits;
    if (!L::allowedRanks().contains(rank))
        errors.append({QStringLiteral("rank"), QStringLiteral("rank is %1; allowed values are 8, 16, 32, 64, 128").arg(rank)});
    if (numberOfSteps < L::kMinSteps || numberOfSteps > L::kMaxSteps)
        errors.append({QStringLiteral("number_of_steps"),
                       QStringLiteral("number_of_steps is %1; allowed range is %2").arg(numberOfSteps).arg(rangeText(L::kMinSteps, L::kMaxSteps))});
    if (!(learningRate >= L::kMinLearningRate && learningRate <= L::kMaxLearningRate))
        errors.append({QStringLiteral("learning_rate"),
                       QStringLiteral("learning_rate is %1; allowed range is %2 (the default is 0.0002)")
                           .arg(learningRate, 0, 'g', 6).arg(rangeText(L::kMinLearningRate, L::kMaxLearningRate))});
    if (!(audioDurationSeconds >= L::kMinDuration && audioDurationSeconds <= L::kMaxDuration))
        errors.append({QStringLiteral("audio_duration_seconds"),
                       QStringLiteral("audio_duration_seconds is %1; allowed range is %2 seconds")
                           .arg(audioDurationSeconds, 0, 'g', 6).arg(rangeText(L::kMinDuration, L::kMaxDuration))});
    if (splitInputIntoScenes)
        errors.append({QStringLiteral("split_input_into_scenes"),
                       QStringLiteral("split_input_into_scenes is true; it must be false in audio-to-audio mode "
                                      "(scene splitting would desync the reference/target pairs) — provide pre-split clips")});
    if (!(splitInputDurationThreshold >= L::kMinSplitThreshold && splitInputDurationThreshold <= L::kMaxSplitThreshold))
        errors.append({QStringLiteral("split_input_duration_threshold"),
                       QStringLiteral("split_input_duration_threshold is %1; allowed range is %2 seconds")
                           .arg(splitInputDurationThreshold, 0, 'g', 6).arg(rangeText(L::kMinSplitThreshold, L::kMaxSplitThreshold))});
    if (validationFrameRate < L::kMinFrameRate || validationFrameRate > L::kMaxFrameRate)
        errors.append({QStringLiteral("validation_frame_rate"),
                       QStringLiteral("validation_frame_rate is %1; allowed range is %2").arg(validationFrameRate).arg(rangeText(L::kMinFrameRate, L::kMaxFrameRate))});
    if (!(stgScale >= L::kMinStg && stgScale <= L::kMaxStg))
        errors.append({QStringLiteral("stg_scale"),
                       QStringLiteral("stg_scale is %1; allowed range is %2").arg(stgScale, 0, 'g', 6).arg(rangeText(L::kMinStg, L::kMaxStg))});
    if (validation.size() > L::kMaxValidationEntries)
        errors.append({QStringLiteral("validation"),
                       QStringLiteral("validation has %1 entries; at most %2 are allowed").arg(validation.size()).arg(L::kMaxValidationEntries)});
    for (int i = 0; i < validation.size(); ++i)
        if (validation[i].referenceAudioUrl.trimmed().isEmpty())
            errors.append({QStringLiteral("validation[%1].reference_audio_url").arg(i),
                           QStringLiteral("validation[%1].reference_audio_url is required: the reference clip the preview transforms").arg(i)});
    return errors;
}

QJsonObject TrainingRequest::toJson() const
{
    QJsonArray entries;
    for (const ValidationEntry &e : validation)
        entries.append(QJsonObject{{QStringLiteral("prompt"), e.prompt}, {QStringLiteral("reference_audio_url"), e.referenceAudioUrl}});
    return QJsonObject{{QStringLiteral("training_data_url"), trainingDataUrl},
                       {QStringLiteral("trigger_phrase"), triggerPhrase},
                       {QStringLiteral("rank"), rank},
                       {QStringLiteral("number_of_steps"), numberOfSteps},
                       {QStringLiteral("learning_rate"), learningRate},
                       {QStringLiteral("audio_duration_seconds"), audioDurationSeconds},
                       {QStringLiteral("audio_normalize"), audioNormalize},
                       {QStringLiteral("audio_preserve_pitch"), audioPreservePitch},
                       {QStringLiteral("split_input_into_scenes"), splitInputIntoScenes},
                       {QStringLiteral("split_input_duration_threshold"), splitInputDurationThreshold},
                       {QStringLiteral("validation"), entries},
                       {QStringLiteral("validation_negative_prompt"), validationNegativePrompt},
                       {QStringLiteral("validation_frame_rate"), validationFrameRate},
                       {QStringLiteral("stg_scale"), stgScale},
                       {QStringLiteral("debug_dataset"), debugDataset}};
}

RequestParseResult parseTrainingRequest(const QJsonObject &json, bool requireDataUrl)
{
    RequestParseResult result;
    TrainingRequest &r = result.request;
    FieldReader read{json, result.errors};
    read.readString(QStringLiteral("training_data_url"), r.trainingDataUrl);
    read.readString(QStringLiteral("trigger_phrase"), r.triggerPhrase);
    read.readInt(QStringLiteral("rank"), r.rank);
    read.readInt(QStringLiteral("number_of_steps"), r.numberOfSteps);
    read.readNumber(QStringLiteral("learning_rate"), r.learningRate);
    read.readNumber(QStringLiteral("audio_duration_seconds"), r.audioDurationSeconds);
    read.readBool(QStringLiteral("audio_normalize"), r.audioNormalize);
    read.readBool(QStringLiteral("audio_preserve_pitch"), r.audioPreservePitch);
    read.readBool(QStringLiteral("split_input_into_scenes"), r.splitInputIntoScenes);
    read.readNumber(QStringLiteral("split_input_duration_threshold"), r.splitInputDurationThreshold);
    read.readString(QStringLiteral("validation_negative_prompt"), r.validationNegativePrompt);
    read.readInt(QStringLiteral("validation_frame_rate"), r.validationFrameRate);
    read.readNumber(QStringLiteral("stg_scale"), r.stgScale);
    read.readBool(QStringLiteral("debug_dataset"), r.debugDataset);

    if (read.present(QStringLiteral("validation"))) {
        const QJsonValue v = json.value(QStringLiteral("validation"));
        if (!v.isArray()) {
            read.typeError(QStringLiteral("validation"), QStringLiteral("an array of {prompt, reference_audio_url}"));
        } else {
            const QJsonArray arr = v.toArray();
            for (int i = 0; i < arr.size(); ++i) {
                const QString field = QStringLiteral("validation[%1]").arg(i);
                if (!arr[i].isObject()) {
                    result.errors.append({field, QStringLiteral("%1 must be an object {prompt, reference_audio_url}, got %2").arg(field, jsonValueText(arr[i]))});
                    continue;
                }
                const QJsonObject o = arr[i].toObject();
                ValidationEntry e;
                for (auto it = o.begin(); it != o.end(); ++it) {
                    const QString sub = field + QLatin1Char('.') + it.key();
                    if (it.key() == QLatin1String("prompt") || it.key() == QLatin1String("reference_audio_url")) {
                        if (!it.value().isString() && !it.value().isNull()) {
                            result.errors.append({sub, QStringLiteral("%1 must be a string, got %2").arg(sub, jsonValueText(it.value()))});
                            continue;
                        }
                        (it.key() == QLatin1String("prompt") ? e.prompt : e.referenceAudioUrl) = it.value().toString();
                    } else {
                        result.errors.append({sub, QStringLiteral("%1 is not a field of a validation entry (expected prompt, reference_audio_url)").arg(sub)});
                    }
                }
                r.validation.append(e);
            }
        }
    }

    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString &key = it.key();
        if (knownFields().contains(key))
            continue;
        if (ignoredVideoFields().contains(key)) {
            r.ignoredFields.append(key);
            continue;
        }
        QString suggestion;
        int best = 4;
        for (const QString &known : knownFields()) {
            const int d = editDistance(key, known);
            if (d < best) {
                best = d;
                suggestion = known;
            }
        }
        result.errors.append({key, suggestion.isEmpty() ? QStringLiteral("%1 is not a field of this endpoint").arg(key)
                                                        : QStringLiteral("%1 is not a field of this endpoint (did you mean %2?)").arg(key, suggestion)});
    }

    if (requireDataUrl && r.trainingDataUrl.trimmed().isEmpty())
        result.errors.append({QStringLiteral("training_data_url"),
                              QStringLiteral("training_data_url is required: the URL or path of the .zip of _start/_end pairs")});
    // A field whose type was wrong already has its error; its value is only the default.
    for (const RequestError &e : r.validate()) {
        const bool alreadyReported = std::any_of(result.errors.begin(), result.errors.end(),
                                                 [&](const RequestError &p) { return p.field == e.field; });
        if (!alreadyReported)
            result.errors.append(e);
    }
    return result;
}

RequestParseResult parseTrainingRequest(const QByteArray &jsonText, bool requireDataUrl)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(jsonText, &error);
    if (error.error != QJsonParseError::NoError) {
        RequestParseResult result;
        result.errors.append({QString(), QStringLiteral("the request is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)});
        return result;
    }
    if (!doc.isObject()) {
        RequestParseResult result;
        result.errors.append({QString(), QStringLiteral("the request must be a JSON object of fields")});
        return result;
    }
    return parseTrainingRequest(doc.object(), requireDataUrl);
}

QString formatRequestErrors(const QList<RequestError> &errors)
{
    QStringList lines;
    for (const RequestError &e : errors)
        lines << QStringLiteral("error: %1").arg(e.message);
    return lines.join(QLatin1Char('\n'));
}

}  // namespace a2a
