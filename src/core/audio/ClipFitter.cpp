#include "ClipFitter.h"

#include <rubberband/RubberBandStretcher.h>

#include <algorithm>
#include <cmath>

namespace a2a {
namespace {
constexpr double kExactTolerance = 0.0005;
}

QString fitKindName(FitKind kind)
{
    switch (kind) {
    case FitKind::Skip: return QStringLiteral("skip");
    case FitKind::Exact: return QStringLiteral("exact");
    case FitKind::Trim: return QStringLiteral("trim");
    case FitKind::Stretch: return QStringLiteral("stretch");
    }
    return {};
}

QString FitPlan::describe() const
{
    switch (kind) {
    case FitKind::Skip: return QStringLiteral("too short by %1 s").arg(shortfallSeconds(), 0, 'f', 2);
    case FitKind::Exact: return QStringLiteral("exact");
    case FitKind::Trim:
        return QStringLiteral("trim %1–%2 s").arg(offsetSeconds, 0, 'f', 2).arg(offsetSeconds + bucketSeconds, 0, 'f', 2);
    case FitKind::Stretch: return QStringLiteral("stretch ×%1 (pitch kept)").arg(stretchRatio, 0, 'f', 3);
    }
    return {};
}

FitPlan planFit(double durationSeconds, double trimOffsetSeconds, const FitOptions &options)
{
    FitPlan plan;
    plan.sourceSeconds = durationSeconds;
    plan.bucketSeconds = options.bucketSeconds;
    const double bucket = options.bucketSeconds;
    if (durationSeconds + kExactTolerance < bucket) {
        plan.kind = FitKind::Skip;
    } else if (std::fabs(durationSeconds - bucket) <= kExactTolerance) {
        plan.kind = FitKind::Exact;
    } else if (options.preservePitch && durationSeconds <= bucket * (1.0 + options.stretchTolerance)
               && trimOffsetSeconds <= 0.0) {
        plan.kind = FitKind::Stretch;
        plan.stretchRatio = bucket / durationSeconds;
    } else {
        // An explicit trim offset is the user's choice of span: it wins over stretching.
        plan.kind = FitKind::Trim;
        plan.offsetSeconds = std::clamp(trimOffsetSeconds, 0.0, durationSeconds - bucket);
    }
    return plan;
}

AudioBuffer stretchToFrames(const AudioBuffer &in, int64_t outFrames)
{
    using RubberBand::RubberBandStretcher;
    const int64_t inFrames = in.frames();
    if (inFrames == 0 || outFrames <= 0)
        return {};
    const double ratio = double(outFrames) / double(inFrames);
    RubberBandStretcher stretcher(size_t(in.sampleRate), size_t(in.channels),
                                  RubberBandStretcher::OptionProcessOffline | RubberBandStretcher::OptionEngineFiner,
                                  ratio, 1.0);
    stretcher.setExpectedInputDuration(size_t(inFrames));

    std::vector<std::vector<float>> planar(size_t(in.channels), std::vector<float>(size_t(inFrames)));
    for (int64_t f = 0; f < inFrames; ++f)
        for (int c = 0; c < in.channels; ++c)
            planar[size_t(c)][size_t(f)] = in.sample(f, c);
    std::vector<const float *> inPtrs(size_t(in.channels));
    constexpr int64_t kBlock = 8192;

    for (int64_t pos = 0; pos < inFrames; pos += kBlock) {
        const int64_t n = std::min(kBlock, inFrames - pos);
        for (int c = 0; c < in.channels; ++c)
            inPtrs[size_t(c)] = planar[size_t(c)].data() + pos;
        stretcher.study(inPtrs.data(), size_t(n), pos + n >= inFrames);
    }

    std::vector<std::vector<float>> outPlanar(size_t(in.channels));
    std::vector<std::vector<float>> chunk(size_t(in.channels), std::vector<float>(size_t(kBlock)));
    std::vector<float *> outPtrs(size_t(in.channels));
    auto drain = [&] {
        int avail;
        while ((avail = stretcher.available()) > 0) {
            const size_t n = std::min<size_t>(size_t(avail), size_t(kBlock));
            for (int c = 0; c < in.channels; ++c)
                outPtrs[size_t(c)] = chunk[size_t(c)].data();
            const size_t got = stretcher.retrieve(outPtrs.data(), n);
            for (int c = 0; c < in.channels; ++c)
                outPlanar[size_t(c)].insert(outPlanar[size_t(c)].end(), chunk[size_t(c)].begin(),
                                            chunk[size_t(c)].begin() + long(got));
        }
    };
    for (int64_t pos = 0; pos < inFrames; pos += kBlock) {
        const int64_t n = std::min(kBlock, inFrames - pos);
        for (int c = 0; c < in.channels; ++c)
            inPtrs[size_t(c)] = planar[size_t(c)].data() + pos;
        stretcher.process(inPtrs.data(), size_t(n), pos + n >= inFrames);
        drain();
    }
    drain();

    AudioBuffer out;
    out.sampleRate = in.sampleRate;
    out.channels = in.channels;
    out.samples.assign(size_t(outFrames * in.channels), 0.f);
    for (int c = 0; c < in.channels; ++c) {
        const auto &src = outPlanar[size_t(c)];
        const int64_t n = std::min<int64_t>(outFrames, int64_t(src.size()));
        for (int64_t f = 0; f < n; ++f)
            out.samples[size_t(f * in.channels + c)] = src[size_t(f)];
    }
    return out;
}

AudioBuffer applyFit(const AudioBuffer &in, const FitPlan &plan)
{
    const int64_t bucketFrames = int64_t(std::llround(plan.bucketSeconds * in.sampleRate));
    switch (plan.kind) {
    case FitKind::Skip: return {};
    case FitKind::Exact:
    case FitKind::Trim: {
        const int64_t start = plan.kind == FitKind::Trim ? int64_t(std::llround(plan.offsetSeconds * in.sampleRate)) : 0;
        AudioBuffer out = sliceFrames(in, start, bucketFrames);
        out.samples.resize(size_t(bucketFrames * in.channels), 0.f);  // rounding may leave a frame short
        return out;
    }
    case FitKind::Stretch: return stretchToFrames(in, bucketFrames);
    }
    return {};
}

}  // namespace a2a
