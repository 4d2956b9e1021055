// a2a-train forward --base CKPT --inputs IN.safetensors --out OUT.safetensors: one transformer
// forward on inputs named as ltx-core's audio Modality fields; writes `velocity`.

#include "CliCommon.h"

#include "model/BaseModelLoader.h"
#include "model/TensorIO.h"

namespace a2a::cli {

int runForward(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Run one forward of the audio transformer of a base checkpoint (real LTX-2.3 layout).\n"
                       "Inputs (safetensors, ltx-core Modality names): latent [B,T,C], sigma [B], timesteps [B,T] or\n"
                       "[B,T,1] (per-token sigma, not x1000), positions [B,1,T,2] in seconds, context [B,L,D],\n"
                       "optional context_mask [B,L] (1 = keep). Writes velocity [B,T,C]."));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("Base checkpoint (.safetensors)."), QStringLiteral("CKPT"));
    const QCommandLineOption inputs(QStringLiteral("inputs"), QStringLiteral("Input tensors (.safetensors)."), QStringLiteral("IN"));
    const QCommandLineOption outPath(QStringLiteral("out"), QStringLiteral("Where to write velocity (.safetensors)."), QStringLiteral("OUT"));
    const QCommandLineOption stg(QStringLiteral("stg-block"), QStringLiteral("Skip self-attention in this block (STG perturbation); repeatable."),
                                 QStringLiteral("N"));
    parser.addOptions({base, inputs, outPath, stg});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (!parser.isSet(base) || !parser.isSet(inputs) || !parser.isSet(outPath)) {
        err() << "error: forward needs --base, --inputs and --out\n\n" << parser.helpText();
        return UsageError;
    }
    BaseModelLoadResult loaded = loadBaseModel(parser.value(base));
    if (!loaded.model) {
        err() << "error: " << loaded.error << '\n';
        return Failed;
    }
    QString error;
    const auto in = SafetensorsFile::open(parser.value(inputs), &error);
    if (!in) {
        err() << "error: " << error << '\n';
        return Failed;
    }
    AudioTokens tokens;
    const QStringList required{QStringLiteral("latent"), QStringLiteral("sigma"), QStringLiteral("timesteps"), QStringLiteral("positions"),
                               QStringLiteral("context")};
    for (const QString &name : required)
        if (!in->contains(name)) {
            err() << "error: " << parser.value(inputs) << " has no tensor \"" << name << "\" (needs " << required.join(QStringLiteral(", ")) << ")\n";
            return Failed;
        }
    tokens.latent = readTensor(*in, QStringLiteral("latent"));
    tokens.sigma = readTensor(*in, QStringLiteral("sigma"));
    tokens.timesteps = readTensor(*in, QStringLiteral("timesteps"));
    if (tokens.timesteps.dim() == 3)
        tokens.timesteps = tokens.timesteps.squeeze(-1);
    tokens.positions = readTensor(*in, QStringLiteral("positions"));
    tokens.context = readTensor(*in, QStringLiteral("context"));
    if (in->contains(QStringLiteral("context_mask")))
        tokens.contextMask = readTensor(*in, QStringLiteral("context_mask"));
    Perturbation perturbation;
    for (const QString &b : parser.values(stg))
        perturbation.skipSelfAttentionBlocks.insert(b.toInt());
    try {
        torch::NoGradGuard noGrad;
        const auto velocity = loaded.model->forward(tokens, perturbation);
        const QString writeError = writeTensors(parser.value(outPath), {{QStringLiteral("velocity"), velocity}});
        if (!writeError.isEmpty()) {
            err() << "error: " << writeError << '\n';
            return Failed;
        }
    } catch (const c10::Error &e) {
        // Shape mismatches between inputs and the model surface here.
        err() << "error: the inputs do not fit the model: " << QString::fromStdString(e.what_without_backtrace()) << '\n';
        return Failed;
    }
    out() << "wrote velocity to " << parser.value(outPath) << '\n';
    return Ok;
}

}  // namespace a2a::cli
