#include "TrainingDiagnosis.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace a2a {
namespace {

// Below these the curves say too little: the flow-matching loss depends on the random noise level
// of each step, so single steps are noise and only spans of steps are compared.
constexpr int kMinLossPoints = 40;
constexpr double kNotFallingRatio = 0.95;   // the loss level at the end ≥ 95 % of the start
constexpr double kFlatBand = 0.05;          // held-out values within this band count as flat
constexpr double kNearOne = 0.08;           // … and near 1.0 within this
constexpr double kMinRise = 0.03;           // a rise of the held-out metric that is not noise

QString ratioText(double r) { return QString::number(r, 'f', 2); }

int indexAtOrAfter(const QList<LossPoint> &losses, int step)
{
    const auto it = std::lower_bound(losses.begin(), losses.end(), step, [](const LossPoint &p, int s) { return p.step < s; });
    return int(it - losses.begin());
}

}  // namespace

double medianLoss(const QList<LossPoint> &losses, int from, int count)
{
    std::vector<double> v;
    for (int i = std::max(0, from); i < std::min<int>(int(losses.size()), from + count); ++i)
        if (std::isfinite(losses[i].loss))
            v.push_back(losses[i].loss);
    if (v.empty())
        return std::nan("");
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

QList<Finding> diagnoseTraining(const DiagnosisInput &in)
{
    QList<Finding> out;
    const QList<LossPoint> &losses = in.curves.losses;
    for (const LossPoint &p : losses)
        if (!std::isfinite(p.loss)) {
            Finding f{FindingKind::LossNotFinite, true, p.step, p.loss, 0.0, {}};
            f.text = QStringLiteral("The loss became %1 at step %2: training broke down. Lower the learning rate (now %3), "
                                    "and check the pairs for silent or broken clips.")
                         .arg(p.loss).arg(p.step).arg(in.learningRate);
            return {f};
        }

    const QList<HeldOutPoint> all = in.curves.heldOut();
    const std::optional<HeldOutPoint> baseline = !all.isEmpty() && all.first().step == 0 ? std::optional(all.first()) : std::nullopt;
    QList<HeldOutPoint> lora;
    for (const HeldOutPoint &h : all)
        if (h.step > 0)
            lora.append(h);
    const double reference = baseline ? baseline->ratio : (lora.isEmpty() ? -1.0 : lora.first().ratio);
    const bool heldOutImproved = !lora.isEmpty() && reference >= 0 && lora.last().ratio < reference - kMinRise;

    // The training loss: its level at the start and at the end.
    const int n = int(losses.size());
    const int window = std::max(10, n / 10);
    const double first = n >= kMinLossPoints ? medianLoss(losses, 0, window) : std::nan("");
    const double last = n >= kMinLossPoints ? medianLoss(losses, n - window, window) : std::nan("");
    const bool lossJudged = std::isfinite(first) && std::isfinite(last) && first > 0;
    const bool lossFalling = lossJudged && last < kNotFallingRatio * first;
    if (lossJudged && !lossFalling && !heldOutImproved) {
        Finding f{FindingKind::LossNotFalling, true, losses.last().step, last / first, 0.0, {}};
        f.text = QStringLiteral("The training loss is not falling (%1 at the start, %2 now). Raise the learning rate (now %3) "
                                "or check the data: pairs that differ by more than the intended transformation teach nothing consistent.")
                     .arg(first, 0, 'g', 3).arg(last, 0, 'g', 3).arg(in.learningRate);
        out.append(f);
    }

    if (lora.size() >= 2) {
        double lo = lora.first().ratio, hi = lo, sum = 0;
        for (const HeldOutPoint &h : lora) {
            lo = std::min(lo, h.ratio);
            hi = std::max(hi, h.ratio);
            sum += h.ratio;
        }
        const double mean = sum / double(lora.size());
        if (hi - lo < kFlatBand && std::abs(mean - 1.0) < kNearOne) {
            Finding f{FindingKind::IgnoresReference, true, lora.last().step, lora.last().ratio, 0.0, {}};
            f.text = QStringLiteral("The held-out metric stays near 1.0 (%1): the output is no closer to the target than the reference "
                                    "itself. Output ignores the reference: ensure the pairs differ only by the intended transformation "
                                    "and keep captions consistent. If they do, the transformation is too weak: more steps, a higher rank.")
                         .arg(ratioText(lora.last().ratio));
            out.append(f);
            return out;
        }
        const auto best = std::min_element(lora.begin(), lora.end(), [](const HeldOutPoint &a, const HeldOutPoint &b) { return a.ratio < b.ratio; });
        const HeldOutPoint end = lora.last();
        const double rise = end.ratio - best->ratio;
        if (baseline && best->ratio > baseline->ratio + kMinRise) {
            // Never as good as the base model alone: the LoRA learns what does not carry over.
            Finding f{FindingKind::WorseThanBaseline, true, best->step, baseline->ratio, end.ratio, {}};
            f.text = QStringLiteral("The held-out metric is worse with the LoRA than with the base model alone (step 0: %1, now %2): what it "
                                    "learns from the training pairs does not carry over to the held-out pair. Overfitting: fewer steps, a lower "
                                    "rank than %3, more pairs, or a lower learning rate (now %4).")
                         .arg(ratioText(baseline->ratio), ratioText(end.ratio)).arg(in.rank).arg(in.learningRate);
            out.append(f);
        } else if (best->step < end.step && rise > std::max(kMinRise, 0.05 * best->ratio)) {
            // Overfitting is the held-out metric rising while the training loss keeps falling.
            const int at = indexAtOrAfter(losses, best->step);
            const double atBest = medianLoss(losses, at - window / 2, window);
            const double atEnd = medianLoss(losses, n - window, window);
            const bool stillFalling = !std::isfinite(atBest) || !std::isfinite(atEnd) || atEnd <= 1.1 * atBest;
            if (stillFalling) {
                Finding f{FindingKind::Overfitting, true, best->step, best->ratio, end.ratio, {}};
                f.text = QStringLiteral("Overfitting: the held-out metric was best at step %1 (%2) and rose to %3 by step %4 while the "
                                        "training loss kept falling. Use fewer steps (about %1), a lower rank than %5, or more pairs.")
                             .arg(best->step).arg(ratioText(best->ratio), ratioText(end.ratio)).arg(end.step).arg(in.rank);
                out.append(f);
            }
        }
    }

    const bool finished = in.totalSteps > 0 && !lora.isEmpty() && lora.last().step >= in.totalSteps;
    if (finished && heldOutImproved) {
        const auto best = std::min_element(lora.begin(), lora.end(), [](const HeldOutPoint &a, const HeldOutPoint &b) { return a.ratio < b.ratio; });
        if (best->step == lora.last().step) {
            Finding f{FindingKind::MoreStepsMayHelp, false, lora.last().step, lora.last().ratio, 0.0, {}};
            f.text = QStringLiteral("The held-out metric was still improving at the last validation (step %1, %2): more steps may help. "
                                    "If the transformation is too weak: more steps, a higher rank, or more consistent pairs.")
                         .arg(lora.last().step).arg(ratioText(lora.last().ratio));
            out.append(f);
        }
    }

    const bool anyWarning = std::any_of(out.begin(), out.end(), [](const Finding &f) { return f.warning; });
    if (!anyWarning && (lossFalling || heldOutImproved)) {
        // value: the held-out metric now when it improved (< 0 when the loss alone says so).
        Finding f{FindingKind::Healthy, false, losses.isEmpty() ? 0 : losses.last().step, heldOutImproved ? lora.last().ratio : -1.0, reference, {}};
        f.text = heldOutImproved ? QStringLiteral("Learning: the held-out metric went from %1 to %2 (1.0 = no better than passing the reference through).")
                                       .arg(ratioText(reference), ratioText(lora.last().ratio))
                                 : QStringLiteral("Learning: the training loss fell from %1 to %2.").arg(first, 0, 'g', 3).arg(last, 0, 'g', 3);
        out.append(f);
    }
    return out;
}

}  // namespace a2a
