// Gemma3Config::fromJson: a Hugging Face Gemma-3 config.json (text part at the top level or under
// text_config), with HF's Gemma-3 defaults for absent fields.

#include "Gemma3TextModel.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>
#include <limits>

namespace a2a {
namespace {

// ---------------------------------------------------------------------------------------------- config.json

bool positiveInt(const QJsonValue &v, int *out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (d < 1 || d > std::numeric_limits<int>::max() || d != std::floor(d))
        return false;
    *out = int(d);
    return true;
}

// A RoPE section ("rope_scaling" or one of transformers-5's "rope_parameters" entries): the linear factor it
// asks for, 1 for none/"default"; false for a scaling this port does not implement.
bool linearFactor(const QJsonValue &v, double *factor, QString *why)
{
    *factor = 1.0;
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isObject()) {
        *why = QStringLiteral("must be an object or null");
        return false;
    }
    const QJsonObject o = v.toObject();
    const QString type = o.value(QStringLiteral("rope_type")).toString(o.value(QStringLiteral("type")).toString(QStringLiteral("default")));
    if (type == QLatin1String("default"))
        return true;
    if (type != QLatin1String("linear")) {
        *why = QStringLiteral("has rope_type \"%1\"; only \"linear\" (and none) are implemented").arg(type);
        return false;
    }
    const double f = o.value(QStringLiteral("factor")).toDouble(0);
    if (!(f > 0)) {
        *why = QStringLiteral("needs a positive \"factor\" for linear scaling");
        return false;
    }
    *factor = f;
    return true;
}

}  // namespace

bool Gemma3Config::fromJson(const QJsonObject &configJson, Gemma3Config *out, QString *error)
{
    QJsonObject t = configJson;
    QString where = QStringLiteral("config.json");
    if (configJson.contains(QStringLiteral("text_config"))) {
        if (!configJson.value(QStringLiteral("text_config")).isObject()) {
            if (error)
                *error = QStringLiteral("config.json: \"text_config\" is not an object");
            return false;
        }
        t = configJson.value(QStringLiteral("text_config")).toObject();
        where = QStringLiteral("config.json text_config");
    }
    auto fail = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(where, why);
        return false;
    };
    Gemma3Config c;
    // Absent optional keys keep HF Gemma3TextConfig's defaults (the struct's initializers).
    const struct {
        const char *key;
        int *dst;
        bool required;
    } ints[] = {{"hidden_size", &c.hiddenSize, true},          {"num_hidden_layers", &c.numLayers, true},
                {"num_attention_heads", &c.numHeads, true},    {"num_key_value_heads", &c.numKvHeads, true},
                {"intermediate_size", &c.intermediateSize, true}, {"head_dim", &c.headDim, false},
                {"vocab_size", &c.vocabSize, false},           {"sliding_window", &c.slidingWindow, false},
                {"sliding_window_pattern", &c.slidingWindowPattern, false}};
    for (const auto &f : ints) {
        const QJsonValue v = t.value(QLatin1String(f.key));
        if (v.isUndefined()) {
            if (f.required)
                return fail(QStringLiteral("\"%1\" is missing").arg(QLatin1String(f.key)));
            continue;
        }
        if (!positiveInt(v, f.dst))
            return fail(QStringLiteral("\"%1\" must be a positive integer").arg(QLatin1String(f.key)));
    }
    const struct {
        const char *key;
        double *dst;
    } doubles[] = {{"rms_norm_eps", &c.rmsNormEps},
                   {"rope_theta", &c.ropeTheta},
                   {"rope_local_base_freq", &c.ropeLocalBaseFreq},
                   {"query_pre_attn_scalar", &c.queryPreAttnScalar}};
    for (const auto &f : doubles) {
        const QJsonValue v = t.value(QLatin1String(f.key));
        if (v.isUndefined())
            continue;
        if (!v.isDouble() || !(v.toDouble() > 0))
            return fail(QStringLiteral("\"%1\" must be a positive number").arg(QLatin1String(f.key)));
        *f.dst = v.toDouble();
    }
    QString why;
    if (!linearFactor(t.value(QStringLiteral("rope_scaling")), &c.ropeLinearFactor, &why))
        return fail(QStringLiteral("\"rope_scaling\" %1").arg(why));
    // transformers 5 moves the RoPE settings into per-layer-type sections; they win over the flat keys.
    if (t.value(QStringLiteral("rope_parameters")).isObject()) {
        const QJsonObject rp = t.value(QStringLiteral("rope_parameters")).toObject();
        const QJsonObject full = rp.value(QStringLiteral("full_attention")).toObject();
        const QJsonObject sliding = rp.value(QStringLiteral("sliding_attention")).toObject();
        if (!full.isEmpty()) {
            if (!linearFactor(full, &c.ropeLinearFactor, &why))
                return fail(QStringLiteral("\"rope_parameters.full_attention\" %1").arg(why));
            c.ropeTheta = full.value(QStringLiteral("rope_theta")).toDouble(c.ropeTheta);
        }
        if (!sliding.isEmpty()) {
            double f = 1.0;
            if (!linearFactor(sliding, &f, &why) || f != 1.0)
                return fail(QStringLiteral("\"rope_parameters.sliding_attention\" must be unscaled"));
            c.ropeLocalBaseFreq = sliding.value(QStringLiteral("rope_theta")).toDouble(c.ropeLocalBaseFreq);
        }
    }
    const QJsonValue act = t.value(QStringLiteral("hidden_activation"));
    if (!act.isUndefined() && !act.isNull() && act.toString() != QLatin1String("gelu_pytorch_tanh"))
        return fail(QStringLiteral("\"hidden_activation\" is \"%1\"; only gelu_pytorch_tanh is implemented").arg(act.toString()));
    if (t.value(QStringLiteral("attention_bias")).toBool(false))
        return fail(QStringLiteral("\"attention_bias\" is true; Gemma-3 has no projection biases and none are loaded"));
    const QJsonValue cap = t.value(QStringLiteral("attn_logit_softcapping"));
    if (!cap.isUndefined() && !cap.isNull())
        return fail(QStringLiteral("\"attn_logit_softcapping\" is set; Gemma-3 has none and it is not implemented"));
    if (c.numHeads % c.numKvHeads != 0)
        return fail(QStringLiteral("\"num_attention_heads\" (%1) is not a multiple of \"num_key_value_heads\" (%2)")
                        .arg(c.numHeads)
                        .arg(c.numKvHeads));
    if (c.headDim % 2 != 0)
        return fail(QStringLiteral("\"head_dim\" must be even for rotary embeddings"));
    c.globalLayers.assign(size_t(c.numLayers), false);
    const QJsonValue types = t.value(QStringLiteral("layer_types"));
    if (types.isArray()) {
        // Newer HF configs spell the pattern out; it is authoritative when present.
        const QJsonArray a = types.toArray();
        if (a.size() != c.numLayers)
            return fail(QStringLiteral("\"layer_types\" has %1 entries for %2 layers").arg(a.size()).arg(c.numLayers));
        for (int i = 0; i < c.numLayers; ++i) {
            const QString s = a.at(i).toString();
            if (s != QLatin1String("full_attention") && s != QLatin1String("sliding_attention"))
                return fail(QStringLiteral("\"layer_types\"[%1] is \"%2\", not full_attention or sliding_attention").arg(i).arg(s));
            c.globalLayers[size_t(i)] = s == QLatin1String("full_attention");
        }
    } else {
        for (int i = 0; i < c.numLayers; ++i)
            c.globalLayers[size_t(i)] = (i + 1) % c.slidingWindowPattern == 0;
    }
    *out = c;
    return true;
}

}  // namespace a2a
