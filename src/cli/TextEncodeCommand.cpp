// a2a-train text-encode --base CKPT (--text-encoder DIR --prompt TEXT | --hidden-states IN.safetensors) --out OUT.safetensors
// The real LTX-2.3 text path stage by stage (ltx23-real-cli-contract.md): the valid token ids,
// every Gemma-3 hidden state, the feature extractor's output and the audio connector's context.

#include "CliCommon.h"

#include "model/LtxTextEncoder.h"
#include "model/SafetensorsFile.h"
#include "model/TensorIO.h"

#include <QFileInfo>

namespace a2a::cli {

int runTextEncode(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Encode a caption with an LTX-2.3 base's text path: Gemma-3 (valid tokens only), the feature\n"
                                                    "extractor and the audio connector. With --hidden-states the Gemma-3 stage is read from a file."));
    const QCommandLineOption base(QStringLiteral("base"), QStringLiteral("LTX-2.3 checkpoint (connector and text projection)."), QStringLiteral("CKPT"));
    const QCommandLineOption textEncoder(QStringLiteral("text-encoder"), QStringLiteral("Gemma-3 folder (config.json, tokenizer.model, weights)."), QStringLiteral("DIR"));
    const QCommandLineOption prompt(QStringLiteral("prompt"), QStringLiteral("The caption."), QStringLiteral("TEXT"));
    const QCommandLineOption hidden(QStringLiteral("hidden-states"), QStringLiteral("safetensors with `hidden_states` [L+1, n, D] instead of running Gemma-3."),
                                    QStringLiteral("IN"));
    const QCommandLineOption outFile(QStringLiteral("out"), QStringLiteral("safetensors to write."), QStringLiteral("OUT"));
    parser.addOptions({base, textEncoder, prompt, hidden, outFile});
    int code = Ok;
    if (!parseOrExit(parser, args, &code))
        return code;
    const bool fromPrompt = parser.isSet(prompt);
    if (!parser.isSet(base) || !parser.isSet(outFile) || fromPrompt == parser.isSet(hidden) || (fromPrompt && !parser.isSet(textEncoder))) {
        err() << "error: use --base CKPT --out OUT with either --text-encoder DIR --prompt TEXT or --hidden-states IN\n\n" << parser.helpText();
        return UsageError;
    }
    QString error;
    torch::Tensor hiddenStates;
    std::vector<int64_t> ids;
    if (!fromPrompt) {
        const auto in = SafetensorsFile::open(parser.value(hidden), &error);
        if (!in) {
            err() << "error: " << error << '\n';
            return Failed;
        }
        hiddenStates = readTensor(*in, QStringLiteral("hidden_states"));
        if (!hiddenStates.defined() || hiddenStates.dim() != 3) {
            err() << "error: " << QFileInfo(parser.value(hidden)).fileName() << " has no `hidden_states` tensor of shape [L+1, n, D]\n";
            return Failed;
        }
    }
    // Without a prompt there is no Gemma folder to load; the feature extractor and connector come
    // from the base, sized by the hidden states given.
    const auto encoder = LtxTextEncoder::load(parser.value(base), fromPrompt ? parser.value(textEncoder) : QString(), &error, QString(),
                                              fromPrompt ? LtxTextShape{} : LtxTextShape{int(hiddenStates.size(2)), int(hiddenStates.size(0))});
    if (!encoder) {
        err() << "error: " << error << '\n';
        return Failed;
    }
    try {
        torch::NoGradGuard noGrad;
        NamedTensors outputs;
        if (fromPrompt) {
            ids = encoder->tokenize(parser.value(prompt));
            hiddenStates = encoder->hiddenStates(ids);
            std::vector<float> asFloat(ids.begin(), ids.end());
            outputs.emplace_back(QStringLiteral("input_ids"), torch::tensor(asFloat));
            outputs.emplace_back(QStringLiteral("hidden_states"), hiddenStates);
        }
        if (hiddenStates.size(0) != encoder->textLayers() || hiddenStates.size(2) != encoder->textHidden()) {
            err() << "error: the hidden states are [" << hiddenStates.size(0) << ", n, " << hiddenStates.size(2) << "] but this base's text projection takes ["
                  << encoder->textLayers() << ", n, " << encoder->textHidden() << "]\n";
            return Failed;
        }
        const auto embeds = encoder->audioPromptEmbeds(hiddenStates);
        const TextContext context = encoder->connect(embeds);
        outputs.emplace_back(QStringLiteral("audio_prompt_embeds"), embeds);
        outputs.emplace_back(QStringLiteral("context"), context.context);
        outputs.emplace_back(QStringLiteral("context_mask"), context.mask);
        error = writeTensors(parser.value(outFile), outputs, {{QStringLiteral("text_encoder"), encoder->name()}});
        if (!error.isEmpty()) {
            err() << "error: " << error << '\n';
            return Failed;
        }
        out() << (fromPrompt ? QStringLiteral("%1 tokens, ").arg(ids.size()) : QString()) << "hidden states [" << hiddenStates.size(0) << ", "
              << hiddenStates.size(1) << ", " << hiddenStates.size(2) << "], context [" << context.context.size(0) << ", " << context.context.size(1)
              << "]\nwrote " << parser.value(outFile) << '\n';
    } catch (const c10::Error &e) {
        err() << "error: cannot encode: " << QString::fromStdString(e.what_without_backtrace()).section(QLatin1Char('\n'), 0, 0) << '\n';
        return Failed;
    }
    return Ok;
}

}  // namespace a2a::cli
