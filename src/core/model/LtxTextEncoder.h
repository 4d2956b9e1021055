#pragma once
// The real LTX-2.3 text conditioning behind the TextEncoder seam: Gemma-3's SentencePiece
// tokenizer (strip, BOS, no EOS, at most 1024 tokens) → the Gemma-3 text decoder on the valid
// tokens only (exactly ltx-core's left-padded run, ltx23-real-path §3b) streamed layer by layer
// from its memory-mapped shards → the feature extractor V2 accumulated per layer → the audio
// embeddings connector, giving the [1024, D] context the audio transformer's text
// cross-attention sees. Contexts are cached on disk per caption under a name that carries
// fingerprints of the Gemma folder and of the base's connector and projection weights, so a
// changed text encoder never serves a stale context.
// Torch header: engine code only. Thread rule: encode()/prepare() from one thread at a time.

#include "ModelConfig.h"
#include "TextEncoder.h"

#include <QHash>
#include <QMutex>

#include <memory>

namespace a2a {

class Gemma3TextModel;
class LtxFeatureExtractor;
class LtxAudioConnector;

// Without a Gemma folder (text-encode --hidden-states): the text encoder's shape the hidden states
// given have, so the feature extractor and connector can run alone.
struct LtxTextShape {
    int hidden = 0;        // Gemma hidden size
    int hiddenStates = 0;  // L + 1
};

class LtxTextEncoder final : public TextEncoder {
public:
    // checkpointPath: the LTX-2.3 base (connector and text projection); gemmaFolder: the Gemma-3
    // folder (config.json, tokenizer.model, shards). cacheDir: "" = the default
    // (~/.cache/a2a-studio/text). Null with *error naming the folder, file or tensor at fault.
    static std::unique_ptr<LtxTextEncoder> load(const QString &checkpointPath, const QString &gemmaFolder, QString *error,
                                                const QString &cacheDir = QString(), const LtxTextShape &withoutGemma = {});
    ~LtxTextEncoder() override;

    QString name() const override { return m_name; }
    int width() const override;
    int maxTokens() const override { return 1024; }
    TextContext encode(const QString &text) const override;
    bool prepare(const QStringList &texts, const std::function<bool(int done, int total)> &progress, QString *error) const override;

    // The stages, for text-encode and the tests.
    std::vector<int64_t> tokenize(const QString &text) const;                    // valid ids: BOS first, no EOS
    torch::Tensor hiddenStates(const std::vector<int64_t> &ids) const;           // [L+1, n, hidden]
    torch::Tensor audioPromptEmbeds(const torch::Tensor &hiddenStates) const;    // [n, D]
    TextContext connect(const torch::Tensor &audioPromptEmbeds) const;           // [1024, D], mask [1024]
    int textLayers() const { return m_shape.hiddenStates; }  // L + 1 hidden states
    int textHidden() const { return m_shape.hidden; }
    bool hasGemma() const { return bool(m_gemma); }

    // Texts not yet in memory or on disk (what prepare() would encode), for time estimates.
    QStringList uncached(const QStringList &texts) const;

private:
    LtxTextEncoder();
    QString cacheKey(const QString &text) const;
    TextContext fromCache(const QString &text) const;
    void remember(const QString &text, const TextContext &context) const;

    QString m_name;
    QString m_cacheDir;
    int m_width = 0;
    LtxTextShape m_shape;
    std::unique_ptr<Gemma3TextModel> m_gemma;
    // The projection and the connector (≈ 3 GB in fp32 for the real base) are needed only while
    // texts are encoded: prepare() lets them go once every text is cached, and they are read
    // from the checkpoint again on a later miss, so they never sit beside a training run.
    bool loadProjectionAndConnector() const;
    void releaseProjectionAndConnector() const;
    QString m_checkpointPath;
    ModelConfig m_config;
    mutable std::unique_ptr<LtxFeatureExtractor> m_features;
    mutable std::unique_ptr<LtxAudioConnector> m_connector;
    mutable QMutex m_mutex;
    mutable QHash<QString, TextContext> m_memory;
};

// ~/.cache/a2a-studio/text (XDG_CACHE_HOME respected).
QString defaultTextCacheDir();

}  // namespace a2a
