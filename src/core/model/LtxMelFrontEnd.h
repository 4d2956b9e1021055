#pragma once
// The LTX-2.3 audio front-end as ltx-trainer and ltx-core compute it (path doc §1.2, §8): the
// trainer's trim expression and channel downmix, torchaudio 0.13's default sinc resampler
// (float32 kernel, gcd-reduced ratio, strided conv1d) to the VAE's rate, and ltx-core's
// AudioProcessor log-mel (periodic Hann, centered reflect-padded STFT, magnitude, float32 Slaney
// bank with Slaney norm, natural log clamped at 1e-5). Every step runs the same torch ops in the
// same order as the Python code, so trainer-made latents can be reproduced within float32 noise.
// Torch header: engine code only.
// Thread rule: all functions and a const LtxMelFrontEnd may be used from many threads at once; the
// resampling-kernel cache is guarded by a mutex and its kernels are never written after creation.

#include <torch/torch.h>

#include <QJsonObject>
#include <QString>

#include <cstdint>

namespace a2a {

// From a checkpoint's `__metadata__["config"]["audio_vae"]` section, with ltx-core's field names and
// its defaults for absent keys (AudioEncoderConfigurator). ltx-core never reads win_length (always
// n_fft) or mel_fmin / mel_fmax (0 and sampleRate / 2).
struct LtxMelConfig {
    int sampleRate = 16000;  // model.params.sampling_rate
    int nFft = 1024;         // preprocessing.stft.filter_length
    int hop = 160;           // preprocessing.stft.hop_length
    int melBins = 64;        // model.params.ddconfig.mel_bins, else preprocessing.mel.n_mel_channels,
                             // else variables.mel_bins (the first that is present and non-zero)

    // `audioVae` is the audio_vae section itself. Absent keys take ltx-core's defaults except
    // mel_bins, which ltx-core requires; a present key of the wrong type or a non-positive value is
    // an error naming it (e.g. "audio_vae.preprocessing.stft.hop_length").
    static bool fromAudioVaeJson(const QJsonObject &audioVae, LtxMelConfig *out, QString *error);
    static bool fromJson(const QJsonObject &audioVae, LtxMelConfig *out, QString *error)
    {
        return fromAudioVaeJson(audioVae, out, error);
    }
    // The keys above in the audio_vae layout (plus win_length, mel_fmin, mel_fmax as ltx-core's
    // checkpoints carry them); the VAE's own config adds the rest of ddconfig when a checkpoint is
    // written, so merge rather than replace.
    QJsonObject toJson() const;
    static LtxMelConfig ltx23() { return {}; }

    int nFreqs() const { return nFft / 2 + 1; }
    // The shortest waveform the centered STFT accepts: reflect padding by n_fft/2 needs more
    // samples than the pad (ltx-core fails on shorter input too).
    int64_t minimumSamples() const { return int64_t(nFft / 2) + 1; }
    int64_t frameCount(int64_t samples) const { return samples / hop + 1; }
};

// The trainer's stereo conversion (`process_videos.py::_encode_audio`), on [C,N] or [B,C,N], returning
// the same rank with 2 channels, float32. Channel orders: 5.1 = L,R,C,LFE,Ls,Rs (LFE dropped),
// 7.1 = L,R,C,LFE,Ls,Rs,Lb,Rb (LFE dropped); mono is duplicated; other counts above 2 are averaged
// and duplicated. Throws std::invalid_argument for 0 channels or another rank.
torch::Tensor ltxDownmixToStereo(const torch::Tensor &samples);

// torchaudio.functional.resample(waveform, origRate, newRate) at its defaults (sinc_interpolation,
// lowpass_filter_width 6, rolloff 0.99), on [..., N] floating-point input; the kernel is built in
// the waveform's dtype. Output [..., ceil(new·N/orig)] after gcd reduction. Equal rates return the
// input unchanged. Throws std::invalid_argument for non-positive rates or integer input.
torch::Tensor torchaudioResample(const torch::Tensor &waveform, int origRate, int newRate);

// How many of `frames` native-rate samples the trainer keeps (`compute_audio_latents`):
// `int(target_duration * sr)` with target_duration = frames / sr (durationSeconds <= 0: the whole
// file) or min(frames / sr, durationSeconds) (a --max-duration cap or a chosen duration bucket).
// Computed in the same double arithmetic, so it also drops the last sample where Python does
// (about 13 % of lengths when the whole file is used).
int64_t ltxTrainerTrimFrames(int64_t frames, int sampleRate, double durationSeconds = -1.0);

// torchaudio.functional.melscale_fbanks(nFreqs, fMin, fMax, nMels, sampleRate, "slaney", "slaney"),
// computed in float32 as torchaudio does: [nFreqs, nMels].
torch::Tensor torchaudioSlaneyMelBank(int nFreqs, double fMin, double fMax, int nMels, int sampleRate);

class LtxMelFrontEnd {
public:
    explicit LtxMelFrontEnd(const LtxMelConfig &config = {});

    // [C,N] at `sampleRate` (already trimmed as the caller wants) -> [1,2,N'] float32 at
    // config.sampleRate: downmix, then resample (skipped when the rates match).
    torch::Tensor toModelWaveform(const torch::Tensor &samples, int sampleRate) const;

    // [B,2,N] at config.sampleRate -> [B,2,T,melBins] log-mel, T = floor(N/hop)+1. N must be at least
    // config.minimumSamples(); shorter input throws std::invalid_argument (it is not padded, since
    // ltx-core cannot produce a reference for it; the app feeds clips of at least a second).
    torch::Tensor melSpectrogram(const torch::Tensor &waveform) const;

    const LtxMelConfig &config() const { return m_config; }
    const torch::Tensor &melBank() const { return m_melBank; }  // [nFreqs, melBins]
    const torch::Tensor &window() const { return m_window; }    // [nFft], periodic Hann

private:
    LtxMelConfig m_config;
    torch::Tensor m_melBank;
    torch::Tensor m_window;
};

}  // namespace a2a
