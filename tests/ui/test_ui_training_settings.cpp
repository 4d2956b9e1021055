// The Training settings panel: an invalid value is shown under its field and makes the shared
// request invalid with a reason, fixing it clears both; request JSON export → import gives the
// same request; a bad file changes nothing and says what is wrong; the trigger phrase and bucket
// are the dataset's (undoable, one source of truth); the BLAS warning names the package; the
// measured estimate on the tiny base is quick and sane, and a new step count re-projects it
// without measuring again; an LTX-2.3 checkpoint chosen as the base model is checked on a worker
// (layout, memory) and asks for its Gemma-3 text encoder folder, a broken one says why, the
// embedded default trains again; the text encoder folder is checked (files, config.json, the
// width the checkpoint's text projection takes) and a matching one lets Train start; the window
// has the docks and the File menu items.

#include "UiTestSupport.h"

#include "AppSettings.h"
#include "DatasetController.h"
#include "MainWindow.h"
#include "controllers/EstimateController.h"
#include "controllers/TrainingController.h"
#include "dataset/DatasetIngestor.h"
#include "models/TrainingRequestModel.h"
#include "views/ClipPicker.h"
#include "model/DefaultBaseModel.h"
#include "model/LtxBaseWriter.h"
#include "views/TrainingPage.h"
#include "views/TrainingSettingsPanel.h"
#include "views/TryItPanel.h"
#include "views/ValidationEntriesEditor.h"

#include "support/EventLoopStallProbe.h"
#include "support/TestSignals.h"
#include "training/TrainingEstimate.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QUndoStack>

using namespace a2a;

namespace {

const QString kTinyBase = QStringLiteral(A2A_TEST_DATA_DIR "/conformance/tiny_base.safetensors");

bool errorShown(TrainingSettingsPanel &panel, const QString &field, const QString &fragment)
{
    const QLabel *l = panel.fieldErrorLabel(field);
    return l && !l->isHidden() && l->text().contains(fragment);
}

bool noErrorShown(TrainingSettingsPanel &panel, const QString &field)
{
    const QLabel *l = panel.fieldErrorLabel(field);
    return l && l->isHidden();
}

}  // namespace

class TestUiTrainingSettings : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CuratedDataset m_dataset;
    QString m_clipA, m_clipB;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral("data")).toUtf8());
        QList<test::PairSpec> pairs;
        for (int i = 0; i < 6; ++i)
            pairs.append({QStringLiteral("hiss%1").arg(i), 3.0, 3.0, QStringLiteral("soft hiss")});
        const QString zip = m_dir.filePath(QStringLiteral("tiny.zip"));
        QVERIFY(test::writeDatasetZip(zip, pairs));
        m_dataset = ingestDataset(zip, IngestOptions{}, {}).dataset;
        QCOMPARE(m_dataset.pairs.size(), 6);
        m_clipA = m_dir.filePath(QStringLiteral("voice a.wav"));
        m_clipB = m_dir.filePath(QStringLiteral("voice-b.wav"));
        QVERIFY(test::writeClip(m_clipA, test::sine(16000, 1, 2.0, 220.0)));
        QVERIFY(test::writeClip(m_clipB, test::noise(16000, 1, 2.0)));
    }

    void invalidValueShowsInlineErrorAndBlocksTraining()
    {
        DatasetController dataset;
        TrainingRequestModel model;
        TrainingSettingsPanel panel(&model, &dataset);
        model.setRequest(TrainingRequest{});
        QVERIFY(model.isValid());

        auto *steps = qobject_cast<QSpinBox *>(panel.fieldEditor(QStringLiteral("number_of_steps")));
        QVERIFY(steps);
        steps->setValue(50);
        QCOMPARE(model.request().numberOfSteps, 50);
        QVERIFY(errorShown(panel, QStringLiteral("number_of_steps"), QStringLiteral("100–20000")));
        QVERIFY(!model.isValid());
        QVERIFY(model.invalidReason().startsWith(QStringLiteral("number_of_steps")));
        steps->setValue(2000);
        QVERIFY(noErrorShown(panel, QStringLiteral("number_of_steps")));
        QVERIFY(model.isValid());
        QVERIFY(model.invalidReason().isEmpty());

        // Text that is not a number: an error of its own; the request keeps its last good value.
        auto *lr = qobject_cast<QLineEdit *>(panel.fieldEditor(QStringLiteral("learning_rate")));
        QVERIFY(lr);
        QTest::keyClicks(lr, QStringLiteral("x"));  // "0.0002x"
        QVERIFY(errorShown(panel, QStringLiteral("learning_rate"), QStringLiteral("not a number")));
        QVERIFY(!model.isValid());
        QVERIFY(model.invalidReason().contains(QStringLiteral("learning_rate")));
        QCOMPARE(model.request().learningRate, 0.0002);
        lr->selectAll();
        QTest::keyClicks(lr, QStringLiteral("5e-4"));
        QVERIFY(noErrorShown(panel, QStringLiteral("learning_rate")));
        QVERIFY(model.isValid());
        QCOMPARE(model.request().learningRate, 5e-4);
        lr->selectAll();
        QTest::keyClicks(lr, QStringLiteral("2"));  // a number, out of range
        QVERIFY(errorShown(panel, QStringLiteral("learning_rate"), QStringLiteral("allowed range")));
        lr->selectAll();
        QTest::keyClicks(lr, QStringLiteral("0.0002"));
        QVERIFY(model.isValid());

        // A value only an outside setRequest() can give (rank 7) is shown with its error too.
        TrainingRequest r = model.request();
        r.rank = 7;
        model.setRequest(r);
        QVERIFY(errorShown(panel, QStringLiteral("rank"), QStringLiteral("8, 16, 32, 64, 128")));
        auto *rank = qobject_cast<QComboBox *>(panel.fieldEditor(QStringLiteral("rank")));
        QVERIFY(rank->currentText().startsWith(QStringLiteral("7")));
        rank->setCurrentIndex(rank->findData(16));
        Q_EMIT rank->activated(rank->currentIndex());
        QCOMPARE(model.request().rank, 16);
        QVERIFY(noErrorShown(panel, QStringLiteral("rank")));

        // Scene splitting is refused in this mode; the bucket's range is the service's.
        qobject_cast<QCheckBox *>(panel.fieldEditor(QStringLiteral("split_input_into_scenes")))->setChecked(true);
        QVERIFY(errorShown(panel, QStringLiteral("split_input_into_scenes"), QStringLiteral("pre-split")));
        qobject_cast<QCheckBox *>(panel.fieldEditor(QStringLiteral("split_input_into_scenes")))->setChecked(false);
        auto *bucket = qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(QStringLiteral("audio_duration_seconds")));
        bucket->setValue(0.25);
        QVERIFY(errorShown(panel, QStringLiteral("audio_duration_seconds"), QStringLiteral("0.5–60")));
        QCOMPARE(dataset.fit().bucketSeconds, 5.0);  // the pairs are never judged by an invalid bucket
        bucket->setValue(3.0);
        QVERIFY(model.isValid());

        // A validation entry needs its reference clip, and says so under the entry.
        panel.validationEditor()->addEntry();
        QCOMPARE(model.request().validation.size(), 1);
        QVERIFY(!model.isValid());
        QVERIFY(model.invalidReason().contains(QStringLiteral("reference_audio_url")));
        const QString missing = m_dir.filePath(QStringLiteral("moved away.wav"));
        panel.validationEditor()->clipPicker(0)->setPath(missing);
        Q_EMIT panel.validationEditor()->clipPicker(0)->pathChanged(missing);
        QVERIFY(!model.isValid());
        QVERIFY(model.invalidReason().contains(QStringLiteral("moved away.wav does not exist")));
        panel.validationEditor()->clipPicker(0)->setPath(m_clipA);
        Q_EMIT panel.validationEditor()->clipPicker(0)->pathChanged(m_clipA);
        QVERIFY2(model.isValid(), qPrintable(model.invalidReason()));
        panel.validationEditor()->addEntry();
        QVERIFY(!panel.validationEditor()->addButton()->isEnabled());  // at most two
    }

    void exportThenImportGivesTheSameRequest()
    {
        DatasetController dataset;
        TrainingRequestModel model;
        TrainingSettingsPanel panel(&model, &dataset);
        TrainingRequest r;  // every field away from its default
        r.trainingDataUrl = m_dir.filePath(QStringLiteral("tiny.zip"));
        r.triggerPhrase = QStringLiteral("r4dio");
        r.rank = 64;
        r.numberOfSteps = 1234;
        r.learningRate = 3.5e-4;
        r.audioDurationSeconds = 2.5;
        r.audioNormalize = false;
        r.audioPreservePitch = false;
        r.splitInputDurationThreshold = 12.5;
        r.validation = {{QStringLiteral("r4dio a warm radio voice"), m_clipA}, {QString(), m_clipB}};
        r.validationNegativePrompt = QStringLiteral("hum, clicks");
        r.validationFrameRate = 30;
        r.stgScale = 0.5;
        r.debugDataset = true;
        model.setRequest(r);
        QVERIFY2(model.isValid(), qPrintable(model.invalidReason()));
        QCOMPARE(dataset.fit().bucketSeconds, 2.5);  // one bucket for the pairs and the request

        const QString path = m_dir.filePath(QStringLiteral("request.json"));
        QVERIFY(panel.exportTo(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(json.value(QStringLiteral("number_of_steps")).toInt(), 1234);  // the service's names
        QCOMPARE(json.value(QStringLiteral("validation")).toArray().size(), 2);

        DatasetController otherDataset;
        TrainingRequestModel other;
        TrainingSettingsPanel otherPanel(&other, &otherDataset);
        other.setRequest(TrainingRequest{});
        QVERIFY(otherPanel.importFrom(path));
        QCOMPARE(QJsonDocument(other.request().toJson()).toJson(), QJsonDocument(r.toJson()).toJson());
        QCOMPARE(otherDataset.fit().bucketSeconds, 2.5);
        QVERIFY(otherPanel.messageText().contains(QStringLiteral("Imported")));
        auto *steps = qobject_cast<QSpinBox *>(otherPanel.fieldEditor(QStringLiteral("number_of_steps")));
        QCOMPARE(steps->value(), 1234);
        QCOMPARE(otherPanel.validationEditor()->count(), 2);

        // Relative clip paths are the request file's, as for a2a-train.
        QFile rel(m_dir.filePath(QStringLiteral("relative.json")));
        QVERIFY(rel.open(QIODevice::WriteOnly));
        rel.write(R"({"validation": [{"prompt": "p", "reference_audio_url": "voice-b.wav"}]})");
        rel.close();
        QVERIFY(otherPanel.importFrom(rel.fileName()));
        QCOMPARE(other.request().validation.first().referenceAudioUrl, m_clipB);
    }

    void badImportChangesNothingAndSaysWhy()
    {
        DatasetController dataset;
        TrainingRequestModel model;
        TrainingSettingsPanel panel(&model, &dataset);
        TrainingRequest r;
        r.rank = 16;
        r.numberOfSteps = 700;
        model.setRequest(r);
        const QByteArray before = model.toJson();

        auto write = [&](const QString &name, const QByteArray &body) {
            QFile f(m_dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(body);
            return f.fileName();
        };
        const QString broken = write(QStringLiteral("broken.json"), "{\"rank\": 32,");
        QVERIFY(!panel.importFrom(broken));
        QCOMPARE(model.toJson(), before);
        QVERIFY(panel.messageText().contains(QStringLiteral("broken.json")));
        QVERIFY(panel.messageText().contains(QStringLiteral("not valid JSON")));
        QVERIFY(panel.messageText().contains(QStringLiteral("unchanged")));

        const QString wrong = write(QStringLiteral("wrong.json"), R"({"rank": 33, "number_of_step": 500, "learning_rate": "fast"})");
        QSignalSpy reveal(&panel, &TrainingSettingsPanel::revealRequested);
        QVERIFY(!panel.importFrom(wrong));
        QCOMPARE(model.toJson(), before);
        QCOMPARE(reveal.count(), 1);
        const QString message = panel.messageText();
        QVERIFY2(message.contains(QStringLiteral("rank is 33")), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral("did you mean number_of_steps")));
        QVERIFY(message.contains(QStringLiteral("learning_rate must be a number")));
        QCOMPARE(qobject_cast<QSpinBox *>(panel.fieldEditor(QStringLiteral("number_of_steps")))->value(), 700);

        QVERIFY(!panel.importFrom(m_dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(panel.messageText().contains(QStringLiteral("missing.json")));
        QCOMPARE(model.toJson(), before);
    }

    void triggerPhraseAndBucketAreTheDatasets()
    {
        DatasetController dataset;
        dataset.setDataset(m_dataset);
        TrainingRequestModel model;
        TrainingSettingsPanel panel(&model, &dataset);
        QCOMPARE(model.request().trainingDataUrl, m_dataset.source);

        auto *trigger = qobject_cast<QLineEdit *>(panel.fieldEditor(QStringLiteral("trigger_phrase")));
        trigger->setText(QStringLiteral("n0ise"));
        Q_EMIT trigger->editingFinished();
        QCOMPARE(dataset.dataset().triggerPhrase, QStringLiteral("n0ise"));
        QCOMPARE(model.request().triggerPhrase, QStringLiteral("n0ise"));
        QCOMPARE(dataset.undoStack()->count(), 1);
        dataset.undoStack()->undo();
        QCOMPARE(model.request().triggerPhrase, QString());
        QCOMPARE(trigger->text(), QString());

        // An imported request's trigger becomes the dataset's, as one undoable edit.
        TrainingRequest r = model.request();
        r.triggerPhrase = QStringLiteral("tonech4nge");
        model.setRequest(r);
        QCOMPARE(dataset.dataset().triggerPhrase, QStringLiteral("tonech4nge"));
        QCOMPARE(dataset.undoStack()->count(), 1);

        // The bucket: the panel, the toolbar and the pair statuses share one value.
        FitOptions fit = dataset.fit();
        fit.bucketSeconds = 4.0;
        dataset.setFitOptions(fit);
        QCOMPARE(model.request().audioDurationSeconds, 4.0);
        QCOMPARE(qobject_cast<QDoubleSpinBox *>(panel.fieldEditor(QStringLiteral("audio_duration_seconds")))->value(), 4.0);
        qobject_cast<QCheckBox *>(panel.fieldEditor(QStringLiteral("audio_preserve_pitch")))->setChecked(false);
        QVERIFY(!dataset.fit().preservePitch);

        // A pair's clip from the zip is copied out of the private folder for the request.
        panel.validationEditor()->addEntry();
        panel.validationEditor()->clipPicker(0)->pickPair(m_dataset.pairs.first().id);
        const QString kept = model.request().validation.first().referenceAudioUrl;
        QVERIFY(kept.startsWith(m_dir.filePath(QStringLiteral("data"))));
        QVERIFY(QFileInfo(kept).isFile());
        QCOMPARE(model.request().validation.first().prompt, QStringLiteral("tonech4nge soft hiss"));
    }

    void blasWarningSaysWhatToInstall()
    {
        DatasetController dataset;
        TrainingRequestModel model;
        TrainingSettingsPanel panel(&model, &dataset);
        panel.setBlasInfo(BlasInfo{QStringLiteral("/usr/lib/x86_64-linux-gnu/blas/libblas.so.3"), false, QString()});
        QVERIFY(!panel.blasWarningLabel()->isHidden());
        QVERIFY(panel.blasWarningLabel()->text().contains(QStringLiteral("apt-get install libopenblas0-pthread")));
        QVERIFY(panel.blasWarningLabel()->text().contains(QStringLiteral("blas/libblas.so.3")));
        panel.setBlasInfo(BlasInfo{QStringLiteral("/usr/lib/x86_64-linux-gnu/openblas-pthread/libblas.so.3"), true, QString()});
        QVERIFY(panel.blasWarningLabel()->isHidden());
    }

    void estimateOnTheTinyBaseIsQuickAndSane()
    {
        TrainingRequest r;
        r.rank = 8;
        r.numberOfSteps = 100;
        r.audioDurationSeconds = 2.0;
        TrainingEstimateOptions o;
        o.basePath = kTinyBase;
        o.heldOut = true;
        QElapsedTimer clock;
        clock.start();
        const TrainingEstimate e = estimateTraining(r, o);
        QVERIFY2(e.ok(), qPrintable(e.error));
        qInfo("tiny estimate in %lld ms: %.4f s/step, %.4f s/sampler step, %.4f s/decode, %lld KB peak, total %.1f s",
              clock.elapsed(), e.secondsPerStep, e.secondsPerSamplerStep, e.secondsPerDecode, e.peakBytes / 1024, e.totalSeconds);
        QVERIFY(clock.elapsed() < 20000);
        QVERIFY(e.secondsPerStep > 0 && e.secondsPerStep < 5.0);
        QVERIFY(e.secondsPerSamplerStep > 0 && e.secondsPerSamplerStep < 5.0);
        QVERIFY(e.secondsPerDecode > 0);
        QVERIFY(e.samplerSteps > 0);
        QVERIFY(e.peakBytes > 0 && e.peakBytes < qint64(4) << 30);
        QCOMPARE(e.validations, 5);  // steps 0, 25, 50, 75, 100
        QCOMPARE(e.previewsPerValidation, 2);  // the default preview and the held-out pair
        QVERIFY(std::abs(e.trainingSeconds - 100 * e.secondsPerStep) < 1e-9);
        QVERIFY(std::abs(e.totalSeconds - e.trainingSeconds - e.validationSeconds) < 1e-9);
        QVERIFY(e.validationSeconds > 0);
        QCOMPARE(validationRounds(2000, 0), 5);
        QCOMPARE(validationRounds(2000, 300), 8);  // 0, 300, …, 1800, and 2000

        // A base that is not there: a clear error, no crash.
        o.basePath = m_dir.filePath(QStringLiteral("nothing.safetensors"));
        QVERIFY(estimateTraining(r, o).error.contains(QStringLiteral("nothing.safetensors")));

        // From the panel: measured on a worker, shown as "about …, ~… MB"; a new step count only
        // re-projects; a new rank measures again after the pause.
        DatasetController dataset;
        dataset.setDataset(m_dataset);
        TrainingRequestModel model;
        TrainingSettingsPanel panel(&model, &dataset);
        panel.setBasePath(kTinyBase);
        panel.estimator()->setDebounceMs(50);
        model.setRequest(r);
        QSignalSpy estimated(panel.estimator(), &EstimateController::estimated);
        panel.estimateNow();
        QVERIFY(panel.estimator()->isBusy());
        QVERIFY(estimated.wait(20000));
        const QRegularExpression shape(QStringLiteral("^about \\d+ (s|min), ~\\d+(\\.\\d)? [MG]B$"));
        // An automatic estimate the settings change queued may still be running: wait for its label.
        QTRY_VERIFY2_WITH_TIMEOUT(shape.match(panel.estimateLabel()->text()).hasMatch(), qPrintable(panel.estimateLabel()->text()), 30000);
        const double total100 = panel.estimator()->current().totalSeconds;

        estimated.clear();
        qobject_cast<QSpinBox *>(panel.fieldEditor(QStringLiteral("number_of_steps")))->setValue(1000);
        QCOMPARE(estimated.count(), 1);  // at once, nothing measured
        QVERIFY(!panel.estimator()->isBusy());
        QVERIFY(panel.estimator()->current().totalSeconds > total100);

        estimated.clear();
        auto *rank = qobject_cast<QComboBox *>(panel.fieldEditor(QStringLiteral("rank")));
        rank->setCurrentIndex(rank->findData(32));
        Q_EMIT rank->activated(rank->currentIndex());
        QCOMPARE(estimated.count(), 0);
        QVERIFY(panel.estimator()->isPending());
        QVERIFY(estimated.wait(20000));
        QVERIFY(panel.estimator()->current().ok());

        // While a run trains, the settings change nothing on the CPU.
        panel.setTrainingActive(true);
        estimated.clear();
        rank->setCurrentIndex(rank->findData(64));
        Q_EMIT rank->activated(rank->currentIndex());
        QVERIFY(!panel.estimator()->isPending() && !panel.estimator()->isBusy());
    }

    void cleanup() { settings::setBaseModelChoice({}); }  // every window after a test starts on the embedded model

    void baseModelChoiceChecksTheCheckpointAndBlocksTraining()
    {
        const QString ltx = m_dir.filePath(QStringLiteral("ltx tiny.safetensors"));
        LtxLayoutBaseOptions options;
        options.size = LtxLayoutSize::Tiny;
        QCOMPARE(writeLtxLayoutBase(ltx, options), QString());
        const QString broken = m_dir.filePath(QStringLiteral("notes.safetensors"));
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are my notes, not a checkpoint\n");
        }

        settings::setTextEncoderFolder(QString());
        MainWindow w;
        w.datasetController()->setDataset(m_dataset);
        w.setBucketSeconds(2.0);  // every 3 s pair fills it
        TrainingSettingsPanel *panel = w.trainingSettings();
        QPushButton *train = w.trainingPage()->trainButton();

        // The embedded default is the default, and trains as before.
        QVERIFY(!panel->usesBaseCheckpoint());
        QCOMPARE(panel->baseChoiceBox()->currentText(), QStringLiteral("Embedded default model"));
        QVERIFY(!panel->basePathEdit()->isVisibleTo(panel));
        QVERIFY(!panel->baseStatusLabel()->isVisibleTo(panel));
        QVERIFY2(train->isEnabled(), qPrintable(w.trainingPage()->trainDisabledReason()));
        QVERIFY(w.trainingPage()->controller()->options().basePath.isEmpty());
        QCOMPARE(w.tryIt()->basePath(), defaultBaseModelPath());
        QCOMPARE(panel->estimator()->basePath(), defaultBaseModelPath());

        // An LTX-2.3 checkpoint: its header is read on a worker, the window stays live; until the
        // answer Train waits; then the layout, the memory line, and the reason Train cannot start.
        test::EventLoopStallProbe probe;
        panel->useBaseCheckpoint(ltx);
        QVERIFY(!train->isEnabled());
        QVERIFY(panel->basePathEdit()->isVisibleTo(panel));
        QCOMPARE(panel->basePathEdit()->text(), QDir::toNativeSeparators(ltx));
        QTRY_VERIFY_WITH_TIMEOUT(panel->baseStatusLabel()->text().endsWith(QStringLiteral("— complete")), 30000);
        qInfo("worst event-loop gap while checking the checkpoint: %lld ms", probe.worst());
        QVERIFY2(probe.worst() < 250, qPrintable(QString::number(probe.worst())));
        QCOMPARE(panel->baseStatusLabel()->text(), QStringLiteral("LTX-2.3 layout: 2 × 64, audio VAE, vocoder — complete"));
        QVERIFY(panel->baseStatusLabel()->isVisibleTo(panel));
        QVERIFY2(panel->baseMemoryLabel()->text().startsWith(QStringLiteral("Memory for a run: needs ")), qPrintable(panel->baseMemoryLabel()->text()));
        QVERIFY(panel->baseMemoryLabel()->text().contains(QStringLiteral(" GB")));
        QVERIFY(panel->baseMemoryLabel()->isVisibleTo(panel));
        QVERIFY2(panel->baseStatusLabel()->toolTip().contains(QStringLiteral("memory for training")), qPrintable(panel->baseStatusLabel()->toolTip()));
        QVERIFY(panel->baseErrorLabel()->isHidden());
        QVERIFY(!train->isEnabled());
        const QString reason = w.trainingPage()->trainDisabledReason();
        QCOMPARE(reason, QStringLiteral("Choose the Gemma-3 text encoder folder the checkpoint was made for (config.json, tokenizer.model, weights)."));
        QCOMPARE(train->toolTip(), reason);
        QVERIFY(panel->validityLabel()->text().contains(QStringLiteral("Gemma-3 text encoder")));
        QVERIFY(panel->textEncoderRow()->isVisibleTo(panel));
        QCOMPARE(panel->textEncoderErrorLabel()->text(), reason);
        QVERIFY(w.requestModel()->isValid());  // the request itself is fine: exporting it says nothing about the base
        // One choice for the whole window, never the embedded model in its place; remembered.
        QCOMPARE(w.trainingPage()->controller()->options().basePath, ltx);
        QCOMPARE(w.tryIt()->basePath(), ltx);
        QCOMPARE(panel->estimator()->basePath(), ltx);
        QVERIFY(settings::baseModelChoice().checkpoint);
        QCOMPARE(settings::baseModelChoice().path, ltx);
        {
            TrainingRequestModel model;
            DatasetController dataset;
            TrainingSettingsPanel next(&model, &dataset);
            QVERIFY(next.usesBaseCheckpoint());
            QCOMPARE(next.baseChoiceBox()->currentIndex(), 1);
            QCOMPARE(next.baseCheckpointPath(), ltx);
            QTRY_VERIFY_WITH_TIMEOUT(next.baseStatusLabel()->text().endsWith(QStringLiteral("— complete")), 30000);
        }

        // A text file named .safetensors: a clear red error, and Train says why.
        panel->useBaseCheckpoint(broken);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->baseErrorLabel()->isHidden(), 30000);
        const QString error = panel->baseErrorLabel()->text();
        QVERIFY2(error.startsWith(QStringLiteral("Not a usable LTX-2.3 checkpoint: ")) && error.contains(QStringLiteral("notes.safetensors")), qPrintable(error));
        QVERIFY(panel->baseErrorLabel()->styleSheet().contains(QStringLiteral("#d32f2f")));  // red, as every inline error
        QVERIFY(!panel->baseStatusLabel()->isVisibleTo(panel));
        QVERIFY(!panel->baseMemoryLabel()->isVisibleTo(panel));
        QVERIFY(!train->isEnabled());
        QCOMPARE(w.trainingPage()->trainDisabledReason(), error);
        QCOMPARE(w.trainingPage()->controller()->options().basePath, broken);

        // A file that is not there, and no file at all: said at once, never the embedded model instead.
        panel->useBaseCheckpoint(m_dir.filePath(QStringLiteral("gone.safetensors")));
        QVERIFY(panel->baseErrorLabel()->text().contains(QStringLiteral("does not exist")));
        QVERIFY(!train->isEnabled());
        panel->useBaseCheckpoint(QString());
        QVERIFY(panel->baseErrorLabel()->text().startsWith(QStringLiteral("Choose the LTX-2.3 checkpoint file")));
        QVERIFY(!train->isEnabled());
        QVERIFY(w.tryIt()->basePath().isEmpty());

        // Typing the path in the field checks it as well.
        panel->basePathEdit()->setText(QDir::toNativeSeparators(ltx));
        Q_EMIT panel->basePathEdit()->editingFinished();
        QCOMPARE(panel->baseCheckpointPath(), ltx);
        QTRY_VERIFY_WITH_TIMEOUT(panel->baseStatusLabel()->text().endsWith(QStringLiteral("— complete")), 30000);

        // Back to the embedded default (as the combo does it): Train can start again, everything uses it.
        panel->baseChoiceBox()->setCurrentIndex(0);
        Q_EMIT panel->baseChoiceBox()->activated(0);
        QVERIFY(!panel->usesBaseCheckpoint());
        QCOMPARE(panel->baseCheckpointPath(), ltx);  // remembered for the next time
        QVERIFY(!panel->basePathEdit()->isVisibleTo(panel));
        QVERIFY(!panel->baseStatusLabel()->isVisibleTo(panel));
        QVERIFY(panel->baseErrorLabel()->isHidden());
        QVERIFY2(train->isEnabled(), qPrintable(w.trainingPage()->trainDisabledReason()));
        QCOMPARE(panel->validityLabel()->text(), QStringLiteral("Settings are valid."));
        QVERIFY(w.trainingPage()->controller()->options().basePath.isEmpty());
        QCOMPARE(w.tryIt()->basePath(), defaultBaseModelPath());
        QCOMPARE(panel->estimator()->basePath(), defaultBaseModelPath());
        QVERIFY(!settings::baseModelChoice().checkpoint);
        QVERIFY(!panel->textEncoderRow()->isVisibleTo(panel));
    }

    void textEncoderFolderIsCheckedAgainstTheCheckpoint()
    {
        const QString ltx = m_dir.filePath(QStringLiteral("ltx for gemma.safetensors"));
        LtxLayoutBaseOptions options;  // its text projection takes 64 × (6 + 1) = 448 inputs
        options.size = LtxLayoutSize::Tiny;
        QCOMPARE(writeLtxLayoutBase(ltx, options), QString());
        // A folder with the file names of a Gemma-3 folder: config.json says the size; the tokenizer
        // and the weights are only there (the UI never parses them, the core does at train time).
        const auto writeFile = [](const QString &path, const QByteArray &bytes) {
            QFile f(path);
            return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
        };
        const auto makeFolder = [&](const QString &name, int hidden, bool tokenizer) {
            const QString folder = m_dir.filePath(name);
            QDir().mkpath(folder);
            const QJsonObject text{{QStringLiteral("hidden_size"), hidden}, {QStringLiteral("num_hidden_layers"), 6},
                                   {QStringLiteral("num_attention_heads"), 4}, {QStringLiteral("vocab_size"), 262208}};
            const QJsonObject config{{QStringLiteral("architectures"), QJsonArray{QStringLiteral("Gemma3ForConditionalGeneration")}},
                                     {QStringLiteral("text_config"), text}};
            bool ok = writeFile(folder + QStringLiteral("/config.json"), QJsonDocument(config).toJson());
            if (tokenizer)
                ok = ok && writeFile(folder + QStringLiteral("/tokenizer.model"), "not a real sentencepiece model");
            ok = ok && writeFile(folder + QStringLiteral("/model.safetensors"), "not real weights");
            return ok ? folder : QString();
        };
        const QString gemma = makeFolder(QStringLiteral("gemma tiny"), 64, true);
        const QString wide = makeFolder(QStringLiteral("gemma wide"), 96, true);
        const QString noTokenizer = makeFolder(QStringLiteral("gemma no tokenizer"), 64, false);
        QVERIFY(!gemma.isEmpty() && !wide.isEmpty() && !noTokenizer.isEmpty());
        // Sharded weights: every shard the index names must be there.
        const QString sharded = m_dir.filePath(QStringLiteral("gemma sharded"));
        QDir().mkpath(sharded);
        QVERIFY(QFile::copy(gemma + QStringLiteral("/config.json"), sharded + QStringLiteral("/config.json")));
        QVERIFY(writeFile(sharded + QStringLiteral("/tokenizer.model"), "tok"));
        const QJsonObject map{{QStringLiteral("a.weight"), QStringLiteral("model-00001-of-00002.safetensors")},
                              {QStringLiteral("b.weight"), QStringLiteral("model-00002-of-00002.safetensors")},
                              {QStringLiteral("c.weight"), QStringLiteral("model-00002-of-00002.safetensors")}};
        QVERIFY(writeFile(sharded + QStringLiteral("/model.safetensors.index.json"),
                          QJsonDocument(QJsonObject{{QStringLiteral("weight_map"), map}}).toJson()));
        QVERIFY(writeFile(sharded + QStringLiteral("/model-00001-of-00002.safetensors"), "shard"));

        settings::setTextEncoderFolder(QString());
        MainWindow w;
        w.datasetController()->setDataset(m_dataset);
        w.setBucketSeconds(2.0);
        TrainingSettingsPanel *panel = w.trainingSettings();
        QPushButton *train = w.trainingPage()->trainButton();
        QVERIFY(!panel->textEncoderRow()->isVisibleTo(panel));

        panel->useBaseCheckpoint(ltx);
        QTRY_VERIFY_WITH_TIMEOUT(panel->baseStatusLabel()->text().endsWith(QStringLiteral("— complete")), 30000);
        QVERIFY(panel->textEncoderRow()->isVisibleTo(panel));
        QVERIFY(!train->isEnabled());
        QVERIFY(w.trainingPage()->trainDisabledReason().startsWith(QStringLiteral("Choose the Gemma-3 text encoder folder")));

        // A matching folder: checked on a worker, the window stays live; one status line; Train starts.
        test::EventLoopStallProbe probe;
        panel->useTextEncoderFolder(gemma);
        QVERIFY(!train->isEnabled());  // until the answer
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isCheckingTextEncoder() && panel->textEncoderStatusLabel()->text().startsWith(QStringLiteral("Gemma-3: ")), 30000);
        QVERIFY2(probe.worst() < 250, qPrintable(QString::number(probe.worst())));
        QCOMPARE(panel->textEncoderStatusLabel()->text(), QStringLiteral("Gemma-3: 6 layers × 64, 1 shard — matches the checkpoint"));
        QVERIFY(panel->textEncoderStatusLabel()->isVisibleTo(panel));
        QVERIFY(panel->textEncoderErrorLabel()->isHidden());
        QCOMPARE(panel->textEncoderPathEdit()->text(), QDir::toNativeSeparators(gemma));
        QTRY_VERIFY2(train->isEnabled(), qPrintable(w.trainingPage()->trainDisabledReason()));
        QCOMPARE(panel->validityLabel()->text(), QStringLiteral("Settings are valid."));
        // One folder for the whole window; remembered.
        QCOMPARE(w.trainingPage()->controller()->options().basePath, ltx);
        QCOMPARE(w.trainingPage()->controller()->options().textEncoderPath, gemma);
        QCOMPARE(w.tryIt()->textEncoderPath(), gemma);
        QCOMPARE(panel->estimator()->textEncoderPath(), gemma);
        QCOMPARE(settings::textEncoderFolder(), gemma);
        {
            TrainingRequestModel model;
            DatasetController dataset;
            TrainingSettingsPanel next(&model, &dataset);
            QCOMPARE(next.textEncoderFolder(), gemma);
            QTRY_VERIFY_WITH_TIMEOUT(next.textEncoderStatusLabel()->text().endsWith(QStringLiteral("matches the checkpoint")), 30000);
            // The checkpoint's own check runs beside the folder's and may finish after it.
            QTRY_VERIFY_WITH_TIMEOUT(model.baseProblem().isEmpty(), 30000);
        }

        // Sharded weights: the shards are counted; a missing one is named.
        panel->useTextEncoderFolder(sharded);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isCheckingTextEncoder() && !panel->textEncoderErrorLabel()->isHidden(), 30000);
        QCOMPARE(panel->textEncoderErrorLabel()->text(),
                 QStringLiteral("The text encoder folder has no model-00002-of-00002.safetensors, which model.safetensors.index.json names."));
        QVERIFY(!train->isEnabled());
        QVERIFY(writeFile(sharded + QStringLiteral("/model-00002-of-00002.safetensors"), "shard"));
        panel->useTextEncoderFolder(sharded + QStringLiteral("/"));  // chosen again (a trailing slash is the same folder)
        QCOMPARE(panel->textEncoderFolder(), sharded);
        QTRY_VERIFY_WITH_TIMEOUT(panel->textEncoderStatusLabel()->text().startsWith(QStringLiteral("Gemma-3: ")), 30000);
        QCOMPARE(panel->textEncoderStatusLabel()->text(), QStringLiteral("Gemma-3: 6 layers × 64, 2 shards — matches the checkpoint"));
        QTRY_VERIFY2(train->isEnabled(), qPrintable(w.trainingPage()->trainDisabledReason()));

        // The wrong size: a red error with both widths, Train says the same.
        panel->useTextEncoderFolder(wide);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isCheckingTextEncoder() && !panel->textEncoderErrorLabel()->isHidden(), 30000);
        const QString mismatch = panel->textEncoderErrorLabel()->text();
        QVERIFY2(mismatch.contains(QStringLiteral("672")) && mismatch.contains(QStringLiteral("448")), qPrintable(mismatch));
        QVERIFY(mismatch.startsWith(QStringLiteral("This text encoder does not fit the checkpoint")));
        QVERIFY(panel->textEncoderErrorLabel()->styleSheet().contains(QStringLiteral("#d32f2f")));
        QVERIFY(!panel->textEncoderStatusLabel()->isVisibleTo(panel));
        QVERIFY(!train->isEnabled());
        QCOMPARE(w.trainingPage()->trainDisabledReason(), mismatch);

        // No tokenizer.model: the error names it. Typing the folder in the field checks it too.
        panel->textEncoderPathEdit()->setText(QDir::toNativeSeparators(noTokenizer));
        Q_EMIT panel->textEncoderPathEdit()->editingFinished();
        QCOMPARE(panel->textEncoderFolder(), noTokenizer);
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isCheckingTextEncoder() && panel->textEncoderErrorLabel()->text().contains(QStringLiteral("tokenizer.model")), 30000);
        QCOMPARE(panel->textEncoderErrorLabel()->text(), QStringLiteral("The text encoder folder has no tokenizer.model."));
        QVERIFY(!train->isEnabled());
        // A folder that is not there.
        panel->useTextEncoderFolder(m_dir.filePath(QStringLiteral("no such folder")));
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isCheckingTextEncoder() && panel->textEncoderErrorLabel()->text().contains(QStringLiteral("is not a folder")), 30000);
        QVERIFY(!train->isEnabled());

        // A broken checkpoint keeps its own reason, whatever the folder.
        panel->useTextEncoderFolder(gemma);
        QTRY_VERIFY_WITH_TIMEOUT(panel->textEncoderStatusLabel()->text().endsWith(QStringLiteral("matches the checkpoint")), 30000);
        panel->useBaseCheckpoint(m_dir.filePath(QStringLiteral("gone.safetensors")));
        QVERIFY(!train->isEnabled());
        QVERIFY(w.trainingPage()->trainDisabledReason().contains(QStringLiteral("does not exist")));
        panel->useBaseCheckpoint(ltx);
        QTRY_VERIFY2(train->isEnabled(), qPrintable(w.trainingPage()->trainDisabledReason()));

        // Back to the embedded default: Train starts, the folder row is hidden and nothing gets the folder.
        panel->baseChoiceBox()->setCurrentIndex(0);
        Q_EMIT panel->baseChoiceBox()->activated(0);
        QVERIFY(!panel->textEncoderRow()->isVisibleTo(panel));
        QVERIFY2(train->isEnabled(), qPrintable(w.trainingPage()->trainDisabledReason()));
        QCOMPARE(panel->validityLabel()->text(), QStringLiteral("Settings are valid."));
        QVERIFY(w.trainingPage()->controller()->options().textEncoderPath.isEmpty());
        QVERIFY(w.tryIt()->textEncoderPath().isEmpty());
        QVERIFY(panel->estimator()->textEncoderPath().isEmpty());
        QCOMPARE(settings::textEncoderFolder(), gemma);  // remembered for the next checkpoint
        QCOMPARE(panel->textEncoderFolder(), gemma);
    }

    void theWindowHasTheDocksAndMenuItems()
    {
        MainWindow w;
        auto *settingsDock = w.findChild<QDockWidget *>(QStringLiteral("trainingSettingsDock"));
        auto *tryDock = w.findChild<QDockWidget *>(QStringLiteral("tryItDock"));
        QVERIFY(settingsDock && tryDock);
        QVERIFY(settingsDock->isAncestorOf(w.trainingSettings()));
        QVERIFY(tryDock->isAncestorOf(w.tryIt()));
        // A narrow dock scrolls: the panels never make the window wider than the pair list needs.
        QVERIFY(settingsDock->minimumSizeHint().width() < 200);
        QVERIFY(tryDock->minimumSizeHint().width() < 200);
        QMenu *file = w.menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(w.trainingSettings()->importAction()));
        QVERIFY(file->actions().contains(w.trainingSettings()->exportAction()));

        // The toolbar's bucket and the panel's are one setting.
        qobject_cast<QDoubleSpinBox *>(w.trainingSettings()->fieldEditor(QStringLiteral("audio_duration_seconds")))->setValue(3.5);
        QCOMPARE(w.datasetController()->fit().bucketSeconds, 3.5);
        w.setBucketSeconds(4.5);
        QCOMPARE(w.requestModel()->request().audioDurationSeconds, 4.5);
    }
};

A2A_UI_TEST_MAIN(TestUiTrainingSettings)
#include "test_ui_training_settings.moc"
