#include "LtxAudioCodec.h"

#include "CheckpointKeys.h"
#include "LtxAudioVae.h"
#include "LtxMelFrontEnd.h"
#include "LtxVocoder.h"
#include "SafetensorsFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace a2a {

torch::Tensor audioBufferToTensor(const AudioBuffer &audio)
{
    const int64_t frames = audio.frames(), channels = std::max(1, audio.channels);
    auto interleaved = torch::from_blob(const_cast<float *>(audio.samples.data()), {frames, channels}, torch::kFloat32);
    return interleaved.t().contiguous();
}

AudioBuffer tensorToAudioBuffer(const torch::Tensor &t, int sampleRate)
{
    const auto interleaved = t.detach().to(torch::kCPU, torch::kFloat32).t().contiguous();
    AudioBuffer out;
    out.sampleRate = sampleRate;
    out.channels = int(t.size(0));
    out.samples.assign(interleaved.data_ptr<float>(), interleaved.data_ptr<float>() + interleaved.numel());
    return out;
}

LtxAudioCodec::LtxAudioCodec() = default;
LtxAudioCodec::~LtxAudioCodec() = default;

std::unique_ptr<LtxAudioCodec> LtxAudioCodec::load(const QString &path, QString *error, const LtxAudioCodecParts &parts)
{
    const QString fileName = QFileInfo(path).fileName();
    const auto file = SafetensorsFile::open(path, error);
    if (!file)
        return nullptr;
    const QJsonObject config = QJsonDocument::fromJson(file->metadata().value(QStringLiteral("config")).toUtf8()).object();
    if (!config.value(QStringLiteral("audio_vae")).isObject()) {
        *error = QStringLiteral("no audio VAE in %1 (its config has no \"audio_vae\" section)").arg(fileName);
        return nullptr;
    }
    const QJsonObject vaeSection = config.value(QStringLiteral("audio_vae")).toObject();
    LtxAudioVaeConfig vaeConfig;
    LtxMelConfig melConfig;
    QString why;
    if (!LtxAudioVaeConfig::fromJson(vaeSection, &vaeConfig, &why) || !LtxMelConfig::fromAudioVaeJson(vaeSection, &melConfig, &why)) {
        *error = QStringLiteral("%1: audio_vae: %2").arg(fileName, why);
        return nullptr;
    }
    std::unique_ptr<LtxAudioCodec> codec(new LtxAudioCodec());
    codec->m_frontEnd = std::make_unique<LtxMelFrontEnd>(melConfig);
    codec->m_vae = std::make_unique<LtxAudioVae>(vaeConfig);
    why = parts.decoder ? codec->m_vae->load(*file) : codec->m_vae->loadEncoderOnly(*file);
    if (!why.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(fileName, why);
        return nullptr;
    }
    if (parts.decoder) {
        LtxVocoderConfig vocoderConfig;
        if (!config.value(QStringLiteral("vocoder")).isObject()) {
            *error = QStringLiteral("no vocoder in %1 (its config has no \"vocoder\" section)").arg(fileName);
            return nullptr;
        }
        if (!LtxVocoderConfig::fromJson(config.value(QStringLiteral("vocoder")).toObject(), &vocoderConfig, &why)) {
            *error = QStringLiteral("%1: vocoder: %2").arg(fileName, why);
            return nullptr;
        }
        codec->m_vocoder = std::make_unique<LtxVocoder>(vocoderConfig);
        why = codec->m_vocoder->load(*file);
        if (!why.isEmpty()) {
            *error = QStringLiteral("%1: %2").arg(fileName, why);
            return nullptr;
        }
    }
    // Latents depend on the front-end settings, the encoder and the statistics only: hash exactly
    // those bytes (≈ 43 MB in the real file), so a changed base can never hit a stale cache entry
    // while a changed vocoder keeps the cache.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QJsonDocument(vaeSection).toJson(QJsonDocument::Compact));
    for (const QString &name : file->tensorNames()) {
        if (!name.startsWith(QLatin1String(kAudioVaeEncoderPrefix)) && !name.startsWith(QLatin1String(kAudioVaeStatisticsPrefix)))
            continue;
        const TensorInfo *info = file->info(name);
        hash.addData(name.toUtf8());
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(file->data(name)), info->end - info->begin));
    }
    codec->m_name = QStringLiteral("ltx23/%1/sr%2/mel%3").arg(QString::fromLatin1(hash.result().toHex().left(16))).arg(melConfig.sampleRate).arg(melConfig.melBins);
    return codec;
}

int LtxAudioCodec::sampleRate() const { return m_frontEnd->config().sampleRate; }
int LtxAudioCodec::outputSampleRate() const { return m_vocoder ? m_vocoder->config().bweOutputRate : sampleRate(); }
int LtxAudioCodec::tokenWidth() const { return m_vae->config().tokenWidth(); }
int LtxAudioCodec::zChannels() const { return m_vae->config().zChannels; }

torch::Tensor LtxAudioCodec::modelWaveform(const AudioBuffer &audio) const
{
    torch::NoGradGuard noGrad;
    return m_frontEnd->toModelWaveform(audioBufferToTensor(audio), audio.sampleRate);
}

torch::Tensor LtxAudioCodec::melOf(const torch::Tensor &waveform) const { return m_frontEnd->melSpectrogram(waveform); }
torch::Tensor LtxAudioCodec::latentOf(const torch::Tensor &mel) const { return m_vae->encode(mel); }
torch::Tensor LtxAudioCodec::melFromLatent(const torch::Tensor &latent) const { return m_vae->decode(latent); }
torch::Tensor LtxAudioCodec::vocode16k(const torch::Tensor &mel) const { return m_vocoder->vocode(mel); }
torch::Tensor LtxAudioCodec::extendBandwidth(const torch::Tensor &wave16k) const { return m_vocoder->extendBandwidth(wave16k); }

torch::Tensor LtxAudioCodec::encode(const AudioBuffer &audio) const
{
    torch::NoGradGuard noGrad;
    const auto latent = latentOf(melOf(modelWaveform(audio)));
    return LtxAudioVae::latentToTokens(latent).squeeze(0).contiguous();
}

AudioBuffer LtxAudioCodec::decode(const torch::Tensor &tokens, const AudioBuffer *, int64_t outFrames) const
{
    // The real codec is a learned vocoder: it needs no reference phase.
    if (!m_vocoder)
        return {};
    torch::NoGradGuard noGrad;
    const auto latent = LtxAudioVae::tokensToLatent(tokens.to(torch::kFloat32).unsqueeze(0), zChannels());
    const auto wave = extendBandwidth(vocode16k(melFromLatent(latent))).squeeze(0);  // [2, 3L]
    const int ratio = outputSampleRate() / sampleRate();
    const int64_t wanted = (outFrames > 0 ? outFrames : int64_t(tokens.size(0) - 1) * sampleRate() / 25) * ratio;
    auto out = wave.size(1) >= wanted ? wave.narrow(1, 0, wanted) : torch::constant_pad_nd(wave, {0, wanted - wave.size(1)});
    return tensorToAudioBuffer(out, outputSampleRate());
}

}  // namespace a2a
