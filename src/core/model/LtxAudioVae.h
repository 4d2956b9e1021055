#pragma once
// The LTX-2.3 audio VAE (ltx-core model/audio_vae): the causal 2-D conv encoder that turns a log-mel
// [B,2,T,mel] into the normalized latent [B,z,T',mel/4] the DiT trains on, the decoder that turns such a
// latent back into a log-mel of 4T'-3 frames, and the per-channel statistics shared by both. Module and
// tensor names equal the checkpoint's ("audio_vae.encoder.conv_in.conv.weight"), so one loader and one
// writer serve the real model and the tiny fixtures. Only what 2.3 builds is ported: PixelNorm, no
// attention blocks; a config that asks for anything else is refused by fromJson, never silently ignored.
// Torch header: engine code only.
// Thread rule: after load()/initRandom() an LtxAudioVae is read-only; encode()/decode() may run from many
// threads at once (they mutate nothing and run under NoGradGuard). load()/initRandom() need exclusive use.

#include "SafetensorsFile.h"
#include "TensorIO.h"

#include <torch/torch.h>

#include <QJsonObject>
#include <QString>

#include <memory>
#include <vector>

namespace a2a {

// The checkpoint's `audio_vae` config section with ltx-core's field names: model.params.ddconfig.*,
// model.params.sampling_rate, preprocessing.{audio,stft,mel}.*. Absent fields take ltx-core's
// configurator defaults (which are the 2.3 values except where noted in fromJson).
struct LtxAudioVaeConfig {
    // model.params.ddconfig
    int ch = 128;
    int inChannels = 2;
    int outCh = 2;
    std::vector<int> chMult{1, 2, 4};
    int numResBlocks = 2;
    int zChannels = 8;
    bool doubleZ = true;
    int melBins = 64;
    int resolution = 256;
    QString normType = QStringLiteral("pixel");
    QString causalityAxis = QStringLiteral("height");  // "height", "width", "width-compatibility", "none" (JSON null)
    std::vector<int> attnResolutions;                  // must not hit any level's resolution (no AttnBlock port)
    bool midBlockAddAttention = false;                 // must be false (no AttnBlock port)
    bool resampWithConv = true;
    double dropout = 0.0;                              // inference only: unused
    // model.params.sampling_rate and preprocessing.* (ltx-core reads sampling_rate, stft.hop_length,
    // stft.filter_length, stft.causal, mel.n_mel_channels; the rest is carried so toJson writes it back)
    int sampleRate = 16000;
    int hop = 160;
    int nFft = 1024;
    int winLength = 1024;
    bool causal = true;
    double melFmin = 0.0;
    double melFmax = 8000.0;
    double maxWavValue = 32768.0;
    double duration = 5.12;
    bool stereo = true;
    int causalPadding = 3;

    int latentMelBins() const;  // mel bins after the encoder's downsampling (mel/4 for 3 levels)
    int tokenWidth() const { return zChannels * latentMelBins(); }  // 128 in 2.3; the statistics' length
    int latentFrames(int melFrames) const;  // what the encoder gives for T mel frames
    int decodedFrames(int latentFrames) const;  // what decode() gives: 4T'-3 (causal axis) or 4T'
    QString validate() const;                   // "" if this port can build it, else why not

    static bool fromJson(const QJsonObject &audioVae, LtxAudioVaeConfig *out, QString *error);
    QJsonObject toJson() const;  // same nested structure and field names, so ltx-core reads it
    static LtxAudioVaeConfig ltx23();
};

class LtxAudioVaeImpl;

class LtxAudioVae {
public:
    // options: dtype/device of the weights and of the compute (float32 for ltx-core parity; torch::kMeta
    // builds shapes only). The config must have passed fromJson's checks (the constructor re-checks and
    // throws std::invalid_argument otherwise).
    explicit LtxAudioVae(const LtxAudioVaeConfig &config, const torch::TensorOptions &options = torch::kFloat32);
    ~LtxAudioVae();
    LtxAudioVae(LtxAudioVae &&) noexcept;
    LtxAudioVae &operator=(LtxAudioVae &&) noexcept;

    // audio_vae.encoder.*, audio_vae.decoder.*, audio_vae.per_channel_statistics.* (any of F32/F16/BF16,
    // converted to the module's dtype). "" on success, else an error naming the missing/mis-shaped tensor;
    // nothing is changed on error.
    QString load(const SafetensorsFile &file);
    // Training needs only the encoder: reads encoder + statistics, never requires the decoder's tensors.
    // decode() then refuses to run.
    QString loadEncoderOnly(const SafetensorsFile &file);

    // [B,inChannels,T,melBins] log-mel -> normalized latent mean [B,z,T',melBins/4] (no sampling).
    torch::Tensor encode(const torch::Tensor &mel) const;
    // normalized [B,z,T',f] -> log-mel [B,outCh,4T'-3,melBins] (cropped / zero-padded like ltx-core, no tanh).
    torch::Tensor decode(const torch::Tensor &latent) const;

    static torch::Tensor latentToTokens(const torch::Tensor &latent);                 // [B,z,T,f] -> [B,T,z·f]
    static torch::Tensor tokensToLatent(const torch::Tensor &tokens, int zChannels);  // [B,T,z·f] -> [B,z,T,f]

    // Every tensor the checkpoint stores for the VAE, full names, referring to the live tensors.
    NamedTensors checkpointTensors();
    // Random weights N(0,1)/sqrt(fan_in), small biases, mean-of-means ~0 and std-of-means in [0.5,1.5].
    void initRandom(uint64_t seed);

    const LtxAudioVaeConfig &config() const;
    bool encoderReady() const;
    bool decoderReady() const;

private:
    std::unique_ptr<LtxAudioVaeImpl> d;
};

}  // namespace a2a
