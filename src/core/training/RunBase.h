#pragma once
// Everything a run needs from its base, loaded one way for training, the estimate and inference:
// the transformer, its audio codec and its text encoder. For the embedded family that is the
// file's own codec and the hashing text encoder; for a base in the LTX-2.3 layout it is the real
// audio VAE and vocoder and the Gemma-3 text path, and the transformer is held the way
// LtxMemoryPlan chooses from this machine's free memory (fp32-resident or bf16 upcast per layer),
// with per-block gradient checkpointing. A real base without its text-encoder folder, or one this
// machine lacks the memory for, is refused before any weight is loaded, with the reason.
// Torch header: engine code only. Thread rule: one run at a time per RunBase.

#include "model/AudioCodec.h"
#include "model/AudioTransformer.h"
#include "model/TextEncoder.h"

#include <QMap>

#include <memory>

namespace a2a {

struct RunBaseOptions {
    QString basePath;
    QString textEncoderPath;  // the Gemma-3 folder a real LTX-2.3 base needs
    torch::Device device = torch::kCPU;
    QString cacheDir;         // latent cache; the text cache is its "text" subfolder ("" = defaults)
    bool training = true;     // gradient checkpointing and the training memory plan
};

struct RunBase {
    std::unique_ptr<AudioTransformer> model;
    std::unique_ptr<AudioCodec> codec;
    std::unique_ptr<TextEncoder> text;
    QMap<QString, QString> metadata;
    QString configJson;       // the file's __metadata__["config"]
    bool realLtx = false;     // a base in the LTX-2.3 layout (real codec and text path)
    QString summary;          // how it is held, for the run's log ("bf16 storage, …")
    QString error;            // set when nothing else is
    bool ok() const { return error.isEmpty(); }
};

RunBase loadRunBase(const RunBaseOptions &options);

// The text cache beside a latent cache folder ("" = ~/.cache/a2a-studio/text).
QString textCacheDirFor(const QString &latentCacheDir);

}  // namespace a2a
