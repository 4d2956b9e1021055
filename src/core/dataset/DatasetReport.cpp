#include "DatasetReport.h"

#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace a2a {
namespace {

double floorToTenth(double s) { return std::floor(s * 10.0 + 1e-6) / 10.0; }

QJsonObject issueJson(const Issue &i)
{
    return QJsonObject{{QStringLiteral("severity"), severityName(i.severity)},
                       {QStringLiteral("code"), i.code},
                       {QStringLiteral("file"), i.file},
                       {QStringLiteral("message"), i.message},
                       {QStringLiteral("hint"), i.hint}};
}

QString formatLine(const ClipRef &clip)
{
    if (!clip.decoded)
        return QStringLiteral("unreadable");
    const AudioFileInfo &i = clip.info;
    return QStringLiteral("%1 %2, %3 Hz, %4 ch").arg(i.container, i.codec).arg(i.sampleRate).arg(i.channels);
}

QJsonObject clipJson(const ClipRef &clip, const FitOptions &fit)
{
    QJsonObject o{{QStringLiteral("path"), clip.sourcePath}, {QStringLiteral("readable"), clip.decoded}};
    if (clip.decoded) {
        const FitPlan plan = planFit(clip.durationSeconds(), clip.trimOffsetSeconds, fit);
        o[QStringLiteral("duration_seconds")] = clip.durationSeconds();
        o[QStringLiteral("format")] = clip.info.container;
        o[QStringLiteral("codec")] = clip.info.codec;
        o[QStringLiteral("sample_rate")] = clip.info.sampleRate;
        o[QStringLiteral("channels")] = clip.info.channels;
        o[QStringLiteral("trim_offset_seconds")] = clip.trimOffsetSeconds;
        o[QStringLiteral("fit")] = fitKindName(plan.kind);
        o[QStringLiteral("fit_detail")] = plan.describe();
    }
    return o;
}

}  // namespace

double maxBucketFor(const DatasetPair &pair)
{
    if (!pair.reference.decoded || !pair.target.decoded)
        return 0.0;
    return std::min(pair.reference.durationSeconds(), pair.target.durationSeconds());
}

DatasetSummary summarizeDataset(const CuratedDataset &dataset, const FitOptions &fit)
{
    DatasetSummary s;
    s.datasetIssues = dataset.issues;
    std::vector<double> skippedMax;
    for (const DatasetPair &p : dataset.pairs) {
        ++s.total;
        switch (pairStatus(p, fit)) {
        case PairStatus::Excluded: ++s.excluded; break;
        case PairStatus::Error: ++s.errors; break;
        case PairStatus::Skipped:
            ++s.skipped;
            skippedMax.push_back(maxBucketFor(p));
            break;
        case PairStatus::Warning: ++s.warnings; [[fallthrough]];
        case PairStatus::Ok:
            ++s.usable;
            s.usableIds.append(p.id);
            break;
        }
    }
    if (!skippedMax.empty()) {
        const double shortest = *std::min_element(skippedMax.begin(), skippedMax.end());
        const double keepAll = floorToTenth(shortest);
        if (keepAll >= 0.5)
            s.keepAll = {keepAll, int(skippedMax.size())};
        // The smallest change that helps: the longest candidate bucket (one per skipped pair) that
        // keeps at least one more pair.
        for (double candidate : skippedMax) {
            const double b = floorToTenth(candidate);
            if (b < 0.5 || b <= s.bestGain.bucketSeconds)
                continue;
            int gained = 0;
            for (double m : skippedMax)
                gained += m + 0.0005 >= b ? 1 : 0;
            s.bestGain = {b, gained};
        }
    }
    if (s.usable == 0) {
        QString message = QStringLiteral("no pair fills the %1 s bucket").arg(fit.bucketSeconds, 0, 'f', 2);
        QString hint = QStringLiteral("add pairs whose clips are both at least %1 s long").arg(fit.bucketSeconds, 0, 'f', 2);
        if (s.skipped > 0) {
            message += QStringLiteral(": %1 pair(s) have a clip shorter than the bucket").arg(s.skipped);
            if (s.keepAll.bucketSeconds > 0)
                hint = QStringLiteral("set audio_duration_seconds to %1 to keep all %2 of them, or add longer clips")
                           .arg(s.keepAll.bucketSeconds, 0, 'f', 1).arg(s.keepAll.keeps);
            else
                hint = QStringLiteral("their clips are shorter than the 0.5 s minimum bucket; use longer clips");
        } else if (s.errors > 0) {
            message += QStringLiteral(": every pair has an unreadable clip");
            hint = QStringLiteral("fix the files listed above");
        }
        s.datasetIssues.append(makeIssue(Severity::Error, QStringLiteral("no-usable-pair"), QString(), message, hint));
    } else if (s.usable < kRecommendedPairs) {
        s.datasetIssues.append(makeIssue(Severity::Warning, QStringLiteral("few-pairs"), QString(),
                                         QStringLiteral("only %1 usable pair(s); aim for at least %2").arg(s.usable).arg(kRecommendedPairs),
                                         QStringLiteral("more well-matched pairs make the transform generalize")));
    }
    s.refused = hasErrors(s.datasetIssues);
    return s;
}

QString formatDatasetReport(const CuratedDataset &dataset, const DatasetSummary &s, const FitOptions &fit)
{
    QString out;
    out += QStringLiteral("Dataset   %1\n").arg(dataset.source);
    out += QStringLiteral("Bucket    %1 s (audio_duration_seconds), pitch-preserving stretch %2 within %3 %\n")
               .arg(fit.bucketSeconds, 0, 'f', 2)
               .arg(fit.preservePitch ? QStringLiteral("on") : QStringLiteral("off"))
               .arg(fit.stretchTolerance * 100, 0, 'f', 0);
    if (!dataset.triggerPhrase.isEmpty())
        out += QStringLiteral("Trigger   \"%1\"\n").arg(dataset.triggerPhrase);
    out += QLatin1Char('\n');

    int pathWidth = 20;
    for (const DatasetPair &p : dataset.pairs)
        pathWidth = std::max<int>({pathWidth, int(p.reference.sourcePath.size()), int(p.target.sourcePath.size())});
    for (const DatasetPair &p : dataset.pairs) {
        const PairStatus st = pairStatus(p, fit);
        out += QStringLiteral("[%1] %2").arg(pairStatusName(st), -8).arg(p.name);
        if (st == PairStatus::Skipped)
            out += QStringLiteral("   (fits a bucket of at most %1 s)").arg(floorToTenth(maxBucketFor(p)), 0, 'f', 1);
        out += QLatin1Char('\n');
        for (const ClipRef *clip : {&p.reference, &p.target}) {
            const bool isRef = clip == &p.reference;
            QString fitText;
            if (clip->decoded)
                fitText = planFit(clip->durationSeconds(), clip->trimOffsetSeconds, fit).describe();
            out += QStringLiteral("    %1 %2  %3  %4  %5\n")
                       .arg(isRef ? QStringLiteral("reference") : QStringLiteral("target   "))
                       .arg(clip->sourcePath, -pathWidth)
                       .arg(clip->decoded ? QStringLiteral("%1 s").arg(clip->durationSeconds(), 7, 'f', 2) : QStringLiteral("      —"))
                       .arg(formatLine(*clip), -34)
                       .arg(fitText);
        }
        const QString caption = dataset.finalCaption(p);
        out += QStringLiteral("    caption   %1\n").arg(caption.isEmpty() ? QStringLiteral("(none)") : QStringLiteral("\"%1\"").arg(caption));
        for (const Issue &i : allIssues(p))
            out += QStringLiteral("    %1\n").arg(i.toText());
    }

    const auto section = [&](Severity sev, const QString &title) {
        QStringList lines;
        for (const Issue &i : s.datasetIssues)
            if (i.severity == sev)
                lines << QStringLiteral("  ") + i.toText();
        if (!lines.isEmpty())
            out += QStringLiteral("\n%1\n%2\n").arg(title, lines.join(QLatin1Char('\n')));
    };
    section(Severity::Error, QStringLiteral("Errors"));
    section(Severity::Warning, QStringLiteral("Warnings"));
    section(Severity::Info, QStringLiteral("Notes"));

    out += QStringLiteral("\nSummary   %1 usable, %2 skipped (too short), %3 with errors, %4 excluded, of %5 pairs\n")
               .arg(s.usable).arg(s.skipped).arg(s.errors).arg(s.excluded).arg(s.total);
    if (s.keepAll.keeps > 0)
        out += QStringLiteral("Bucket    a bucket of %1 s would keep all %2 skipped pair(s)\n")
                   .arg(s.keepAll.bucketSeconds, 0, 'f', 1).arg(s.keepAll.keeps);
    if (s.bestGain.keeps > 0 && std::abs(s.bestGain.bucketSeconds - s.keepAll.bucketSeconds) > 1e-9)
        out += QStringLiteral("          a bucket of %1 s would keep %2 more pair(s)\n")
                   .arg(s.bestGain.bucketSeconds, 0, 'f', 1).arg(s.bestGain.keeps);
    out += s.refused ? QStringLiteral("Verdict   REFUSED: the request would be rejected (HTTP 422); fix the errors above\n")
                     : QStringLiteral("Verdict   ready to train on %1 pair(s)\n").arg(s.usable);
    return out;
}

QJsonObject datasetReportJson(const CuratedDataset &dataset, const DatasetSummary &s, const FitOptions &fit)
{
    QJsonArray pairs;
    for (const DatasetPair &p : dataset.pairs) {
        QJsonArray issues;
        for (const Issue &i : allIssues(p))
            issues.append(issueJson(i));
        pairs.append(QJsonObject{{QStringLiteral("name"), p.name},
                                 {QStringLiteral("status"), pairStatusName(pairStatus(p, fit))},
                                 {QStringLiteral("caption"), p.caption},
                                 {QStringLiteral("final_caption"), dataset.finalCaption(p)},
                                 {QStringLiteral("max_bucket_seconds"), maxBucketFor(p)},
                                 {QStringLiteral("reference"), clipJson(p.reference, fit)},
                                 {QStringLiteral("target"), clipJson(p.target, fit)},
                                 {QStringLiteral("issues"), issues}});
    }
    QJsonArray issues;
    for (const Issue &i : s.datasetIssues)
        issues.append(issueJson(i));
    QJsonObject suggestion;
    if (s.keepAll.keeps > 0)
        suggestion = QJsonObject{{QStringLiteral("keep_all_bucket_seconds"), s.keepAll.bucketSeconds},
                                 {QStringLiteral("keep_all_count"), s.keepAll.keeps},
                                 {QStringLiteral("best_bucket_seconds"), s.bestGain.bucketSeconds},
                                 {QStringLiteral("best_bucket_gain"), s.bestGain.keeps}};
    return QJsonObject{{QStringLiteral("source"), dataset.source},
                       {QStringLiteral("bucket_seconds"), fit.bucketSeconds},
                       {QStringLiteral("trigger_phrase"), dataset.triggerPhrase},
                       {QStringLiteral("total"), s.total},
                       {QStringLiteral("usable"), s.usable},
                       {QStringLiteral("skipped"), s.skipped},
                       {QStringLiteral("errors"), s.errors},
                       {QStringLiteral("excluded"), s.excluded},
                       {QStringLiteral("refused"), s.refused},
                       {QStringLiteral("suggestion"), suggestion},
                       {QStringLiteral("issues"), issues},
                       {QStringLiteral("pairs"), pairs}};
}

}  // namespace a2a
