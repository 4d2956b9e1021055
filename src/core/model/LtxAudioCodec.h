#pragma once
// The real LTX-2.3 audio codec behind the AudioCodec seam: the trainer's mel front-end (its
// downmix, torchaudio's resampler, periodic-Hann STFT, float32 Slaney bank, natural-log clamp),
// the audio VAE encoder with the per-channel statistics (tokens = normalized latents, `(c f)`),
// and for decoding the VAE decoder, the BigVGAN-v2 vocoder and the bandwidth extension to 48 kHz
// stereo, all with the checkpoint's stored weights, filters and STFT bases, fp32 compute. Its
// name carries a hash of the encoder's and statistics' tensors and of the codec config, so the
// latent cache can never serve an entry made by another base.
// Torch header: engine code only. Thread rule: encode/decode are const and may run on several
// threads at once.

#include "AudioCodec.h"

#include <memory>

namespace a2a {

class SafetensorsFile;
class LtxMelFrontEnd;
class LtxAudioVae;
class LtxVocoder;

struct LtxAudioCodecParts {
    bool decoder = true;  // load the VAE decoder, vocoder and BWE (previews); training needs only the encoder
};

class LtxAudioCodec final : public AudioCodec {
public:
    // Loads from a checkpoint in the LTX-2.3 layout; null with *error naming the missing group
    // or tensor.
    static std::unique_ptr<LtxAudioCodec> load(const QString &checkpointPath, QString *error, const LtxAudioCodecParts &parts = {});
    ~LtxAudioCodec() override;

    QString name() const override { return m_name; }
    int sampleRate() const override;
    int outputSampleRate() const override;
    int tokenWidth() const override;
    bool convertsInput() const override { return true; }

    torch::Tensor encode(const AudioBuffer &audio) const override;
    AudioBuffer decode(const torch::Tensor &tokens, const AudioBuffer *reference = nullptr, int64_t outFrames = 0) const override;

    // The stages, for audio-encode / audio-decode and the conformance tests.
    torch::Tensor modelWaveform(const AudioBuffer &audio) const;        // [1, 2, N] at sampleRate()
    torch::Tensor melOf(const torch::Tensor &waveform) const;           // [1, 2, T_mel, mels]
    torch::Tensor latentOf(const torch::Tensor &mel) const;             // [1, z, T, f] normalized
    torch::Tensor melFromLatent(const torch::Tensor &latent) const;     // [1, 2, 4T − 3, mels]
    torch::Tensor vocode16k(const torch::Tensor &mel) const;            // [1, 2, L]
    torch::Tensor extendBandwidth(const torch::Tensor &wave16k) const;  // [1, 2, 3L]
    int zChannels() const;
    bool canDecode() const { return bool(m_vocoder); }

private:
    LtxAudioCodec();
    QString m_name;
    std::unique_ptr<LtxMelFrontEnd> m_frontEnd;
    std::unique_ptr<LtxAudioVae> m_vae;
    std::unique_ptr<LtxVocoder> m_vocoder;
};

// Interleaved AudioBuffer ↔ [C, N] float32.
torch::Tensor audioBufferToTensor(const AudioBuffer &audio);
AudioBuffer tensorToAudioBuffer(const torch::Tensor &channelsBySamples, int sampleRate);

}  // namespace a2a
