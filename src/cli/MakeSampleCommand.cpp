// a2a-train make-sample KIND OUT.zip [--n N] [--seed S]

#include "CliCommon.h"

#include "samples/SampleDatasetMaker.h"

namespace a2a::cli {

int runMakeSample(const QStringList &args)
{
    QCommandLineParser parser;
    QString kinds;
    for (const QString &k : sampleKinds())
        kinds += QStringLiteral("\n  %1: %2").arg(k, -8).arg(describeSampleKind(k));
    parser.setApplicationDescription(QStringLiteral("Generate a paired sample dataset to train on at once:") + kinds);
    parser.addPositionalArgument(QStringLiteral("KIND"), sampleKinds().join(QStringLiteral(", ")));
    parser.addPositionalArgument(QStringLiteral("OUT.zip"), QStringLiteral("Where to write the dataset."));
    const SampleOptions d;
    const QCommandLineOption n(QStringLiteral("n"), QStringLiteral("Number of pairs [%1].").arg(d.pairs), QStringLiteral("N"), QString::number(d.pairs));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed [%1].").arg(d.seed), QStringLiteral("S"), QString::number(d.seed));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Clip length [%1].").arg(d.seconds), QStringLiteral("S"), QString::number(d.seconds));
    parser.addOptions({n, seed, seconds});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 2) {
        err() << "error: make-sample takes KIND and OUT.zip\n\n" << parser.helpText();
        return UsageError;
    }
    SampleOptions o;
    o.kind = parser.positionalArguments().at(0);
    o.pairs = parser.value(n).toInt();
    o.seed = parser.value(seed).toULongLong();
    o.seconds = parser.value(seconds).toDouble();
    const auto cancel = installInterruptHandler();
    const SampleResult r = makeSampleDataset(parser.positionalArguments().at(1), o, terminalProgress(cancel));
    if (!r.ok) {
        err() << "\nerror: " << r.error << '\n';
        return r.error == QLatin1String("cancelled") ? Cancelled : Failed;
    }
    out() << "wrote " << parser.positionalArguments().at(1) << ": " << r.pairs << " pairs (" << describeSampleKind(o.kind) << ")\n";
    return Ok;
}

}  // namespace a2a::cli
