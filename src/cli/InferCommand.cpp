// a2a-train infer --base CKPT --lora FILE --reference CLIP --prompt TEXT --out WAV [--no-lora]

#include "CliCommon.h"

#include "audio/AudioFileWriter.h"
#include "model/DefaultBaseModel.h"
#include "training/Inference.h"

namespace a2a::cli {

int runInfer(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Apply a trained IC-LoRA to a reference clip. A clip longer than the LoRA's bucket is\n"
                                                    "processed in overlapping windows. --no-lora renders the base alone with the same seed."));
    const InferenceConfig d;
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("Base checkpoint (LTX-2.3 layout) [the embedded default]."), QStringLiteral("CKPT"));
    const QCommandLineOption lora(QStringLiteral("lora"), QStringLiteral("The trained lora_file.safetensors."), QStringLiteral("FILE"));
    const QCommandLineOption reference(QStringLiteral("reference"), QStringLiteral("The clip to transform."), QStringLiteral("CLIP"));
    const QCommandLineOption prompt(QStringLiteral("prompt"), QStringLiteral("Prompt, with the trigger phrase as in training."), QStringLiteral("TEXT"), QString());
    const QCommandLineOption outPath(QStringLiteral("out"), QStringLiteral("Output WAV."), QStringLiteral("WAV"));
    const QCommandLineOption noLora(QStringLiteral("no-lora"), QStringLiteral("Same seed, LoRA off: the baseline to compare with."));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Sampler steps [the base's recommendation]."), QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption cfg(QStringLiteral("cfg"), QStringLiteral("Text guidance scale [the base's recommendation]."), QStringLiteral("X"), QStringLiteral("-1"));
    const QCommandLineOption stg(QStringLiteral("stg"), QStringLiteral("STG scale [%1].").arg(d.stgScale), QStringLiteral("X"), QString::number(d.stgScale));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed [%1].").arg(d.seed), QStringLiteral("N"), QString::number(d.seed));
    const QCommandLineOption device(QStringLiteral("device"), QStringLiteral("cpu, cuda or auto [auto]."), QStringLiteral("DEV"), QStringLiteral("auto"));
    const QCommandLineOption textEncoder(QStringLiteral("text-encoder"),
                                         QStringLiteral("Gemma-3 folder (config.json, tokenizer.model, weights) an LTX-2.3 base conditions on."), QStringLiteral("DIR"));
    parser.addOptions({base, textEncoder, lora, reference, prompt, outPath, noLora, steps, cfg, stg, seed, device});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (!parser.isSet(reference) || !parser.isSet(outPath) || (!parser.isSet(lora) && !parser.isSet(noLora))) {
        err() << "error: infer needs --reference, --out and --lora (or --no-lora)\n\n" << parser.helpText();
        return UsageError;
    }
    InferenceConfig c;
    c.basePath = parser.isSet(base) ? parser.value(base) : defaultBaseModelPath();
    c.textEncoderPath = parser.value(textEncoder);
    if (c.basePath.isEmpty()) {
        err() << "error: the embedded default base model was not found; pass --base CKPT\n";
        return Failed;
    }
    c.loraPath = parser.value(lora);
    c.useLora = !parser.isSet(noLora);
    c.referencePath = parser.value(reference);
    c.prompt = parser.value(prompt);
    c.steps = parser.value(steps).toInt();
    c.cfgScale = parser.value(cfg).toDouble();
    c.stgScale = parser.value(stg).toDouble();
    c.seed = parser.value(seed).toULongLong();
    c.device = parser.value(device);
    const auto cancel = installInterruptHandler();
    const InferenceResult r = runInference(c, [&](int, int) { return !cancel->isCancelled(); });
    if (!r.ok()) {
        err() << "error: " << r.error << '\n';
        return r.error == QLatin1String("cancelled") ? Cancelled : Failed;
    }
    if (const QString e = writeAudioFile(parser.value(outPath), r.audio); !e.isEmpty()) {
        err() << "error: " << e << '\n';
        return Failed;
    }
    out() << "wrote " << parser.value(outPath) << " (" << QString::number(r.audio.durationSeconds(), 'f', 2) << " s, " << r.windows << " window(s))\n";
    return Ok;
}

}  // namespace a2a::cli
