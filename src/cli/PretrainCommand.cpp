// a2a-train pretrain --out BASE.safetensors [--minutes M] [--sources N] [--seed S] …: builds the
// embedded default base model from the project's own synthetic corpus, reproducibly.

#include "CliCommon.h"

#include "training/Pretrainer.h"

#include <cstdio>

namespace a2a::cli {

int runPretrain(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Pretrain a small LTX-2.3-architecture base on a synthetic paired corpus (espeak-ng speech in 16 languages,\n"
        "FluidSynth General MIDI melodies, tones, rhythms and noise, each through random generic transforms; captions\n"
        "never name the transform). Writes the base in the LTX-2.3 checkpoint layout, bf16, with its codec and text\n"
        "encoder named in the metadata."));
    const PretrainConfig d;
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("Base model to write."), QStringLiteral("FILE"));
    const QCommandLineOption minutes(QStringLiteral("minutes"), QStringLiteral("Training time budget [%1].").arg(d.minutes), QStringLiteral("M"), QString::number(d.minutes));
    const QCommandLineOption steps(QStringLiteral("steps"), QStringLiteral("Train exactly N steps instead of a time budget (reproducible on any machine)."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption init(QStringLiteral("init"), QStringLiteral("Continue from this base's weights instead of random ones."), QStringLiteral("FILE"));
    const QCommandLineOption identity(QStringLiteral("identity-share"), QStringLiteral("Share of pairs whose target is the reference unchanged [%1].").arg(d.corpus.identityShare),
                                      QStringLiteral("X"), QString::number(d.corpus.identityShare));
    const QCommandLineOption processed(QStringLiteral("processed-reference-share"),
                                       QStringLiteral("Share of pairs whose reference is already processed [%1].").arg(d.corpus.processedReferenceShare),
                                       QStringLiteral("X"), QString::number(d.corpus.processedReferenceShare));
    const QCommandLineOption paused(QStringLiteral("paused-speech-share"),
                                    QStringLiteral("Share of speech sources as phrases with pauses, often in a room [%1].").arg(d.corpus.pausedSpeechShare),
                                    QStringLiteral("X"), QString::number(d.corpus.pausedSpeechShare));
    const QCommandLineOption sources(QStringLiteral("sources"), QStringLiteral("Corpus source clips [%1].").arg(d.corpus.sources), QStringLiteral("N"),
                                     QString::number(d.corpus.sources));
    const QCommandLineOption layers(QStringLiteral("layers"), QStringLiteral("Blocks [%1].").arg(d.layers), QStringLiteral("N"), QString::number(d.layers));
    const QCommandLineOption heads(QStringLiteral("heads"), QStringLiteral("Heads of 64 [%1].").arg(d.heads), QStringLiteral("N"), QString::number(d.heads));
    const QCommandLineOption lr(QStringLiteral("lr"), QStringLiteral("Peak learning rate [%1].").arg(d.learningRate), QStringLiteral("X"), QString::number(d.learningRate));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed [%1].").arg(d.seed), QStringLiteral("S"), QString::number(d.seed));
    parser.addOptions({outFile, minutes, steps, init, identity, processed, paused, sources, layers, heads, lr, seed});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (!parser.isSet(outFile)) {
        err() << "error: pretrain needs --out FILE\n\n" << parser.helpText();
        return UsageError;
    }
    PretrainConfig c;
    c.outPath = parser.value(outFile);
    c.minutes = parser.value(minutes).toDouble();
    c.steps = parser.value(steps).toInt();
    c.initPath = parser.value(init);
    c.corpus.identityShare = parser.value(identity).toDouble();
    c.corpus.processedReferenceShare = parser.value(processed).toDouble();
    c.corpus.pausedSpeechShare = parser.value(paused).toDouble();
    c.corpus.sources = parser.value(sources).toInt();
    c.corpus.seed = parser.value(seed).toULongLong();
    c.layers = parser.value(layers).toInt();
    c.heads = parser.value(heads).toInt();
    c.learningRate = parser.value(lr).toDouble();
    c.seed = parser.value(seed).toULongLong();
    const auto cancel = installInterruptHandler();
    const PretrainResult r = runPretraining(c, terminalProgress(cancel), [](const PretrainReport &rep) {
        out() << QStringLiteral("step %1  loss %2  %3 min").arg(rep.step).arg(rep.loss, 0, 'f', 4).arg(rep.elapsedMinutes, 0, 'f', 1) << '\n';
        out().flush();
    });
    if (!r.ok) {
        err() << "error: " << r.error << '\n';
        return Failed;
    }
    out() << "wrote " << c.outPath << ": " << r.steps << " steps, final loss " << QString::number(r.finalLoss, 'f', 4) << ", corpus " << r.corpusDescription << '\n';
    return Ok;
}

}  // namespace a2a::cli
