// The product's promise, in a few minutes: on the embedded default base, an IC-LoRA trained with
// the request defaults (rank 32, lr 2e-4, 5 s bucket) on a small generated `radio` dataset brings
// the held-out ratio clearly below its step-0 value, on pairs it never trained on. A fast version
// of bench/learn (which runs the full 2000 steps and real voices).

#include "support/TestMain.h"

#include "audio/AudioDecoder.h"
#include "dataset/DatasetIngestor.h"
#include "model/AudioMetrics.h"
#include "model/DefaultBaseModel.h"
#include "samples/SampleDatasetMaker.h"
#include "training/TrainingJob.h"

#include <QStandardPaths>
#include <QTemporaryDir>

using namespace a2a;

class TestLearning : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void radioLoraLearnsOnUnseenPairs()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng is not installed (scripts/setup.sh installs it)");
        const QString base = defaultBaseModelPath();
        QVERIFY2(!base.isEmpty(), "resources/default-base.safetensors is missing");

        SampleOptions so;
        so.kind = QStringLiteral("radio");
        so.pairs = 10;
        so.seed = 5;
        const QString zip = m_dir.filePath(QStringLiteral("train.zip"));
        const SampleResult made = makeSampleDataset(zip, so);
        QVERIFY2(made.ok, qPrintable(made.error));
        // Pairs the LoRA never sees: other sentences, other voices.
        SampleOptions fresh = so;
        fresh.seed = 5005;
        fresh.pairs = 2;
        const QString freshZip = m_dir.filePath(QStringLiteral("fresh.zip"));
        QVERIFY(makeSampleDataset(freshZip, fresh).ok);
        const CuratedDataset dataset = ingestDataset(zip, IngestOptions{}, {}).dataset;
        const CuratedDataset unseen = ingestDataset(freshZip, IngestOptions{}, {}).dataset;
        QCOMPARE(unseen.pairs.size(), qsizetype(2));

        TrainingJobConfig c;
        c.request.numberOfSteps = 400;
        c.validationInterval = 400;
        c.outputDir = m_dir.filePath(QStringLiteral("run"));
        c.cacheDir = m_dir.filePath(QStringLiteral("cache"));
        c.basePath = base;
        for (const DatasetPair &p : unseen.pairs)
            c.validationInputs.append({dataset.pairs.first().caption, p.reference.localPath});

        // Mean ratio over the trainer's held-out pair and the unseen pairs, per validation step.
        QMap<int, double> meanRatio;
        TrainingCallbacks cb;
        cb.onValidation = [&](const ValidationReport &r) {
            double sum = r.heldOutRatio;
            for (int i = 0; i < r.previews.size(); ++i) {
                DecodeOptions d;
                d.toStereo = true;
                const AudioBuffer out = decodeAudioFile(r.previews[i].audioPath, d).audio;
                d.targetRate = out.sampleRate;
                sum += heldOutRatio(out, decodeAudioFile(unseen.pairs[i].reference.localPath, d).audio,
                                    decodeAudioFile(unseen.pairs[i].target.localPath, d).audio);
            }
            meanRatio[r.step] = sum / double(1 + r.previews.size());
            qInfo("step %d: mean held-out ratio %.3f (trainer's held-out pair %.3f)", r.step, meanRatio[r.step], r.heldOutRatio);
        };
        const TrainingResult r = runTrainingJob(dataset, c, cb);
        QVERIFY2(r.outcome == TrainingOutcome::Finished, qPrintable(r.error));
        QVERIFY(meanRatio.contains(0) && meanRatio.contains(400));
        // The base alone does not know the transform; 400 LoRA steps learn a good part of it.
        QVERIFY2(meanRatio[0] > 0.75, qPrintable(QStringLiteral("step-0 ratio %1").arg(meanRatio[0])));
        QVERIFY2(meanRatio[400] < 0.6 && meanRatio[400] < meanRatio[0] - 0.15,
                 qPrintable(QStringLiteral("step 0: %1, step 400: %2").arg(meanRatio[0]).arg(meanRatio[400])));
    }
};

A2A_TEST_MAIN(TestLearning)
#include "test_learning.moc"
