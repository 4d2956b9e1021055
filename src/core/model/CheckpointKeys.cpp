#include "CheckpointKeys.h"

namespace a2a {

bool isAudioStreamKey(const QString &name)
{
    if (name.startsWith(QLatin1String("audio_embeddings_connector")))
        return false;
    static const char *parts[] = {"audio_attn1", "audio_attn2", "audio_ff", "audio_patchify", "audio_proj_out",
                                  "audio_adaln_single", "audio_prompt", "audio_scale_shift_table"};
    for (const char *p : parts)
        if (name.contains(QLatin1String(p)))
            return true;
    return false;
}

std::vector<TensorSpec> audioConnectorTensors(const ModelConfig &c)
{
    std::vector<TensorSpec> t;
    if (c.connectorLayers < 1)
        return t;
    const int64_t d = c.connectorInnerDim();
    auto linear = [&](const QString &name, int64_t out, int64_t in) {
        t.push_back({name + QStringLiteral(".weight"), {out, in}});
        t.push_back({name + QStringLiteral(".bias"), {out}});
    };
    t.push_back({QStringLiteral("learnable_registers"), {c.connectorRegisters, d}});
    for (int i = 0; i < c.connectorLayers; ++i) {
        const QString b = QStringLiteral("transformer_1d_blocks.%1.").arg(i);
        t.push_back({b + QStringLiteral("attn1.q_norm.weight"), {d}});
        t.push_back({b + QStringLiteral("attn1.k_norm.weight"), {d}});
        linear(b + QStringLiteral("attn1.to_q"), d, d);
        linear(b + QStringLiteral("attn1.to_k"), d, d);
        linear(b + QStringLiteral("attn1.to_v"), d, d);
        if (c.connectorGated)
            linear(b + QStringLiteral("attn1.to_gate_logits"), c.connectorHeads, d);
        linear(b + QStringLiteral("attn1.to_out.0"), d, d);
        linear(b + QStringLiteral("ff.net.0.proj"), 4 * d, d);
        linear(b + QStringLiteral("ff.net.2"), d, 4 * d);
    }
    return t;
}

std::vector<TensorSpec> audioTransformerTensors(const ModelConfig &c)
{
    const int64_t d = c.innerDim();
    const int64_t ff = c.ffInnerDim();
    const int64_t rows = c.adalnRows();
    std::vector<TensorSpec> t;
    auto linear = [&](const QString &name, int64_t out, int64_t in) {
        t.push_back({name + QStringLiteral(".weight"), {out, in}});
        t.push_back({name + QStringLiteral(".bias"), {out}});
    };
    linear(QStringLiteral("audio_patchify_proj"), d, c.inChannels);
    linear(QStringLiteral("audio_adaln_single.emb.timestep_embedder.linear_1"), d, c.timestepEmbeddingDim);
    linear(QStringLiteral("audio_adaln_single.emb.timestep_embedder.linear_2"), d, d);
    linear(QStringLiteral("audio_adaln_single.linear"), rows * d, d);
    if (c.crossAttentionAdaln) {
        linear(QStringLiteral("audio_prompt_adaln_single.emb.timestep_embedder.linear_1"), d, c.timestepEmbeddingDim);
        linear(QStringLiteral("audio_prompt_adaln_single.emb.timestep_embedder.linear_2"), d, d);
        linear(QStringLiteral("audio_prompt_adaln_single.linear"), 2 * d, d);
    }
    t.push_back({QStringLiteral("audio_scale_shift_table"), {2, d}});
    linear(QStringLiteral("audio_proj_out"), c.outChannels, d);
    for (int i = 0; i < c.numLayers; ++i) {
        const QString b = QStringLiteral("transformer_blocks.%1.").arg(i);
        for (const QString attn : {QStringLiteral("audio_attn1"), QStringLiteral("audio_attn2")}) {
            const int64_t kvIn = attn == QLatin1String("audio_attn1") ? d : c.crossAttentionDim;
            linear(b + attn + QStringLiteral(".to_q"), d, d);
            linear(b + attn + QStringLiteral(".to_k"), d, kvIn);
            linear(b + attn + QStringLiteral(".to_v"), d, kvIn);
            t.push_back({b + attn + QStringLiteral(".q_norm.weight"), {d}});
            t.push_back({b + attn + QStringLiteral(".k_norm.weight"), {d}});
            linear(b + attn + QStringLiteral(".to_out.0"), d, d);
            if (c.gatedAttention)
                linear(b + attn + QStringLiteral(".to_gate_logits"), c.numHeads, d);
        }
        linear(b + QStringLiteral("audio_ff.net.0.proj"), ff, d);
        linear(b + QStringLiteral("audio_ff.net.2"), d, ff);
        t.push_back({b + QStringLiteral("audio_scale_shift_table"), {rows, d}});
        if (c.crossAttentionAdaln)
            t.push_back({b + QStringLiteral("audio_prompt_scale_shift_table"), {2, d}});
    }
    return t;
}

const QStringList &loraTargetModules()
{
    static const QStringList modules{
        QStringLiteral("audio_attn1.to_q"), QStringLiteral("audio_attn1.to_k"), QStringLiteral("audio_attn1.to_v"),
        QStringLiteral("audio_attn1.to_out.0"), QStringLiteral("audio_attn2.to_q"), QStringLiteral("audio_attn2.to_k"),
        QStringLiteral("audio_attn2.to_v"), QStringLiteral("audio_attn2.to_out.0"), QStringLiteral("audio_ff.net.0.proj"),
        QStringLiteral("audio_ff.net.2")};
    return modules;
}

QString loraKey(int block, const QString &module, bool isA)
{
    return QStringLiteral("%1transformer_blocks.%2.%3.lora_%4.weight")
        .arg(QLatin1String(kLoraPrefix))
        .arg(block)
        .arg(module, isA ? QStringLiteral("A") : QStringLiteral("B"));
}

}  // namespace a2a
