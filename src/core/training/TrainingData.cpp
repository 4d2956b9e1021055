#include "TrainingData.h"

#include "dataset/DatasetReport.h"

namespace a2a {
namespace {

QStringList cacheSettings(const ClipRef &clip, const PrepareOptions &prepare, const AudioCodec &codec)
{
    return {codec.name(),
            QStringLiteral("rate=%1").arg(prepare.sampleRate),
            QStringLiteral("bucket=%1").arg(prepare.fit.bucketSeconds, 0, 'g', 10),
            QStringLiteral("pitch=%1").arg(prepare.fit.preservePitch),
            QStringLiteral("tolerance=%1").arg(prepare.fit.stretchTolerance, 0, 'g', 10),
            QStringLiteral("normalize=%1").arg(prepare.normalize),
            QStringLiteral("offset=%1").arg(clip.trimOffsetSeconds, 0, 'g', 10),
            QStringLiteral("prepare=v1")};
}

}  // namespace

TrainingSet prepareTrainingSet(const CuratedDataset &dataset, const PrepareOptions &prepare, const AudioCodec &codec,
                               const TextEncoder &text, const LatentCache &cache, const TrainingCallbacks &callbacks)
{
    TrainingSet set;
    const DatasetSummary summary = summarizeDataset(dataset, prepare.fit);
    if (summary.refused) {
        QStringList reasons;
        for (const Issue &i : summary.datasetIssues)
            if (i.severity == Severity::Error)
                reasons << i.toText();
        set.error = QStringLiteral("the dataset cannot be trained on:\n") + reasons.join(QLatin1Char('\n'));
        return set;
    }
    const bool holdOut = summary.usable >= kMinPairsForHeldOut;
    const PairId heldOutId = holdOut ? summary.usableIds.last() : -1;
    int done = 0;
    for (PairId id : summary.usableIds) {
        if (callbacks.shouldStop && callbacks.shouldStop())
            return set;
        const DatasetPair *pair = dataset.pair(id);
        TrainingExample ex;
        ex.name = pair->name;
        ex.caption = dataset.finalCaption(*pair);
        ex.text = text.encode(ex.caption);
        const bool keepAudio = id == heldOutId;
        for (const bool isRef : {true, false}) {
            const ClipRef &clip = isRef ? pair->reference : pair->target;
            const QString key = LatentCache::keyFor(clip.localPath, cacheSettings(clip, prepare, codec));
            torch::Tensor tokens = keepAudio ? torch::Tensor() : cache.load(key);
            if (!tokens.defined()) {
                const PreparedClip prepared = prepareClip(clip, prepare);
                if (!prepared.ok()) {
                    set.error = QStringLiteral("cannot prepare %1: %2").arg(clip.sourcePath,
                                                                           prepared.issues.isEmpty() ? QStringLiteral("unknown error") : prepared.issues.last().message);
                    return set;
                }
                tokens = codec.encode(prepared.audio);
                cache.store(key, tokens);
                if (keepAudio)
                    (isRef ? ex.referenceAudio : ex.targetAudio) = prepared.audio;
            }
            (isRef ? ex.reference : ex.target) = tokens;
        }
        if (keepAudio)
            set.heldOut = std::move(ex);
        else
            set.train.push_back(std::move(ex));
        if (callbacks.onProgress)
            callbacks.onProgress(QStringLiteral("Preparing"), ++done, summary.usable);
    }
    return set;
}

}  // namespace a2a
