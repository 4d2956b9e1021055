#pragma once
// LTX-2.3's vocoder in libtorch, restated from ltx-core `model/audio_vae/vocoder.py` (VocoderWithBWE) and
// `model_configurator.py` (VocoderConfigurator): a BigVGAN-v2 generator turns the audio VAE's stereo log-mel
// [B,2,T,64] into 16 kHz audio, then a bandwidth extension (causal log-mel of that audio → a second
// BigVGAN-v2 generator → residual added to a Hann-sinc ×3 upsampling) gives 48 kHz stereo.
// The anti-alias kaiser filters, the STFT bases and the mel bank are checkpoint tensors and are always
// used as loaded (the real file stores bf16-rounded values that a recomputation would not reproduce);
// only the ×3 skip-path filter, which ltx-core never stores, is computed. Compute is fp32.
// Torch header: engine code only.
// Thread rule: vocode(), extendBandwidth() and forward() only read the weights and may run on several
// threads at once; load(), initRandom() and writes through checkpointTensors() must not overlap them.

#include "TensorIO.h"

#include <torch/torch.h>

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace a2a {

// One generator (the `vocoder` or the `bwe` sub-section), with the checkpoint's field names in toJson.
struct LtxVocoderStageConfig {
    int upsampleInitialChannel = 1024;                 // upsample_initial_channel
    std::vector<int> upsampleRates;                    // upsample_rates
    std::vector<int> upsampleKernelSizes;              // upsample_kernel_sizes
    std::vector<int> resblockKernelSizes;              // resblock_kernel_sizes
    std::vector<std::vector<int>> resblockDilationSizes;  // resblock_dilation_sizes (first 3 of each are used)
    QString resblock = QStringLiteral("AMP1");
    QString activation = QStringLiteral("snakebeta");
    bool stereo = true;
    bool useTanhAtFinal = false;  // use_tanh_at_final (stage 1 only: the BWE generator has no final activation)
    bool useBiasAtFinal = false;  // use_bias_at_final: conv_post.bias exists

    // `section` ("vocoder" or "bwe") prefixes the key names in error messages. Missing optional keys take
    // ltx-core's defaults (which differ from 2.3's values: e.g. use_tanh_at_final defaults to true).
    static bool fromJson(const QJsonObject &json, const QString &section, LtxVocoderStageConfig *out, QString *error);
    QJsonObject toJson() const;
};

struct LtxVocoderConfig {
    LtxVocoderStageConfig vocoder, bwe;
    int bweInputRate = 16000;   // bwe.input_sampling_rate
    int bweOutputRate = 48000;  // bwe.output_sampling_rate (an integer multiple of the input rate)
    int bweHop = 80;            // bwe.hop_length
    int bweNfft = 512;          // bwe.n_fft (also the window length: ltx-core ignores win_size)
    int bweMels = 64;           // bwe.num_mels

    // `vocoderSection` is the checkpoint config's "vocoder" object ({"vocoder": {...}, "bwe": {...}}).
    static bool fromJson(const QJsonObject &vocoderSection, LtxVocoderConfig *out, QString *error);
    QJsonObject toJson() const;
    static LtxVocoderConfig ltx23();
    int stageUpsampling() const;  // 16 kHz samples per mel frame: product of vocoder.upsampleRates
    int bweRatio() const { return bweOutputRate / bweInputRate; }
};

// ltx-core's kaiser_sinc_filter1d [1,1,K] (float32): the value BigVGAN's anti-alias buffers start from.
torch::Tensor ltxKaiserSincFilter(double cutoff, double halfWidth, int kernelSize);
// ltx-core's UpSample1d(ratio, window_type="hann") filter [1,1,2·7·ratio+1] (float32, torchaudio-like sinc).
torch::Tensor ltxHannUpsampleFilter(int ratio);

class LtxVocoder {
public:
    // Weights are float32 on options' device (torch::kMeta: shapes only, for checking a checkpoint).
    // Learnables start at zero and the bases at zero (as in ltx-core); the kaiser filters start at their
    // computed values. Call load() or initRandom().
    explicit LtxVocoder(const LtxVocoderConfig &config, const torch::TensorOptions &options = torch::kFloat32);
    ~LtxVocoder();
    LtxVocoder(LtxVocoder &&) noexcept;
    LtxVocoder &operator=(LtxVocoder &&) noexcept;

    // vocoder.vocoder.*, vocoder.bwe_generator.*, vocoder.mel_stft.* (any stored dtype). "" on success.
    QString load(const SafetensorsFile &file);

    torch::Tensor vocode(const torch::Tensor &mel) const;               // [B,2,T,64] log-mel -> [B,2,T·stageUpsampling()]
    torch::Tensor extendBandwidth(const torch::Tensor &wave16k) const;  // [B,2,L] -> [B,2,L·bweRatio()]
    torch::Tensor forward(const torch::Tensor &mel) const;              // both

    // Every stored tensor under its full checkpoint name, referring to the live tensors.
    NamedTensors checkpointTensors();
    // Random learnables; filters and bases get computed values (kaiser filters as ltx-core builds them,
    // a Hann-windowed DFT basis with its pseudo-inverse and a Slaney mel bank, which ltx-core only loads).
    void initRandom(uint64_t seed);
    const LtxVocoderConfig &config() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

}  // namespace a2a
