#include "DiagnosisPanel.h"

#include <cmath>

namespace a2a {

DiagnosisPanel::DiagnosisPanel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setToolTip(tr("Read from the curves, in the terms of the reference service's \"Diagnosing Issues\""));
}

QString DiagnosisPanel::describe(const Finding &f, const DiagnosisInput &in)
{
    const auto ratio = [](double r) { return QString::number(r, 'f', 2); };
    switch (f.kind) {
    case FindingKind::LossNotFinite:
        return tr("<b>The loss broke down</b> (%1 at step %2). Lower the learning rate (now %3) and check the pairs for silent or broken clips.")
            .arg(std::isnan(f.value) ? QStringLiteral("NaN") : QString::number(f.value)).arg(f.step).arg(in.learningRate);
    case FindingKind::LossNotFalling:
        return tr("<b>The loss is not falling</b> (now %1 × its starting level). Raise the learning rate (now %2), or check the data: "
                  "pairs should differ only by the intended transformation.")
            .arg(f.value, 0, 'f', 2).arg(in.learningRate);
    case FindingKind::Overfitting:
        return tr("<b>Overfitting</b>: the held-out metric was best at step %1 (%2) and rose to %3 while the training loss kept falling. "
                  "Use fewer steps (about %1), a lower rank than %4, or more pairs.")
            .arg(f.step).arg(ratio(f.value), ratio(f.value2)).arg(in.rank);
    case FindingKind::WorseThanBaseline:
        return tr("<b>Worse than the base model</b> on the held-out pair (step 0: %1, now %2): what the LoRA learns from the training pairs "
                  "does not carry over. Overfitting: fewer steps, a lower rank than %3, more pairs, or a lower learning rate (now %4).")
            .arg(ratio(f.value), ratio(f.value2)).arg(in.rank).arg(in.learningRate);
    case FindingKind::IgnoresReference:
        return tr("<b>Output ignores the reference</b>: the held-out metric stays near 1.0 (%1), no closer to the target than the reference "
                  "itself. Ensure the pairs differ only by the intended transformation and keep captions consistent; if they do, the "
                  "transformation is too weak: more steps, a higher rank.")
            .arg(ratio(f.value));
    case FindingKind::MoreStepsMayHelp:
        return tr("<b>Still improving</b> at the last validation (step %1, %2): more steps may help.").arg(f.step).arg(ratio(f.value));
    case FindingKind::Healthy:
        return f.value >= 0 ? tr("<b>Learning</b>: the held-out metric went from %1 to %2 (1.0 = no better than passing the reference through; lower is better).")
                                  .arg(ratio(f.value2), ratio(f.value))
                            : in.curves.heldOut().size() > 1 ? tr("<b>Learning</b>: the training loss is falling; the held-out metric has not improved yet.")
                                                              : tr("<b>Learning</b>: the training loss is falling.");
    }
    return f.text;
}

void DiagnosisPanel::setInput(const DiagnosisInput &input)
{
    m_findings = diagnoseTraining(input);
    std::stable_sort(m_findings.begin(), m_findings.end(), [](const Finding &a, const Finding &b) { return a.warning && !b.warning; });
    QStringList lines;
    for (const Finding &f : m_findings)
        lines << QStringLiteral("<span style=\"color:%1\">%2</span> %3")
                     .arg(f.warning ? QStringLiteral("#c0501e") : QStringLiteral("#2f7d32"), f.warning ? QStringLiteral("⚠") : QStringLiteral("✓"),
                          describe(f, input));
    setText(lines.isEmpty() ? tr("<span style=\"color:gray\">The diagnosis appears once the curves say enough (a few dozen steps and a validation).</span>")
                            : lines.join(QStringLiteral("<br>")));
}

}  // namespace a2a
