// The real LTX-2.3 base from the command line (ltx23-real-cli-contract.md):
//   a2a-train check-base CKPT [--text-encoder DIR]
//   a2a-train audio-encode --base CKPT --in CLIP --out OUT.safetensors
//   a2a-train audio-decode --base CKPT --latents IN.safetensors --out OUT.wav [--tensors OUT.safetensors]
// Each exits non-zero with a one-line error on bad input and then writes nothing.

#include "CliCommon.h"

#include "audio/AudioDecoder.h"
#include "audio/AudioFileWriter.h"
#include "model/Gemma3TextModel.h"
#include "model/LtxAudioCodec.h"
#include "model/LtxAudioVae.h"
#include "model/LtxCheckpoint.h"
#include "model/SafetensorsFile.h"
#include "model/TensorIO.h"

#include <QFileInfo>

namespace a2a::cli {
namespace {

QString shapeText(const torch::Tensor &t)
{
    QStringList dims;
    for (int64_t d : t.sizes())
        dims << QString::number(d);
    return QLatin1Char('[') + dims.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool requireOptions(const QCommandLineParser &parser, std::initializer_list<const QCommandLineOption *> options)
{
    for (const QCommandLineOption *o : options)
        if (!parser.isSet(*o)) {
            err() << "error: --" << o->names().first() << " is required\n\n" << parser.helpText();
            return false;
        }
    return true;
}

}  // namespace

int runCheckBase(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Check an LTX-2.3 checkpoint (the unified ltx-2.3-22b-dev.safetensors or a file in its layout):\n"
                                                    "the groups the audio path reads, their tensors, dtypes and shapes against the file's own config,\n"
                                                    "and the memory a training run needs. Reads the header only. Exits 1 when training on it cannot work."));
    parser.addPositionalArgument(QStringLiteral("CKPT"), QStringLiteral("The checkpoint."));
    const QCommandLineOption textEncoder(QStringLiteral("text-encoder"), QStringLiteral("Gemma-3 text encoder folder to check with it."), QStringLiteral("DIR"));
    parser.addOption(textEncoder);
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1) {
        err() << "error: check-base takes CKPT\n\n" << parser.helpText();
        return UsageError;
    }
    const LtxCheckpointReport report = inspectLtxCheckpoint(parser.positionalArguments().first());
    if (!report.error.isEmpty()) {
        err() << "error: " << report.error << '\n';
        return Refused;
    }
    out() << formatLtxCheckpointReport(report);
    // A run also decodes its previews and the combined `audio` output: the decoder side is needed too.
    const bool trainable = report.trainable() && report.listenable() && report.memory.choice != LtxWeightStorage::TooLarge;
    // A real base conditions on Gemma-3: without its folder no run can start; with it, the
    // folder is checked from its headers and against the base's text projection.
    bool textReady = false;
    if (!parser.isSet(textEncoder)) {
        out() << "text encoder: not given (--text-encoder DIR): a training run needs the Gemma-3 folder\n";
    } else {
        QString error;
        const auto gemma = Gemma3TextModel::open(parser.value(textEncoder), &error);
        const LtxGroupReport *projection = report.group(LtxGroup::TextProjection);
        if (!gemma) {
            out() << "text encoder: " << error << '\n';
        } else {
            const Gemma3Config &g = gemma->config();
            const int64_t width = int64_t(g.hiddenSize) * (g.numLayers + 1);
            const int64_t wanted = report.textProjectionInputs;
            textReady = projection && projection->complete() && width == wanted;
            out() << "text encoder: Gemma-3, " << g.numLayers << " layers × " << g.hiddenSize << ", vocabulary " << g.vocabSize << " — "
                  << (textReady ? QStringLiteral("matches the text projection (%1 inputs)").arg(width)
                                : QStringLiteral("gives %1 × %2 = %3 values per token but the checkpoint's text projection takes %4")
                                      .arg(g.numLayers + 1).arg(g.hiddenSize).arg(width).arg(wanted))
                  << '\n';
        }
    }
    out() << "training: " << (trainable && textReady ? QStringLiteral("possible") : !trainable ? QStringLiteral("not possible with this checkpoint (see the problems above)")
                                                                                       : QStringLiteral("needs a matching Gemma-3 text encoder folder"))
          << "\n";
    return trainable && (textReady || !parser.isSet(textEncoder)) ? Ok : Refused;
}

int runAudioEncode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encode a clip with an LTX-2.3 base's audio path exactly as ltx-trainer does: the trainer's downmix,\n"
                                                    "torchaudio's resampler to 16 kHz, the log-mel front-end, the audio VAE encoder and its statistics."));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("LTX-2.3 checkpoint."), QStringLiteral("CKPT"));
    const QCommandLineOption in(QStringLiteral("in"), QStringLiteral("Audio clip (wav, flac, ogg, mp3, aac, m4a)."), QStringLiteral("CLIP"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("safetensors to write: waveform, mel, latent, tokens."), QStringLiteral("OUT"));
    parser.addOptions({base, in, outFile});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (!requireOptions(parser, {&base, &in, &outFile}))
        return UsageError;
    QString error;
    const auto codec = LtxAudioCodec::load(parser.value(base), &error, {/*decoder=*/false});
    if (!codec) {
        err() << "error: " << error << '\n';
        return Failed;
    }
    DecodeOptions decode;  // native rate and channels: the codec converts them as the trainer does
    const DecodeResult clip = decodeAudioFile(parser.value(in), decode);
    if (!clip.ok()) {
        err() << "error: " << clip.issues.last().toText() << '\n';
        return Failed;
    }
    try {
        torch::NoGradGuard noGrad;
        const auto waveform = codec->modelWaveform(clip.audio);
        const auto mel = codec->melOf(waveform);
        const auto latent = codec->latentOf(mel);
        const auto tokens = LtxAudioVae::latentToTokens(latent);
        error = writeTensors(parser.value(outFile), {{QStringLiteral("waveform"), waveform}, {QStringLiteral("mel"), mel},
                                                     {QStringLiteral("latent"), latent}, {QStringLiteral("tokens"), tokens}},
                             {{QStringLiteral("codec"), codec->name()}, {QStringLiteral("source"), QFileInfo(parser.value(in)).fileName()}});
        if (!error.isEmpty()) {
            err() << "error: " << error << '\n';
            return Failed;
        }
        out() << "waveform " << shapeText(waveform) << ", mel " << shapeText(mel) << ", latent " << shapeText(latent) << ", tokens "
              << shapeText(tokens) << " (" << codec->name() << ")\nwrote " << parser.value(outFile) << '\n';
    } catch (const c10::Error &e) {
        err() << "error: cannot encode " << QFileInfo(parser.value(in)).fileName() << ": " << QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0) << '\n';
        return Failed;
    }
    return Ok;
}

int runAudioDecode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Decode normalized LTX-2.3 audio latents to 48 kHz stereo: the audio VAE decoder, the vocoder and\n"
                                                    "its bandwidth extension, with the checkpoint's weights, filters and STFT bases."));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("LTX-2.3 checkpoint."), QStringLiteral("CKPT"));
    const QCommandLineOption latents(QStringLiteral("latents"), QStringLiteral("safetensors holding `latent` [1, 8, T, 16] (as audio-encode writes)."), QStringLiteral("IN"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("WAV to write (48 kHz stereo, 32-bit float)."), QStringLiteral("OUT"));
    const QCommandLineOption tensors(QStringLiteral("tensors"), QStringLiteral("Also write mel, waveform_16k and waveform here."), QStringLiteral("OUT"));
    parser.addOptions({base, latents, outFile, tensors});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (!requireOptions(parser, {&base, &latents, &outFile}))
        return UsageError;
    QString error;
    const auto input = SafetensorsFile::open(parser.value(latents), &error);
    if (!input) {
        err() << "error: " << error << '\n';
        return Failed;
    }
    const torch::Tensor latent = readTensor(*input, QStringLiteral("latent"));
    if (!latent.defined() || latent.dim() != 4 || latent.size(0) != 1) {
        err() << "error: " << QFileInfo(parser.value(latents)).fileName() << " has no `latent` tensor of shape [1, channels, frames, bins]\n";
        return Failed;
    }
    const auto codec = LtxAudioCodec::load(parser.value(base), &error);
    if (!codec) {
        err() << "error: " << error << '\n';
        return Failed;
    }
    if (latent.size(1) != codec->zChannels() || latent.size(1) * latent.size(3) != codec->tokenWidth()) {
        err() << "error: the latent is " << shapeText(latent) << " but this base's audio VAE takes [1, " << codec->zChannels() << ", T, "
              << codec->tokenWidth() / codec->zChannels() << "]\n";
        return Failed;
    }
    try {
        torch::NoGradGuard noGrad;
        const auto mel = codec->melFromLatent(latent);
        const auto wave16k = codec->vocode16k(mel);
        const auto wave = codec->extendBandwidth(wave16k);
        if (parser.isSet(tensors)) {
            error = writeTensors(parser.value(tensors), {{QStringLiteral("mel"), mel}, {QStringLiteral("waveform_16k"), wave16k}, {QStringLiteral("waveform"), wave}});
            if (!error.isEmpty()) {
                err() << "error: " << error << '\n';
                return Failed;
            }
        }
        error = writeAudioFile(parser.value(outFile), tensorToAudioBuffer(wave.squeeze(0), codec->outputSampleRate()), AudioFileFormat::WavFloat);
        if (!error.isEmpty()) {
            err() << "error: " << error << '\n';
            return Failed;
        }
        out() << "mel " << shapeText(mel) << ", waveform_16k " << shapeText(wave16k) << ", waveform " << shapeText(wave) << " at "
              << codec->outputSampleRate() << " Hz\nwrote " << parser.value(outFile) << '\n';
    } catch (const c10::Error &e) {
        err() << "error: cannot decode: " << QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0) << '\n';
        return Failed;
    }
    return Ok;
}

}  // namespace a2a::cli
