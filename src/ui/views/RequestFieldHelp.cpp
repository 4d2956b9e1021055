#include "RequestFieldHelp.h"

#include "training/TrainingRequest.h"

#include <QCoreApplication>

namespace a2a {
namespace {

// lupdate reads HelpTr::tr calls under the RequestFieldHelp context (an alias such as T::tr it cannot resolve).
struct HelpTr {
    Q_DECLARE_TR_FUNCTIONS(RequestFieldHelp)
};

// 1e-07 → 1e-7: how people write a learning rate.
QString number(double v)
{
    return QString::number(v, 'g', 3).replace(QLatin1String("e-0"), QLatin1String("e-")).replace(QLatin1String("e+0"), QLatin1String("e+"));
}

QString tip(const QString &field, const QString &what, const QString &defaults, const QString &when)
{
    return QStringLiteral("<p><b>%1</b> — %2</p><p>%3</p><p>%4</p>").arg(field, what.toHtmlEscaped(), defaults.toHtmlEscaped(), when.toHtmlEscaped());
}

}  // namespace

FieldHelp requestFieldHelp(const QString &field)
{
    using L = RequestLimits;
    if (field == QLatin1String("trigger_phrase"))
        return {HelpTr::tr("&Trigger phrase:"), HelpTr::tr("default: none"),
                tip(field, HelpTr::tr("Phrase prepended to every caption during training; include it at inference."),
                    HelpTr::tr("Default: none. It is the dataset's trigger phrase: editing it here or in Captions and Fixes is one undoable edit."),
                    HelpTr::tr("Use a distinctive made-up word (e.g. tonech4nge) so it calls up the transformation cleanly; "
                               "include it in every prompt you use with the LoRA."))};
    if (field == QLatin1String("rank"))
        return {HelpTr::tr("&Rank:"), HelpTr::tr("default 32 · 8, 16, 32, 64 or 128"),
                tip(field, HelpTr::tr("IC-LoRA capacity: the size of the adapter."),
                    HelpTr::tr("Default 32; allowed 8, 16, 32, 64, 128. Time and memory grow with it."),
                    HelpTr::tr("Transformation too weak: a higher rank (or more steps). Overfitting (training loss falls while "
                               "the held-out metric rises): a lower rank, fewer steps or more pairs."))};
    if (field == QLatin1String("number_of_steps"))
        return {HelpTr::tr("&Steps:"), HelpTr::tr("default 2000 · %1–%2").arg(L::kMinSteps).arg(L::kMaxSteps),
                tip(field, HelpTr::tr("Number of optimization steps."),
                    HelpTr::tr("Default 2000, range %1–%2. The run's time is about proportional to it.").arg(L::kMinSteps).arg(L::kMaxSteps),
                    HelpTr::tr("Transformation too weak: more steps. Overfitting: fewer steps."))};
    if (field == QLatin1String("learning_rate"))
        return {HelpTr::tr("&Learning rate:"), HelpTr::tr("default 0.0002 · %1–%2").arg(number(L::kMinLearningRate), number(L::kMaxLearningRate)),
                tip(field, HelpTr::tr("Optimization step size (AdamW, decaying linearly to a tenth by the last step)."),
                    HelpTr::tr("Default 0.0002 (2e-4); accepted %1–%2. Write it as 0.0002 or 2e-4.").arg(number(L::kMinLearningRate), number(L::kMaxLearningRate)),
                    HelpTr::tr("The default suits most datasets. Lower it when the loss jumps around or becomes NaN; "
                               "raise it a little only when a long run still learns too slowly."))};
    if (field == QLatin1String("audio_duration_seconds"))
        return {HelpTr::tr("&Bucket:"), HelpTr::tr("default 5 s · %1–%2 s").arg(L::kMinDuration).arg(L::kMaxDuration),
                tip(field, HelpTr::tr("Target audio clip length in seconds (the audio duration bucket). Clips shorter than this are skipped, "
                                      "longer clips are trimmed; a pair is usable only when both sides fill the bucket."),
                    HelpTr::tr("Default 5 s, range %1–%2 s. The same setting as the toolbar's Bucket.").arg(L::kMinDuration).arg(L::kMaxDuration),
                    HelpTr::tr("Many clips skipped: lower it to match your clips; choose a length that fits most of them. "
                               "Longer buckets cost more time and memory per step."))};
    if (field == QLatin1String("audio_normalize"))
        return {HelpTr::tr("&Normalize:"), HelpTr::tr("default on"),
                tip(field, HelpTr::tr("Peak-normalize audio for consistent loudness across the dataset."), HelpTr::tr("Default: on."),
                    HelpTr::tr("Keep it on unless a change of loudness is itself the transformation you want learned."))};
    if (field == QLatin1String("audio_preserve_pitch"))
        return {HelpTr::tr("Preserve &pitch:"), HelpTr::tr("default on"),
                tip(field, HelpTr::tr("Preserve pitch when fitting audio to the bucket: a clip up to 10 % longer than the bucket is "
                                      "time-compressed with its pitch kept instead of trimmed."),
                    HelpTr::tr("Default: on. The same setting as the toolbar's Preserve pitch."),
                    HelpTr::tr("Turn it off when the clips must keep their exact timing; they are then trimmed."))};
    if (field == QLatin1String("validation"))
        return {HelpTr::tr("Validation:"), HelpTr::tr("default none · at most %1").arg(L::kMaxValidationEntries),
                tip(field, HelpTr::tr("Validation samples: each a prompt and the reference audio that conditions the generated preview."),
                    HelpTr::tr("Default: none (the held-out pair, or the first pair, is previewed); at most %1 entries.").arg(L::kMaxValidationEntries),
                    HelpTr::tr("Use a reference clip the LoRA has not seen to gauge generalization; match the caption style and "
                               "trigger phrase you trained with."))};
    if (field == QLatin1String("validation_negative_prompt"))
        return {HelpTr::tr("Negative &prompt:"), HelpTr::tr("default: built-in quality prompt"),
                tip(field, HelpTr::tr("What the previews are guided away from (with text guidance)."),
                    HelpTr::tr("Default: a built-in audio-quality negative prompt."),
                    HelpTr::tr("Add artefacts you keep hearing in the previews; the default is fine for most runs."))};
    if (field == QLatin1String("validation_frame_rate"))
        return {HelpTr::tr("Preview &frame rate:"), HelpTr::tr("default 24 fps · %1–%2 fps").arg(L::kMinFrameRate).arg(L::kMaxFrameRate),
                tip(field, HelpTr::tr("Used together with the bucket to size the preview audio: F / fps seconds, with F the largest 8k + 1 "
                                      "frames that fit in the bucket."),
                    HelpTr::tr("Default 24, range %1–%2.").arg(L::kMinFrameRate).arg(L::kMaxFrameRate),
                    HelpTr::tr("Rarely needed: a higher rate makes the preview a little closer to the bucket's length."))};
    if (field == QLatin1String("stg_scale"))
        return {HelpTr::tr("ST&G scale:"), HelpTr::tr("default 1 · %1–%2").arg(L::kMinStg).arg(L::kMaxStg),
                tip(field, HelpTr::tr("Spatio-temporal guidance of the previews: a pass with one block's self-attention skipped is "
                                      "pushed away from."),
                    HelpTr::tr("Default 1.0, range %1–%2.").arg(L::kMinStg).arg(L::kMaxStg),
                    HelpTr::tr("0 switches it off and makes previews faster; raise it when previews sound smeared."))};
    if (field == QLatin1String("split_input_into_scenes"))
        return {HelpTr::tr("Split into &scenes:"), HelpTr::tr("default off · must stay off"),
                tip(field, HelpTr::tr("Off for this mode: scene splitting would desync the reference/target pair."),
                    HelpTr::tr("Default: off. On is refused."), HelpTr::tr("Provide pre-split clips instead."))};
    if (field == QLatin1String("split_input_duration_threshold"))
        return {HelpTr::tr("Split t&hreshold:"), HelpTr::tr("default 30 s · %1–%2 s").arg(L::kMinSplitThreshold).arg(L::kMaxSplitThreshold),
                tip(field, HelpTr::tr("Duration threshold for scene splitting (only relevant if splitting were enabled)."),
                    HelpTr::tr("Default 30 s, range %1–%2 s.").arg(L::kMinSplitThreshold).arg(L::kMaxSplitThreshold),
                    HelpTr::tr("No effect in audio-to-audio mode; checked only so that a request stays valid for the service."))};
    if (field == QLatin1String("debug_dataset"))
        return {HelpTr::tr("&Debug dataset:"), HelpTr::tr("default off"),
                tip(field, HelpTr::tr("Also write debug_dataset.zip: the fitted clips, captions and latents the model trained on."),
                    HelpTr::tr("Default: off."), HelpTr::tr("Turn it on to check exactly what the model sees, e.g. when the output ignores the reference."))};
    return {field, QString(), QString()};
}

}  // namespace a2a
