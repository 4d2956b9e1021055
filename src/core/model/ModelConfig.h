#pragma once
// The audio transformer's shape, read from a checkpoint's own config (the `transformer` section
// of __metadata__["config"], with the real LTX-2.3 field names). One struct serves the real
// 48 × 2048 model and the small embedded one. Thread rule: a plain value.

#include <QJsonObject>
#include <QString>

namespace a2a {

struct ModelConfig {
    int numLayers = 48;                 // num_layers
    int numHeads = 32;                  // audio_num_attention_heads
    int headDim = 64;                   // audio_attention_head_dim
    int crossAttentionDim = 2048;       // audio_cross_attention_dim (text context width)
    int inChannels = 128;               // audio_in_channels (token width)
    int outChannels = 128;              // audio_out_channels
    int ffMult = 4;                     // FF inner = ffMult × innerDim
    double maxPositionSeconds = 20.0;   // audio_positional_embedding_max_pos[0]
    double ropeTheta = 10000.0;         // positional_embedding_theta
    double timestepScale = 1000.0;      // timestep_scale_multiplier
    double normEps = 1e-6;              // norm_eps
    bool gatedAttention = true;         // apply_gated_attention (2.3)
    bool crossAttentionAdaln = true;    // cross_attention_adaln (2.3: 9-row tables + prompt AdaLN)
    bool middleIndicesGrid = true;      // use_middle_indices_grid
    int timestepEmbeddingDim = 256;     // sinusoid width fed to linear_1

    // The audio embeddings connector (text side of a real base); 0 layers = the config has none
    // (the embedded model). ltx-core's audio connector reads audio_connector_* with the
    // connector_* twins as fallback and always builds 128 registers.
    int connectorLayers = 0;            // audio_connector_num_layers, else connector_num_layers
    int connectorHeads = 0;             // audio_connector_num_attention_heads, else connector_num_attention_heads
    int connectorHeadDim = 0;           // audio_connector_attention_head_dim, else connector_attention_head_dim
    bool connectorGated = false;        // connector_apply_gated_attention
    int connectorRegisters = 128;       // not read by ltx-core (always 128)
    int connectorInnerDim() const { return connectorHeads * connectorHeadDim; }

    int innerDim() const { return numHeads * headDim; }
    int ffInnerDim() const { return ffMult * innerDim(); }
    int adalnRows() const { return crossAttentionAdaln ? 9 : 6; }

    static ModelConfig ltx23();  // the real LTX-2.3 audio stream

    // Reads the `transformer` section; fails naming the key, its value and what is supported.
    static bool fromTransformerJson(const QJsonObject &transformer, ModelConfig *out, QString *error);
    // Reads __metadata__["config"] (a JSON string with a `transformer` section).
    static bool fromMetadataConfig(const QString &configJson, ModelConfig *out, QString *error);
    QJsonObject toTransformerJson() const;
};

}  // namespace a2a
