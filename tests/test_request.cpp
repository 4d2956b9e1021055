// The training request schema: the reference service's defaults, field names, ranges and types,
// the errors a user sees for each bad value, video-only fields, and the preview length rule.

#include "support/TestMain.h"

#include "training/TrainingRequest.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

using namespace a2a;

namespace {

// The body of the reference service's own example.
const char *kServiceExample =
    "{\n"
    "  \"training_data_url\": \"https://storage.example.com/a2a/pairs.zip\",\n"
    "  \"trigger_phrase\": \"tonech4nge\",\n"
    "  \"rank\": 32,\n"
    "  \"number_of_steps\": 2000,\n"
    "  \"learning_rate\": 0.0002,\n"
    "  \"audio_duration_seconds\": 5.0,\n"
    "  \"validation\": [\n"
    "    {\"prompt\": \"tonech4nge a warm analog synth pad\", \"reference_audio_url\": \"https://storage.example.com/a2a/ref.wav\"}\n"
    "  ]\n"
    "}\n";

// {"training_data_url": "...", <fragment>}
QByteArray bodyWith(const QByteArray &fragment)
{
    QByteArray body = R"({"training_data_url": "https://example.com/pairs.zip")";
    if (!fragment.isEmpty())
        body += ", " + fragment;
    return body + "}";
}

QString allErrors(const QList<RequestError> &errors)
{
    QStringList lines;
    for (const RequestError &e : errors)
        lines << QStringLiteral("[%1] %2").arg(e.field, e.message);
    return lines.join(QLatin1Char('\n'));
}

const QStringList kServiceFields{
    QStringLiteral("training_data_url"),      QStringLiteral("trigger_phrase"),
    QStringLiteral("rank"),                   QStringLiteral("number_of_steps"),
    QStringLiteral("learning_rate"),          QStringLiteral("audio_duration_seconds"),
    QStringLiteral("audio_normalize"),        QStringLiteral("audio_preserve_pitch"),
    QStringLiteral("split_input_into_scenes"), QStringLiteral("split_input_duration_threshold"),
    QStringLiteral("validation"),             QStringLiteral("validation_negative_prompt"),
    QStringLiteral("validation_frame_rate"),  QStringLiteral("stg_scale"),
    QStringLiteral("debug_dataset")};

}  // namespace

class TestRequest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void defaultsMatchTheService()
    {
        const TrainingRequest r;
        QVERIFY(r.trainingDataUrl.isEmpty());
        QCOMPARE(r.triggerPhrase, QString());
        QCOMPARE(r.rank, 32);
        QCOMPARE(r.numberOfSteps, 2000);
        QCOMPARE(r.learningRate, 0.0002);
        QCOMPARE(r.audioDurationSeconds, 5.0);
        QCOMPARE(r.audioNormalize, true);
        QCOMPARE(r.audioPreservePitch, true);
        QCOMPARE(r.splitInputIntoScenes, false);
        QCOMPARE(r.splitInputDurationThreshold, 30.0);
        QVERIFY(r.validation.isEmpty());
        QCOMPARE(r.validationFrameRate, 24);
        QCOMPARE(r.stgScale, 1.0);
        QCOMPARE(r.debugDataset, false);
        QCOMPARE(r.validationNegativePrompt, defaultNegativePrompt());
        QVERIFY(!defaultNegativePrompt().isEmpty());
        QVERIFY(r.ignoredFields.isEmpty());
        // The defaults themselves are valid.
        QVERIFY2(r.validate().isEmpty(), qPrintable(allErrors(r.validate())));
        QCOMPARE(RequestLimits::allowedRanks(), (QList<int>{8, 16, 32, 64, 128}));

        // An empty body (no data URL required) parses to exactly the defaults.
        const RequestParseResult parsed = parseTrainingRequest(QByteArray("{}"), false);
        QVERIFY2(parsed.ok(), qPrintable(allErrors(parsed.errors)));
        QCOMPARE(parsed.request.toJson(), r.toJson());
    }

    void parsesTheServiceExample()
    {
        const RequestParseResult parsed = parseTrainingRequest(QByteArray(kServiceExample));
        QVERIFY2(parsed.ok(), qPrintable(allErrors(parsed.errors)));
        const TrainingRequest &r = parsed.request;
        QCOMPARE(r.trainingDataUrl, QStringLiteral("https://storage.example.com/a2a/pairs.zip"));
        QCOMPARE(r.triggerPhrase, QStringLiteral("tonech4nge"));
        QCOMPARE(r.rank, 32);
        QCOMPARE(r.numberOfSteps, 2000);
        QCOMPARE(r.learningRate, 0.0002);
        QCOMPARE(r.audioDurationSeconds, 5.0);
        QCOMPARE(r.validation.size(), 1);
        QCOMPARE(r.validation[0].prompt, QStringLiteral("tonech4nge a warm analog synth pad"));
        QCOMPARE(r.validation[0].referenceAudioUrl, QStringLiteral("https://storage.example.com/a2a/ref.wav"));
        QVERIFY(r.ignoredFields.isEmpty());
        // Fields the example leaves out keep their defaults.
        QCOMPARE(r.validationFrameRate, 24);
        QCOMPARE(r.stgScale, 1.0);
        QCOMPARE(r.audioPreservePitch, true);
        // null counts as absent.
        const RequestParseResult withNull = parseTrainingRequest(bodyWith(R"("rank": null, "stg_scale": null)"));
        QVERIFY2(withNull.ok(), qPrintable(allErrors(withNull.errors)));
        QCOMPARE(withNull.request.rank, 32);
    }

    void toJsonRoundTripsEveryField()
    {
        TrainingRequest r;  // every field away from its default
        r.trainingDataUrl = QStringLiteral("https://example.com/other.zip");
        r.triggerPhrase = QStringLiteral("vox2synth");
        r.rank = 64;
        r.numberOfSteps = 3500;
        r.learningRate = 0.00015;
        r.audioDurationSeconds = 7.5;
        r.audioNormalize = false;
        r.audioPreservePitch = false;
        r.splitInputDurationThreshold = 12.5;
        r.validation = {{QStringLiteral("p1"), QStringLiteral("https://example.com/r1.wav")},
                        {QString(), QStringLiteral("clips/r2.flac")}};
        r.validationNegativePrompt = QStringLiteral("hiss");
        r.validationFrameRate = 30;
        r.stgScale = 2.25;
        r.debugDataset = true;
        QVERIFY2(r.validate().isEmpty(), qPrintable(allErrors(r.validate())));

        const QJsonObject json = r.toJson();
        QStringList keys = json.keys();
        QStringList expected = kServiceFields;
        keys.sort();
        expected.sort();
        QCOMPARE(keys, expected);  // exactly the service's names, nothing more
        QCOMPARE(json.value(QStringLiteral("rank")).toInt(), 64);
        QCOMPARE(json.value(QStringLiteral("validation")).toArray().at(1).toObject().value(QStringLiteral("reference_audio_url")).toString(),
                 QStringLiteral("clips/r2.flac"));

        // Through text, as a file on disk would be.
        const QByteArray text = QJsonDocument(json).toJson(QJsonDocument::Compact);
        const RequestParseResult parsed = parseTrainingRequest(text);
        QVERIFY2(parsed.ok(), qPrintable(allErrors(parsed.errors)));
        const TrainingRequest &p = parsed.request;
        QCOMPARE(p.trainingDataUrl, r.trainingDataUrl);
        QCOMPARE(p.triggerPhrase, r.triggerPhrase);
        QCOMPARE(p.rank, r.rank);
        QCOMPARE(p.numberOfSteps, r.numberOfSteps);
        QCOMPARE(p.learningRate, r.learningRate);
        QCOMPARE(p.audioDurationSeconds, r.audioDurationSeconds);
        QCOMPARE(p.audioNormalize, r.audioNormalize);
        QCOMPARE(p.audioPreservePitch, r.audioPreservePitch);
        QCOMPARE(p.splitInputIntoScenes, r.splitInputIntoScenes);
        QCOMPARE(p.splitInputDurationThreshold, r.splitInputDurationThreshold);
        QCOMPARE(p.validation.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(p.validation[i].prompt, r.validation[i].prompt);
            QCOMPARE(p.validation[i].referenceAudioUrl, r.validation[i].referenceAudioUrl);
        }
        QCOMPARE(p.validationNegativePrompt, r.validationNegativePrompt);
        QCOMPARE(p.validationFrameRate, r.validationFrameRate);
        QCOMPARE(p.stgScale, r.stgScale);
        QCOMPARE(p.debugDataset, r.debugDataset);
        QCOMPARE(p.toJson(), json);
    }

    void rejectsOutOfRange_data()
    {
        QTest::addColumn<QByteArray>("fragment");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("valueText");
        QTest::addColumn<QString>("allowedText");
        const QString dash = QString::fromUtf8("\u2013");
        QTest::newRow("rank 12") << QByteArray(R"("rank": 12)") << "rank" << "12" << "8, 16, 32, 64, 128";
        QTest::newRow("rank 0") << QByteArray(R"("rank": 0)") << "rank" << "0" << "8, 16, 32, 64, 128";
        QTest::newRow("steps 99") << QByteArray(R"("number_of_steps": 99)") << "number_of_steps" << "99" << "100" + dash + "20000";
        QTest::newRow("steps 20001") << QByteArray(R"("number_of_steps": 20001)") << "number_of_steps" << "20001" << "100" + dash + "20000";
        QTest::newRow("duration 0.4") << QByteArray(R"("audio_duration_seconds": 0.4)") << "audio_duration_seconds" << "0.4" << "0.5" + dash + "60";
        QTest::newRow("duration 60.5") << QByteArray(R"("audio_duration_seconds": 60.5)") << "audio_duration_seconds" << "60.5" << "0.5" + dash + "60";
        QTest::newRow("fps 7") << QByteArray(R"("validation_frame_rate": 7)") << "validation_frame_rate" << "7" << "8" + dash + "60";
        QTest::newRow("fps 61") << QByteArray(R"("validation_frame_rate": 61)") << "validation_frame_rate" << "61" << "8" + dash + "60";
        QTest::newRow("stg -0.1") << QByteArray(R"("stg_scale": -0.1)") << "stg_scale" << "-0.1" << "0" + dash + "3";
        QTest::newRow("stg 3.5") << QByteArray(R"("stg_scale": 3.5)") << "stg_scale" << "3.5" << "0" + dash + "3";
        QTest::newRow("split 0.5") << QByteArray(R"("split_input_duration_threshold": 0.5)") << "split_input_duration_threshold" << "0.5" << "1" + dash + "60";
        QTest::newRow("split 61") << QByteArray(R"("split_input_duration_threshold": 61)") << "split_input_duration_threshold" << "61" << "1" + dash + "60";
        QTest::newRow("lr 0") << QByteArray(R"("learning_rate": 0)") << "learning_rate" << "0" << "1e-07" + dash + "0.1";
        QTest::newRow("lr -1") << QByteArray(R"("learning_rate": -1)") << "learning_rate" << "-1" << "1e-07" + dash + "0.1";
    }
    void rejectsOutOfRange()
    {
        QFETCH(QByteArray, fragment);
        QFETCH(QString, field);
        QFETCH(QString, valueText);
        QFETCH(QString, allowedText);
        const RequestParseResult parsed = parseTrainingRequest(bodyWith(fragment));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.errors.size(), 1);
        const RequestError &e = parsed.errors.first();
        QCOMPARE(e.field, field);
        QVERIFY2(e.message.startsWith(field + QStringLiteral(" is ") + valueText + QLatin1Char(';')), qPrintable(e.message));
        QVERIFY2(e.message.contains(allowedText), qPrintable(e.message));
        QVERIFY2(e.message.contains(QLatin1String("allowed")), qPrintable(e.message));
        // The CLI's rendering keeps the message.
        QCOMPARE(formatRequestErrors(parsed.errors), QStringLiteral("error: ") + e.message);
    }

    void acceptsBoundaries_data()
    {
        QTest::addColumn<QByteArray>("fragment");
        QTest::newRow("rank 8") << QByteArray(R"("rank": 8)");
        QTest::newRow("rank 16") << QByteArray(R"("rank": 16)");
        QTest::newRow("rank 64") << QByteArray(R"("rank": 64)");
        QTest::newRow("rank 128") << QByteArray(R"("rank": 128)");
        QTest::newRow("steps 100") << QByteArray(R"("number_of_steps": 100)");
        QTest::newRow("steps 20000") << QByteArray(R"("number_of_steps": 20000)");
        QTest::newRow("duration 0.5") << QByteArray(R"("audio_duration_seconds": 0.5)");
        QTest::newRow("duration 60") << QByteArray(R"("audio_duration_seconds": 60)");
        QTest::newRow("fps 8") << QByteArray(R"("validation_frame_rate": 8)");
        QTest::newRow("fps 60") << QByteArray(R"("validation_frame_rate": 60)");
        QTest::newRow("stg 0") << QByteArray(R"("stg_scale": 0)");
        QTest::newRow("stg 3") << QByteArray(R"("stg_scale": 3)");
        QTest::newRow("split 1") << QByteArray(R"("split_input_duration_threshold": 1)");
        QTest::newRow("split 60") << QByteArray(R"("split_input_duration_threshold": 60)");
        QTest::newRow("lr 1e-7") << QByteArray(R"("learning_rate": 1e-7)");
        QTest::newRow("lr 0.1") << QByteArray(R"("learning_rate": 0.1)");
        QTest::newRow("rank as 32.0") << QByteArray(R"("rank": 32.0)");
        QTest::newRow("two validation entries")
            << QByteArray(R"("validation": [{"reference_audio_url": "a.wav"}, {"prompt": "x", "reference_audio_url": "b.wav"}])");
    }
    void acceptsBoundaries()
    {
        QFETCH(QByteArray, fragment);
        const RequestParseResult parsed = parseTrainingRequest(bodyWith(fragment));
        QVERIFY2(parsed.ok(), qPrintable(allErrors(parsed.errors)));
        // The value really landed in the request: its JSON carries the fragment's value.
        const QJsonObject in = QJsonDocument::fromJson(bodyWith(fragment)).object();
        const QJsonObject out = parsed.request.toJson();
        for (auto it = in.begin(); it != in.end(); ++it) {
            const QJsonValue got = out.value(it.key());
            if (it.value().isDouble())
                QCOMPARE(got.toDouble(), it.value().toDouble());
            else if (it.value().isArray())  // validation: same entries, same reference clips
                for (int i = 0; i < it.value().toArray().size(); ++i)
                    QCOMPARE(got.toArray().at(i).toObject().value(QLatin1String("reference_audio_url")),
                             it.value().toArray().at(i).toObject().value(QLatin1String("reference_audio_url")));
            else
                QCOMPARE(got, it.value());
            QCOMPARE(got.type() == QJsonValue::Array ? got.toArray().size() : 0,
                     it.value().type() == QJsonValue::Array ? it.value().toArray().size() : 0);
        }
    }

    void refusesSceneSplitting()
    {
        const RequestParseResult parsed = parseTrainingRequest(bodyWith(R"("split_input_into_scenes": true)"));
        QCOMPARE(parsed.errors.size(), 1);
        QCOMPARE(parsed.errors[0].field, QStringLiteral("split_input_into_scenes"));
        const QString &m = parsed.errors[0].message;
        QVERIFY2(m.contains(QLatin1String("must be false")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("audio-to-audio")), qPrintable(m));
        QVERIFY2(m.contains(QLatin1String("desync")) && m.contains(QLatin1String("pairs")), qPrintable(m));
        QVERIFY(parseTrainingRequest(bodyWith(R"("split_input_into_scenes": false)")).ok());
    }

    void refusesWrongTypes_data()
    {
        QTest::addColumn<QByteArray>("fragment");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QStringList>("mustContain");
        QTest::addColumn<int>("errorCount");
        QTest::newRow("rank as string") << QByteArray(R"("rank": "32")") << "rank" << QStringList{"rank must be an integer", "\"32\""} << 1;
        QTest::newRow("rank 32.5") << QByteArray(R"("rank": 32.5)") << "rank" << QStringList{"rank must be an integer", "32.5"} << 1;
        QTest::newRow("rank bool") << QByteArray(R"("rank": true)") << "rank" << QStringList{"an integer", "got true"} << 1;
        QTest::newRow("normalize yes") << QByteArray(R"("audio_normalize": "yes")") << "audio_normalize"
                                       << QStringList{"audio_normalize must be true or false", "\"yes\""} << 1;
        QTest::newRow("lr as string") << QByteArray(R"("learning_rate": "2e-4")") << "learning_rate" << QStringList{"a number", "\"2e-4\""} << 1;
        QTest::newRow("trigger as number") << QByteArray(R"("trigger_phrase": 5)") << "trigger_phrase" << QStringList{"a string", "got 5"} << 1;
        QTest::newRow("validation object") << QByteArray(R"("validation": {"prompt": "p", "reference_audio_url": "r.wav"})")
                                           << "validation" << QStringList{"validation must be an array", "an object"} << 1;
        QTest::newRow("validation entry not object") << QByteArray(R"("validation": ["r.wav"])") << "validation[0]"
                                                     << QStringList{"must be an object", "\"r.wav\""} << 1;
        QTest::newRow("validation without reference") << QByteArray(R"("validation": [{"prompt": "p"}])")
                                                      << "validation[0].reference_audio_url" << QStringList{"required"} << 1;
        QTest::newRow("validation blank reference") << QByteArray(R"("validation": [{"prompt": "p", "reference_audio_url": "  "}])")
                                                    << "validation[0].reference_audio_url" << QStringList{"required"} << 1;
        QTest::newRow("validation reference number") << QByteArray(R"("validation": [{"reference_audio_url": 3}])")
                                                     << "validation[0].reference_audio_url" << QStringList{"must be a string", "got 3"}
                                                     << 1;  // the type error only: no second "is required" for the same field
        QTest::newRow("validation unknown key") << QByteArray(R"("validation": [{"reference_audio_url": "a.wav", "url": "b"}])")
                                                << "validation[0].url" << QStringList{"not a field", "prompt, reference_audio_url"} << 1;
        QTest::newRow("three validation entries")
            << QByteArray(R"("validation": [{"reference_audio_url": "a.wav"}, {"reference_audio_url": "b.wav"}, {"reference_audio_url": "c.wav"}])")
            << "validation" << QStringList{"3 entries", "at most 2"} << 1;
        QTest::newRow("rnak") << QByteArray(R"("rnak": 32)") << "rnak" << QStringList{"not a field", "did you mean rank?"} << 1;
        QTest::newRow("stg_scal") << QByteArray(R"("stg_scal": 1)") << "stg_scal" << QStringList{"did you mean stg_scale?"} << 1;
        QTest::newRow("far unknown") << QByteArray(R"("banana_split": 1)") << "banana_split" << QStringList{"not a field of this endpoint"} << 1;
    }
    void refusesWrongTypes()
    {
        QFETCH(QByteArray, fragment);
        QFETCH(QString, field);
        QFETCH(QStringList, mustContain);
        QFETCH(int, errorCount);
        const RequestParseResult parsed = parseTrainingRequest(bodyWith(fragment));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errors.size() == errorCount, qPrintable(allErrors(parsed.errors)));
        for (const RequestError &e : parsed.errors)
            QCOMPARE(e.field, field);
        QCOMPARE(parsed.errors[0].field, field);
        for (const QString &s : mustContain)
            QVERIFY2(parsed.errors[0].message.contains(s), qPrintable(parsed.errors[0].message + QStringLiteral("  lacks: ") + s));
        if (field == QLatin1String("banana_split"))
            QVERIFY(!parsed.errors[0].message.contains(QLatin1String("did you mean")));
    }

    void acceptsAndListsVideoFields()
    {
        const RequestParseResult parsed = parseTrainingRequest(
            bodyWith(R"("number_of_frames": 121, "resolution": "landscape_16_9", "validation_resolution": "high", "rank": 16)"));
        QVERIFY2(parsed.ok(), qPrintable(allErrors(parsed.errors)));
        QStringList ignored = parsed.request.ignoredFields;
        ignored.sort();
        QCOMPARE(ignored, (QStringList{QStringLiteral("number_of_frames"), QStringLiteral("resolution"), QStringLiteral("validation_resolution")}));
        QCOMPARE(parsed.request.rank, 16);
        // They never reach the body we send.
        const QJsonObject json = parsed.request.toJson();
        QVERIFY(!json.contains(QLatin1String("number_of_frames")) && !json.contains(QLatin1String("resolution")));
        for (const QString &f : ignored)
            QVERIFY(ignoredVideoFields().contains(f));
        QVERIFY(parseTrainingRequest(QByteArray(kServiceExample)).request.ignoredFields.isEmpty());
    }

    void badJsonText()
    {
        const RequestParseResult broken = parseTrainingRequest(QByteArray(R"({"rank": 32,)"));
        QCOMPARE(broken.errors.size(), 1);
        QVERIFY(broken.errors[0].field.isEmpty());
        QVERIFY2(broken.errors[0].message.startsWith(QLatin1String("the request is not valid JSON: ")), qPrintable(broken.errors[0].message));
        QVERIFY2(broken.errors[0].message.contains(QLatin1String("at byte")), qPrintable(broken.errors[0].message));

        const RequestParseResult empty = parseTrainingRequest(QByteArray());
        QVERIFY(!empty.ok());
        QVERIFY(empty.errors[0].message.contains(QLatin1String("not valid JSON")));

        const RequestParseResult array = parseTrainingRequest(QByteArray(R"([{"rank": 32}])"));
        QCOMPARE(array.errors.size(), 1);
        QCOMPARE(array.errors[0].message, QStringLiteral("the request must be a JSON object of fields"));
    }

    void dataUrlRequiredOnlyWhenAsked()
    {
        for (const QByteArray &body : {QByteArray(R"({"rank": 32})"), QByteArray(R"({"training_data_url": "   "})")}) {
            const RequestParseResult required = parseTrainingRequest(body, true);
            QCOMPARE(required.errors.size(), 1);
            QCOMPARE(required.errors[0].field, QStringLiteral("training_data_url"));
            QVERIFY(required.errors[0].message.contains(QLatin1String("required")));
            const RequestParseResult optional = parseTrainingRequest(body, false);
            QVERIFY2(optional.ok(), qPrintable(allErrors(optional.errors)));
        }
        // The JSON-object overload follows the same rule.
        QVERIFY(!parseTrainingRequest(QJsonObject{}).ok());
        QVERIFY(parseTrainingRequest(QJsonObject{}, false).ok());
    }

    void reportsEveryProblemAtOnce()
    {
        const RequestParseResult parsed = parseTrainingRequest(QByteArray(R"({"rank": 12, "stg_scale": 9, "rnak": 1})"));
        QStringList fields;
        for (const RequestError &e : parsed.errors)
            fields << e.field;
        fields.sort();
        QCOMPARE(fields, (QStringList{QStringLiteral("rank"), QStringLiteral("rnak"), QStringLiteral("stg_scale"), QStringLiteral("training_data_url")}));
        QCOMPARE(formatRequestErrors(parsed.errors).split(QLatin1Char('\n')).size(), 4);
    }

    void previewLength_data()
    {
        QTest::addColumn<double>("bucket");
        QTest::addColumn<int>("fps");
        QTest::addColumn<int>("frames");
        QTest::newRow("5 s at 24") << 5.0 << 24 << 113;    // 120 → 113 = 8·14+1, 4.708 s
        QTest::newRow("0.5 s at 8") << 0.5 << 8 << 1;      // 4 frames → only 1 fits
        QTest::newRow("60 s at 60") << 60.0 << 60 << 3593; // 3600 → 8·449+1
        QTest::newRow("1 s at 25") << 1.0 << 25 << 25;     // 25 = 8·3+1 exactly
        QTest::newRow("1 s at 24") << 1.0 << 24 << 17;
        QTest::newRow("2 s at 30") << 2.0 << 30 << 57;     // 60 → 57
        QTest::newRow("0.7 s at 30") << 0.7 << 30 << 17;   // 21 (inexact product) → 17
        QTest::newRow("4.1 s at 10") << 4.1 << 10 << 41;   // 41 = 8·5+1; 4.1·10 is 40.999… in binary
        QTest::newRow("10 s at 8") << 10.0 << 8 << 73;     // 80 → 73
        QTest::newRow("1.125 s at 8") << 1.125 << 8 << 9;  // 9 exactly
    }
    void previewLength()
    {
        QFETCH(double, bucket);
        QFETCH(int, fps);
        QFETCH(int, frames);
        TrainingRequest r;
        r.audioDurationSeconds = bucket;
        r.validationFrameRate = fps;
        QCOMPARE(r.previewFrames(), frames);
        QCOMPARE(r.previewSeconds(), double(frames) / fps);
    }

    void previewNeverExceedsBucket()
    {
        TrainingRequest r;
        r.audioDurationSeconds = 5.0;
        r.validationFrameRate = 24;
        QVERIFY(std::abs(r.previewSeconds() - 113.0 / 24.0) < 1e-12);
        QVERIFY(std::abs(r.previewSeconds() - 4.708) < 0.001);
        int checked = 0;
        for (int tenths = 5; tenths <= 600; ++tenths) {
            for (int fps = RequestLimits::kMinFrameRate; fps <= RequestLimits::kMaxFrameRate; ++fps) {
                r.audioDurationSeconds = tenths / 10.0;
                r.validationFrameRate = fps;
                const int f = r.previewFrames();
                const QString at = QStringLiteral("bucket %1 s, %2 fps: %3 frames").arg(r.audioDurationSeconds).arg(fps).arg(f);
                QVERIFY2(f >= 1 && (f - 1) % 8 == 0, qPrintable(at));
                QVERIFY2(r.previewSeconds() <= r.audioDurationSeconds + 1e-9, qPrintable(at));
                // The largest such F: the next 8k+1 would overrun the bucket.
                QVERIFY2(double(f + 8) / fps > r.audioDurationSeconds + 1e-9, qPrintable(at));
                ++checked;
            }
        }
        QCOMPARE(checked, 596 * 53);
    }
};

A2A_TEST_MAIN(TestRequest)
#include "test_request.moc"
