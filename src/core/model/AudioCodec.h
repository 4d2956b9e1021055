#pragma once
// The codec seam: a fitted clip ↔ latent tokens [T, C] at the LTX-2.3 token rate (25 tokens/s,
// T = 25·seconds + 1). The trainer, the sampler and "play as trained" see only this interface;
// the first implementation is a log-mel codec decoded with Griffin-Lim, the quality codec of the
// embedded model replaces it behind the same seam. Torch header: engine code only.
// Thread rule: encode/decode are const and may run on several threads at once.

#include "audio/AudioBuffer.h"

#include <torch/torch.h>

#include <QString>

#include <memory>

namespace a2a {

class AudioCodec {
public:
    virtual ~AudioCodec() = default;

    virtual QString name() const = 0;  // identifies the codec and its settings (part of every cache key)
    virtual int sampleRate() const = 0;  // the rate the model's audio runs at
    virtual int tokenWidth() const = 0;
    // The rate decode() returns (LTX-2.3: 48 kHz after the bandwidth extension).
    virtual int outputSampleRate() const { return sampleRate(); }
    // True when encode() takes any rate and channel count and converts them itself (LTX-2.3: the
    // trainer's downmix and torchaudio's resampler, so latents equal ltx-trainer's); callers then
    // hand it the decoded clip as it is instead of resampling it with libsamplerate.
    virtual bool convertsInput() const { return false; }

    // audio: stereo or mono at sampleRate() (any rate and channels when convertsInput()).
    // Returns [T, tokenWidth()] float32.
    virtual torch::Tensor encode(const AudioBuffer &audio) const = 0;
    // tokens: [T, tokenWidth()]. reference: the clip the target was generated from, at
    // sampleRate(), when the codec can use its phase or fine structure (may be null). outFrames:
    // the exact length wanted, counted at sampleRate() (up to T / 25 s); 0 = (T − 1) / 25 s.
    // Returns stereo at outputSampleRate().
    virtual AudioBuffer decode(const torch::Tensor &tokens, const AudioBuffer *reference = nullptr, int64_t outFrames = 0) const = 0;

    static int64_t tokensForSeconds(double seconds) { return int64_t(seconds * 25.0 + 1e-9) + 1; }
};

struct MelCodecConfig {
    int sampleRate = 16000;
    int nFft = 1024;
    int hop = 160;            // 100 mel frames per second
    int melBins = 32;         // × 4 frames per token = 128 values per token
    int framesPerToken = 4;   // 25 tokens per second
    int griffinLimIterations = 48;
    double logFloor = 1e-5;
    double mean = -4.0;       // fixed standardisation of the log-mel values
    double stddev = 2.5;
};

// Log-mel patches: each token holds `framesPerToken` consecutive mel frames. Decoding inverts the
// mel filterbank and runs Griffin-Lim (started from the reference's phase when one is given).
std::unique_ptr<AudioCodec> makeMelCodec(const MelCodecConfig &config = {});

// The embedded model's codec: 64-band mel envelope in dB, two 20 ms frames per token; decodes
// from the reference's STFT shaped to the target envelope, plus calibrated noise fill-in.
std::unique_ptr<AudioCodec> makeEnvelopeCodec();

// Picks a codec by its name() prefix ("env/…" or "mel-gl/…"); null if unknown.
std::unique_ptr<AudioCodec> makeCodecByName(const QString &name);

// Slaney-scale mel filterbank with Slaney area normalisation (librosa/torchaudio "slaney"),
// [melBins, nFft/2 + 1].
torch::Tensor slaneyMelFilterbank(int sampleRate, int nFft, int melBins, double fMin = 0.0, double fMax = -1.0);

}  // namespace a2a
