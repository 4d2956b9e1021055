// a2a-train codec --roundtrip IN OUT [--codec env|mel] [--reference REF]: hear what the model sees.

#include "CliCommon.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioFileWriter.h"
#include "model/AudioCodec.h"
#include "model/AudioMetrics.h"

namespace a2a::cli {

int runCodec(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encode a clip to latent tokens and decode it back: what the model sees and makes.\n"
                                                    "Decoding uses the reference's phase and fine structure (the clip itself unless\n"
                                                    "--reference is given; --no-reference decodes blind with Griffin-Lim)."));
    const QCommandLineOption roundtrip(QStringLiteral("roundtrip"), QStringLiteral("Round trip IN → tokens → OUT."));
    const QCommandLineOption codec(QStringLiteral("codec"), QStringLiteral("env (the embedded model's) or mel [env]."), QStringLiteral("NAME"), QStringLiteral("env"));
    const QCommandLineOption reference(QStringLiteral("reference"), QStringLiteral("Decode with this clip's phase."), QStringLiteral("REF"));
    const QCommandLineOption blind(QStringLiteral("no-reference"), QStringLiteral("Decode without a reference."));
    parser.addPositionalArgument(QStringLiteral("IN"), QStringLiteral("Audio file."));
    parser.addPositionalArgument(QStringLiteral("OUT"), QStringLiteral("WAV to write."));
    parser.addOptions({roundtrip, codec, reference, blind});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (!parser.isSet(roundtrip) || parser.positionalArguments().size() != 2) {
        err() << "error: use codec --roundtrip IN OUT\n\n" << parser.helpText();
        return UsageError;
    }
    const auto c = parser.value(codec) == QLatin1String("mel") ? makeMelCodec() : makeEnvelopeCodec();
    DecodeOptions d;
    d.toStereo = true;
    d.targetRate = c->sampleRate();
    const DecodeResult in = decodeAudioFile(parser.positionalArguments().at(0), d);
    if (!in.ok()) {
        err() << "error: " << in.issues.last().toText() << '\n';
        return Failed;
    }
    AudioBuffer ref = in.audio;
    if (parser.isSet(reference)) {
        const DecodeResult r = decodeAudioFile(parser.value(reference), d);
        if (!r.ok()) {
            err() << "error: " << r.issues.last().toText() << '\n';
            return Failed;
        }
        ref = r.audio;
    }
    const auto tokens = c->encode(in.audio);
    const AudioBuffer outAudio = c->decode(tokens, parser.isSet(blind) ? nullptr : &ref, in.audio.frames());
    if (const QString e = writeAudioFile(parser.positionalArguments().at(1), outAudio); !e.isEmpty()) {
        err() << "error: " << e << '\n';
        return Failed;
    }
    out() << "tokens " << tokens.size(0) << " × " << tokens.size(1) << " (" << c->name() << ")\n"
          << "log-spectral distance " << QString::number(logSpectralDistance(in.audio, outAudio), 'f', 2) << " dB, log-mel distance "
          << QString::number(logMelDistance(in.audio, outAudio), 'f', 3) << "\nwrote " << parser.positionalArguments().at(1) << '\n';
    return Ok;
}

}  // namespace a2a::cli
