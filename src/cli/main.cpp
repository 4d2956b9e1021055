// a2a-train: the headless twin of A2A Studio. One thin file per subcommand over core calls.

#include "CliCommon.h"

#include "audio/QtMediaReader.h"
#include "util/QuietQtLogs.h"

#include <QCoreApplication>

namespace a2a::cli {
int runInspect(const QStringList &args);
int runValidate(const QStringList &args);
int runForward(const QStringList &args);
int runTrain(const QStringList &args);
int runResume(const QStringList &args);
int runInitBase(const QStringList &args);
int runInfer(const QStringList &args);
int runMakeSample(const QStringList &args);
int runCodec(const QStringList &args);
int runPretrain(const QStringList &args);
int runCheckBase(const QStringList &args);
int runAudioEncode(const QStringList &args);
int runAudioDecode(const QStringList &args);
int runTextEncode(const QStringList &args);
}  // namespace a2a::cli

namespace {

const char *kUsage =
    "usage: a2a-train COMMAND [options]\n"
    "\n"
    "Curate paired audio datasets and train audio-to-audio IC-LoRAs for LTX-2.3.\n"
    "\n"
    "commands:\n"
    "  inspect DATASET        report pairs, clips, fits and problems (exit 1 if the service would refuse)\n"
    "  validate REQUEST.json  check a request body against the service's schema\n"
    "  train REQUEST.json --base CKPT --out DIR   train an IC-LoRA (Ctrl-C saves a checkpoint)\n"
    "  resume DIR             continue a stopped run from its newest checkpoint\n"
    "  infer --base CKPT --lora FILE --reference CLIP --prompt TEXT --out WAV   apply a LoRA\n"
    "  make-sample KIND OUT.zip   generate a sample dataset (radio, denoise, timbre)\n"
    "  codec --roundtrip IN OUT   hear what the model sees (encode to tokens, decode back)\n"
    "  pretrain --out FILE    build the embedded base model from the synthetic corpus\n"
    "  init-base OUT          write a randomly initialised base (LTX-2.3 layout) for trials\n"
    "  check-base CKPT        check an LTX-2.3 checkpoint: groups, tensors, config, memory for training\n"
    "  audio-encode --base CKPT --in CLIP --out OUT   LTX-2.3 waveform, mel, latent and tokens of a clip\n"
    "  audio-decode --base CKPT --latents IN --out WAV   LTX-2.3 latents to 48 kHz audio\n"
    "  text-encode --base CKPT --text-encoder DIR --prompt TEXT --out OUT   LTX-2.3 text context of a caption\n"
    "  forward --base CKPT --inputs IN --out OUT   one transformer forward (conformance checks)\n"
    "\n"
    "Run 'a2a-train COMMAND --help' for a command's options.\n";

}  // namespace

int main(int argc, char **argv)
{
    a2a::selectFfmpegMediaBackend();
    a2a::installQuietQtMessageHandler();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("a2a-train"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    using namespace a2a::cli;

    QStringList args = app.arguments();
    if (args.size() < 2 || args[1] == QLatin1String("--help") || args[1] == QLatin1String("-h") || args[1] == QLatin1String("help")) {
        out() << kUsage;
        return args.size() < 2 ? UsageError : Ok;
    }
    if (args[1] == QLatin1String("--version")) {
        out() << "a2a-train " << PROJECT_VERSION << '\n';
        return Ok;
    }
    const QString command = args[1];
    args.removeAt(1);  // QCommandLineParser wants argv[0] first
    if (command == QLatin1String("inspect"))
        return runInspect(args);
    if (command == QLatin1String("validate"))
        return runValidate(args);
    if (command == QLatin1String("forward"))
        return runForward(args);
    if (command == QLatin1String("train"))
        return runTrain(args);
    if (command == QLatin1String("resume"))
        return runResume(args);
    if (command == QLatin1String("pretrain"))
        return runPretrain(args);
    if (command == QLatin1String("codec"))
        return runCodec(args);
    if (command == QLatin1String("make-sample"))
        return runMakeSample(args);
    if (command == QLatin1String("infer"))
        return runInfer(args);
    if (command == QLatin1String("init-base"))
        return runInitBase(args);
    if (command == QLatin1String("check-base"))
        return runCheckBase(args);
    if (command == QLatin1String("audio-encode"))
        return runAudioEncode(args);
    if (command == QLatin1String("audio-decode"))
        return runAudioDecode(args);
    if (command == QLatin1String("text-encode"))
        return runTextEncode(args);
    err() << "error: unknown command '" << command << "'\n\n" << kUsage;
    return UsageError;
}
