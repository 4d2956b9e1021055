#include "ModelConfig.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace a2a {

ModelConfig ModelConfig::ltx23()
{
    ModelConfig c;
    c.connectorLayers = 8;
    c.connectorHeads = 32;
    c.connectorHeadDim = 64;
    c.connectorGated = true;
    return c;
}

bool ModelConfig::fromTransformerJson(const QJsonObject &t, ModelConfig *out, QString *error)
{
    ModelConfig c;
    auto fail = [&](const QString &why) {
        *error = why;
        return false;
    };
    auto readInt = [&](const char *key, int &field, bool required) {
        const QJsonValue v = t.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return !required || fail(QStringLiteral("the model config has no \"%1\"").arg(QLatin1String(key)));
        if (!v.isDouble() || v.toDouble() < 1 || v.toDouble() != double(int(v.toDouble())))
            return fail(QStringLiteral("model config key %1 is %2, expected a positive integer").arg(QLatin1String(key), QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))));
        field = int(v.toDouble());
        return true;
    };
    auto readDouble = [&](const char *key, double &field) {
        const QJsonValue v = t.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isDouble())
            return fail(QStringLiteral("model config key %1 is not a number").arg(QLatin1String(key)));
        field = v.toDouble();
        return true;
    };
    auto readBool = [&](const char *key, bool &field, bool defaultValue) {
        const QJsonValue v = t.value(QLatin1String(key));
        field = (v.isUndefined() || v.isNull()) ? defaultValue : v.toBool(defaultValue);
        return true;
    };
    if (!readInt("num_layers", c.numLayers, true) || !readInt("audio_num_attention_heads", c.numHeads, true)
        || !readInt("audio_attention_head_dim", c.headDim, true) || !readInt("audio_cross_attention_dim", c.crossAttentionDim, true)
        || !readInt("audio_in_channels", c.inChannels, false) || !readInt("audio_out_channels", c.outChannels, false)
        || !readDouble("positional_embedding_theta", c.ropeTheta) || !readDouble("timestep_scale_multiplier", c.timestepScale)
        || !readDouble("norm_eps", c.normEps))
        return false;
    readBool("apply_gated_attention", c.gatedAttention, false);
    readBool("cross_attention_adaln", c.crossAttentionAdaln, false);
    readBool("use_middle_indices_grid", c.middleIndicesGrid, true);
    if (t.value(QStringLiteral("use_embeddings_connector")).toBool(false)) {
        auto twin = [&](const char *audioKey, const char *key, int &field) {
            return t.contains(QLatin1String(audioKey)) ? readInt(audioKey, field, true) : readInt(key, field, true);
        };
        if (!twin("audio_connector_num_layers", "connector_num_layers", c.connectorLayers)
            || !twin("audio_connector_num_attention_heads", "connector_num_attention_heads", c.connectorHeads)
            || !twin("audio_connector_attention_head_dim", "connector_attention_head_dim", c.connectorHeadDim))
            return false;
        readBool("connector_apply_gated_attention", c.connectorGated, false);
    }
    const QJsonValue maxPos = t.value(QStringLiteral("audio_positional_embedding_max_pos"));
    if (maxPos.isArray() && !maxPos.toArray().isEmpty())
        c.maxPositionSeconds = maxPos.toArray().first().toDouble(20.0);
    const QString rope = t.value(QStringLiteral("rope_type")).toString(QStringLiteral("split"));
    if (rope != QLatin1String("split"))
        return fail(QStringLiteral("model config key rope_type is \"%1\", expected \"split\"").arg(rope));
    if (t.value(QStringLiteral("caption_proj_before_connector")).isBool() && !t.value(QStringLiteral("caption_proj_before_connector")).toBool())
        return fail(QStringLiteral("model config key caption_proj_before_connector is false (an LTX-2.0 checkpoint), expected true (LTX-2.3)"));
    if (c.crossAttentionDim != c.innerDim() && c.crossAttentionAdaln)
        return fail(QStringLiteral("model config key audio_cross_attention_dim is %1, expected %2 (the audio inner dim) for prompt AdaLN")
                        .arg(c.crossAttentionDim).arg(c.innerDim()));
    *out = c;
    return true;
}

bool ModelConfig::fromMetadataConfig(const QString &configJson, ModelConfig *out, QString *error)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(configJson.toUtf8(), &parseError);
    if (!doc.isObject()) {
        *error = QStringLiteral("the checkpoint's config metadata is not JSON (%1)").arg(parseError.errorString());
        return false;
    }
    const QJsonValue transformer = doc.object().value(QStringLiteral("transformer"));
    if (!transformer.isObject()) {
        *error = QStringLiteral("the checkpoint's config has no \"transformer\" section");
        return false;
    }
    return fromTransformerJson(transformer.toObject(), out, error);
}

QJsonObject ModelConfig::toTransformerJson() const
{
    QJsonObject o{{QStringLiteral("num_layers"), numLayers},
                       {QStringLiteral("audio_num_attention_heads"), numHeads},
                       {QStringLiteral("audio_attention_head_dim"), headDim},
                       {QStringLiteral("audio_cross_attention_dim"), crossAttentionDim},
                       {QStringLiteral("audio_in_channels"), inChannels},
                       {QStringLiteral("audio_out_channels"), outChannels},
                       {QStringLiteral("audio_positional_embedding_max_pos"), QJsonArray{maxPositionSeconds}},
                       {QStringLiteral("positional_embedding_theta"), ropeTheta},
                       {QStringLiteral("timestep_scale_multiplier"), timestepScale},
                       {QStringLiteral("norm_eps"), normEps},
                       {QStringLiteral("rope_type"), QStringLiteral("split")},
                       {QStringLiteral("frequencies_precision"), QStringLiteral("float64")},
                       {QStringLiteral("use_middle_indices_grid"), middleIndicesGrid},
                       {QStringLiteral("apply_gated_attention"), gatedAttention},
                       {QStringLiteral("cross_attention_adaln"), crossAttentionAdaln},
                       {QStringLiteral("caption_proj_before_connector"), true}};
    // Fields ltx-core's configurator only checks (check_config_value): written with the values it
    // requires, so ltx-core builds the transformer from a file we write (init-base --ltx-layout).
    o.insert(QStringLiteral("dropout"), 0.0);
    o.insert(QStringLiteral("attention_bias"), true);
    o.insert(QStringLiteral("activation_fn"), QStringLiteral("gelu-approximate"));
    o.insert(QStringLiteral("num_embeds_ada_norm"), 1000);
    o.insert(QStringLiteral("use_linear_projection"), false);
    o.insert(QStringLiteral("only_cross_attention"), false);
    o.insert(QStringLiteral("cross_attention_norm"), true);
    o.insert(QStringLiteral("double_self_attention"), false);
    o.insert(QStringLiteral("upcast_attention"), false);
    o.insert(QStringLiteral("standardization_norm"), QStringLiteral("rms_norm"));
    o.insert(QStringLiteral("norm_elementwise_affine"), false);
    o.insert(QStringLiteral("qk_norm"), QStringLiteral("rms_norm"));
    o.insert(QStringLiteral("positional_embedding_type"), QStringLiteral("rope"));
    if (connectorLayers > 0) {
        o.insert(QStringLiteral("use_embeddings_connector"), true);
        o.insert(QStringLiteral("connector_num_layers"), connectorLayers);
        o.insert(QStringLiteral("connector_num_attention_heads"), connectorHeads);
        o.insert(QStringLiteral("connector_attention_head_dim"), connectorHeadDim);
        o.insert(QStringLiteral("audio_connector_num_attention_heads"), connectorHeads);
        o.insert(QStringLiteral("audio_connector_attention_head_dim"), connectorHeadDim);
        o.insert(QStringLiteral("connector_apply_gated_attention"), connectorGated);
        o.insert(QStringLiteral("connector_num_learnable_registers"), connectorRegisters);
        o.insert(QStringLiteral("connector_positional_embedding_max_pos"), QJsonArray{4096});
        o.insert(QStringLiteral("text_encoder_norm_type"), QStringLiteral("per_token_rms"));
        o.insert(QStringLiteral("caption_projection_first_linear"), false);
        o.insert(QStringLiteral("caption_projection_second_linear"), false);
        o.insert(QStringLiteral("caption_proj_input_norm"), false);
    }
    return o;
}

}  // namespace a2a
