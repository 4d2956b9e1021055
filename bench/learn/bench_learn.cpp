// bench/learn KIND: does an IC-LoRA learn a real transform on the embedded base? Trains with the
// request defaults (2000 steps, rank 32, lr 2e-4, 5 s bucket) on a generated dataset of KIND and
// prints the held-out ratio (log-mel distance of the output to the true target ÷ distance of the
// reference to it; 1.0 = passing the reference through, 0 = perfect) at step 0 and every
// validation: for the trainer's held-out pair, for fresh pairs of the same generator (other seed,
// other voices) and, for speech kinds, for real recorded human speech (alsa-utils' channel test
// recordings) through the same transform.
//
//   bench_learn radio|denoise|timbre [--base FILE] [--steps N] [--seed S] [--out DIR]

#include "audio/AudioDecoder.h"
#include "audio/ChannelDownmix.h"
#include "audio/AudioFileWriter.h"
#include "audio/QtMediaReader.h"
#include "dataset/DatasetIngestor.h"
#include "model/AudioMetrics.h"
#include "model/DefaultBaseModel.h"
#include "samples/AudioEffects.h"
#include "samples/SampleDatasetMaker.h"
#include "training/TrainingJob.h"
#include "util/QuietQtLogs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace a2a;

namespace {

struct EvalPair {
    QString name;
    QString referencePath;
    AudioBuffer target;  // stereo, 16 kHz, normalised
};

// A mono clip at 16 kHz as the stereo buffer the metric compares (spec §1 channel rule).
AudioBuffer stereo16k(const std::vector<float> &mono)
{
    AudioBuffer b;
    b.sampleRate = 16000;
    b.channels = 1;
    b.samples = mono;
    return downmixToStereo(b);
}

// Makes a (reference, target) pair for `kind` from clean mono speech.
void transformPair(const QString &kind, std::vector<float> clean, int rate, fx::Rng &rng, std::vector<float> *ref, std::vector<float> *tgt)
{
    fx::normalizePeak(clean, 0.891);
    *ref = clean;
    *tgt = clean;
    if (kind == QLatin1String("radio")) {
        fx::vintageRadio(*tgt, rate, rng);
    } else {
        std::vector<float> noise(clean.size(), 0.f);
        fx::addNoise(noise, 1.0, true, rng);
        fx::gain(noise, fx::rms(clean) / std::max(fx::rms(noise), 1e-9) * std::pow(10.0, -6.0 / 20.0));
        for (size_t i = 0; i < clean.size(); ++i)
            (*ref)[i] += noise[i];
        fx::normalizePeak(*ref, 0.891);
    }
}

}  // namespace

int main(int argc, char **argv)
{
    selectFfmpegMediaBackend();
    installQuietQtMessageHandler();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Learning benchmark of the embedded base model."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("KIND"), QStringLiteral("radio, denoise or timbre"));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("Base model [the embedded default]."), QStringLiteral("FILE"));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Training steps [2000]."), QStringLiteral("N"), QStringLiteral("2000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Dataset seed [1]."), QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption outDir(QStringLiteral("out"), QStringLiteral("Keep the run here (previews to listen to)."), QStringLiteral("DIR"));
    const QCommandLineOption cfg(QStringLiteral("cfg"), QStringLiteral("Preview text guidance [the base's recommendation]."), QStringLiteral("X"), QStringLiteral("-1"));
    const QCommandLineOption sampler(QStringLiteral("sampler-steps"), QStringLiteral("Euler steps per preview [the base's recommendation]."), QStringLiteral("N"),
                                     QStringLiteral("0"));
    const QCommandLineOption every(QStringLiteral("validation-interval"), QStringLiteral("Steps between validations [steps / 4]."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noShift(QStringLiteral("no-time-shift"), QStringLiteral("Train without the joint time-shift augmentation."));
    parser.addOptions({base, steps, seed, outDir, cfg, sampler, every, noShift});
    parser.process(app);
    if (parser.positionalArguments().size() != 1 || !sampleKinds().contains(parser.positionalArguments().first())) {
        std::fprintf(stderr, "usage: bench_learn radio|denoise|timbre [--base FILE] [--steps N]\n");
        return 2;
    }
    const QString kind = parser.positionalArguments().first();
    const QString basePath = parser.isSet(base) ? parser.value(base) : defaultBaseModelPath();
    if (basePath.isEmpty()) {
        std::fprintf(stderr, "no base model: pass --base or install the embedded default\n");
        return 2;
    }
    QTemporaryDir tmp;
    const QString work = parser.isSet(outDir) ? parser.value(outDir) : tmp.path();
    QDir().mkpath(work);

    QElapsedTimer wall;
    wall.start();
    SampleOptions so;
    so.kind = kind;
    so.pairs = 12;
    so.seed = parser.value(seed).toULongLong();
    const QString zip = QDir(work).filePath(QStringLiteral("train.zip"));
    if (const SampleResult r = makeSampleDataset(zip, so); !r.ok) {
        std::fprintf(stderr, "cannot make the dataset: %s\n", qPrintable(r.error));
        return 1;
    }
    const CuratedDataset dataset = ingestDataset(zip, IngestOptions{}, {}).dataset;

    // Evaluation pairs the LoRA never sees: two fresh generated pairs (another seed) and, for
    // speech, real recorded voices through the same transform.
    std::vector<EvalPair> eval;
    SampleOptions fresh = so;
    fresh.seed = so.seed + 1000;
    fresh.pairs = 2;
    const QString freshZip = QDir(work).filePath(QStringLiteral("fresh.zip"));
    makeSampleDataset(freshZip, fresh);
    const CuratedDataset freshSet = ingestDataset(freshZip, IngestOptions{}, {}).dataset;
    for (const DatasetPair &p : freshSet.pairs) {
        DecodeOptions d;
        d.toStereo = true;
        d.targetRate = 16000;
        AudioBuffer t = decodeAudioFile(p.target.localPath, d).audio;
        normalizePeak(t, kNormalizedPeak);
        const QString refCopy = QDir(work).filePath(QStringLiteral("eval_%1_start.wav").arg(p.name));
        QFile::copy(p.reference.localPath, refCopy);
        eval.push_back({QStringLiteral("generated ") + p.name, refCopy, t});
    }
    if (kind != QLatin1String("timbre")) {
        std::vector<float> real;
        for (const char *f : {"Front_Center", "Front_Left", "Front_Right", "Rear_Center", "Rear_Left", "Rear_Right", "Side_Left", "Side_Right"}) {
            DecodeOptions d;
            d.targetRate = 16000;
            const DecodeResult r = decodeAudioFile(QStringLiteral("/usr/share/sounds/alsa/%1.wav").arg(QLatin1String(f)), d);
            if (r.ok())
                for (int64_t i = 0; i < r.audio.frames(); ++i)
                    real.push_back(r.audio.sample(i, 0));
        }
        fx::Rng rng(77);
        for (int k = 0; k < 2 && real.size() >= size_t((k + 1) * 5.5 * 16000); ++k) {
            std::vector<float> clip(real.begin() + long(k * 5.5 * 16000), real.begin() + long((k + 1) * 5.5 * 16000)), ref, tgt;
            transformPair(kind, clip, 16000, rng, &ref, &tgt);
            AudioBuffer r;
            r.sampleRate = 16000;
            r.channels = 1;
            r.samples = ref;
            const QString refPath = QDir(work).filePath(QStringLiteral("eval_real%1_start.wav").arg(k));
            writeAudioFile(refPath, r);
            AudioBuffer t = stereo16k(tgt);
            normalizePeak(t, kNormalizedPeak);
            eval.push_back({QStringLiteral("real voice %1").arg(k + 1), refPath, t});
        }
        if (eval.size() < 3)
            std::fprintf(stderr, "note: /usr/share/sounds/alsa is missing (apt install alsa-utils): no real-voice check\n");
    }

    TrainingJobConfig c;
    c.request.numberOfSteps = parser.value(steps).toInt();
    c.timeShift = !parser.isSet(noShift);
    c.outputDir = QDir(work).filePath(QStringLiteral("run"));
    QDir(c.outputDir).removeRecursively();
    c.basePath = basePath;
    c.cacheDir = QDir(work).filePath(QStringLiteral("cache"));
    c.cfgScale = parser.value(cfg).toDouble();
    c.validationSteps = parser.value(sampler).toInt();
    c.validationInterval = parser.value(every).toInt();
    const QString prompt = dataset.pairs.first().caption;
    for (const EvalPair &e : eval)
        c.validationInputs.append({prompt, e.referencePath});

    std::printf("bench/learn %s: %lld training pairs (1 held out), %zu evaluation clips, base %s\n\n", qPrintable(kind),
                qlonglong(dataset.pairs.size()), eval.size(), qPrintable(QFileInfo(basePath).fileName()));
    std::printf("| step | held-out pair |");
    for (const EvalPair &e : eval)
        std::printf(" %s |", qPrintable(e.name));
    std::printf(" mean | elapsed |\n|---|---|");
    for (size_t i = 0; i <= eval.size(); ++i)
        std::printf("---|");
    std::printf("---|\n");
    // The true targets beside their references, to listen to next to the previews.
    for (const EvalPair &e : eval)
        writeAudioFile(QString(e.referencePath).replace(QStringLiteral("_start.wav"), QStringLiteral("_end.wav")), e.target);
    double lastMean = 0;
    TrainingCallbacks cb;
    cb.onValidation = [&](const ValidationReport &r) {
        std::printf("| %d | %.3f |", r.step, r.heldOutRatio);
        double sum = r.heldOutRatio;
        for (int i = 0; i < r.previews.size() && i < int(eval.size()); ++i) {
            DecodeOptions d;
            d.toStereo = true;
            const AudioBuffer out = decodeAudioFile(r.previews[i].audioPath, d).audio;
            DecodeOptions rd;
            rd.toStereo = true;
            rd.targetRate = 16000;
            const double ratio = heldOutRatio(out, decodeAudioFile(eval[size_t(i)].referencePath, rd).audio, eval[size_t(i)].target);
            std::printf(" %.3f |", ratio);
            sum += ratio;
        }
        lastMean = sum / double(1 + std::min<size_t>(eval.size(), size_t(r.previews.size())));
        std::printf(" %.3f | %.1f min |\n", lastMean, wall.elapsed() / 60000.0);
        std::fflush(stdout);
    };
    QElapsedTimer trainTimer;
    trainTimer.start();
    const TrainingResult r = runTrainingJob(dataset, c, cb);
    if (r.outcome != TrainingOutcome::Finished) {
        std::fprintf(stderr, "training failed: %s\n", qPrintable(r.error));
        return 1;
    }
    std::printf("\nfinal mean ratio %.3f (held-out pair %.3f); training run %.1f min, whole benchmark %.1f min\n", lastMean, r.finalHeldOutRatio,
                trainTimer.elapsed() / 60000.0, wall.elapsed() / 60000.0);
    std::printf("previews: %s/previews\n", qPrintable(c.outputDir));
    return 0;
}
