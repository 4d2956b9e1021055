#pragma once
// The Gemma-3 text decoder (the inner Gemma3TextModel, no lm_head) that LTX-2.3 conditions on, restated from
// Hugging Face `models/gemma3/modeling_gemma3.py`: scaled embedding, sandwich-normed decoder layers with per-head
// q/k norms before rotate-half RoPE, local (sliding-window, own RoPE base) and global (linear-scaled RoPE) layers,
// GQA, fp32 softmax, gelu_tanh MLP and the final norm. It yields ALL L+1 hidden states the way HF returns them
// with output_hidden_states: the embedding output, the outputs of layers 0..L−2 and norm(output of layer L−1)
// (HF appends the normed state instead of the raw last layer output, so that one is never returned).
// The model is never resident: open() validates a Hugging Face folder from the safetensors headers alone, and
// each forward streams the memory-mapped shards one layer at a time (12B in bf16 is 24 GB; one layer upcast to
// fp32 is under 1 GB). Compute is fp32 on CPU.
// Torch header: engine code only.
// Thread rule: a Gemma3TextModel is immutable after open(); its const methods may be called from one thread at
// a time (identity() fills a cache on first use, and parallel forwards would each hold a layer of weights).

#include "GemmaTokenizer.h"
#include "SafetensorsFile.h"

#include <torch/torch.h>

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace a2a {

// The text part of a Gemma-3 config.json, HF field names in the comments. Fields HF's Gemma3TextConfig gives
// defaults for may be absent (the published 12B config.json omits head_dim, vocab_size, rope_theta, ...).
struct Gemma3Config {
    int hiddenSize = 0;            // hidden_size (required)
    int numLayers = 0;             // num_hidden_layers (required)
    int numHeads = 0;              // num_attention_heads (required)
    int numKvHeads = 0;            // num_key_value_heads (required)
    int headDim = 256;             // head_dim
    int intermediateSize = 0;      // intermediate_size (required)
    int vocabSize = 262208;        // vocab_size
    int slidingWindow = 4096;      // sliding_window: a local layer's query i sees keys i−slidingWindow+1..i
    int slidingWindowPattern = 6;  // sliding_window_pattern: layer i is global iff (i+1) % pattern == 0
    double rmsNormEps = 1e-6;      // rms_norm_eps
    double ropeTheta = 1e6;        // rope_theta: global layers
    double ropeLocalBaseFreq = 1e4;  // rope_local_base_freq: local layers (never scaled)
    double ropeLinearFactor = 1.0;   // rope_scaling {"rope_type": "linear", "factor"}: global inv_freq / factor; 1 = none
    double queryPreAttnScalar = 256;  // query_pre_attn_scalar: scores scale by its −1/2 power
    std::vector<bool> globalLayers;   // per layer, from layer_types when present, else from the pattern

    // `configJson` is the whole config.json: the text part is read from "text_config" when present, else from
    // the top level. Also accepts transformers-5 "rope_parameters" per layer type. Rejects what this port does
    // not implement (other activations, attention bias, logit soft-capping, other RoPE scalings) by key name.
    static bool fromJson(const QJsonObject &configJson, Gemma3Config *out, QString *error);
};

class Gemma3TextModel {
public:
    // Opens a Hugging Face folder: config.json, tokenizer.model, and model.safetensors or shards listed by
    // model.safetensors.index.json. Tensor names may be under language_model.model., model.language_model. or
    // model.; every tensor the text decoder needs is checked for presence and for its shape against config.json
    // from the headers alone (no weight is read). Null with *error naming the file and what is wrong.
    static std::unique_ptr<Gemma3TextModel> open(const QString &folder, QString *error);
    ~Gemma3TextModel();

    const Gemma3Config &config() const { return m_config; }
    const GemmaTokenizer &tokenizer() const { return *m_tokenizer; }
    QString folder() const { return m_folder; }
    QString prefix() const { return m_prefix; }  // the layout found, e.g. "language_model.model."

    // 16 hex digits of a SHA-256 for cache keys, over config.json and tokenizer.model bytes and, per decoder
    // tensor (by its layout-free name), its dtype, shape and a fingerprint of its bytes: all bytes when ≤ 4 MB,
    // else the first, middle and last 64 KB. Not the whole 24 GB: hashing every byte would read the entire
    // checkpoint off disk (minutes, and it evicts the page cache) each time a cache is consulted, while any other
    // checkpoint or fine-tune changes the bytes throughout every tensor, so the samples catch it; the small
    // tensors (all the norms), which a targeted edit could touch alone, are hashed in full.
    QString identity() const;

    // Streams the decoder layer by layer from the memory-mapped shards. All captions go through a layer before
    // the next layer's weights are read; each layer's weights are read (upcast to fp32 on CPU; on another
    // device kept in their stored dtype, which is then the compute dtype) just before use and freed after, so
    // memory stays near one layer's weights plus the activations. Each caption runs alone over its valid
    // tokens: positions 0..n−1, causal mask (+ the sliding window on local layers), so the result equals a
    // single-caption run bit for bit. Calls onLayer(l, states) for l = 0..numLayers, states[i] = [n_i, hidden]
    // fp32 on `device` for caption i (l = 0: the embeddings; l = numLayers: after the final norm). onLayer
    // returning false stops the run with "cancelled". Returns "" on success, else what is wrong with the ids
    // (empty caption, id outside the vocabulary).
    QString forEachHiddenState(const std::vector<std::vector<int64_t>> &ids,
                               const std::function<bool(int layer, const std::vector<torch::Tensor> &states)> &onLayer,
                               torch::Device device = torch::kCPU) const;

    // [L+1, n, hidden] fp32 on CPU for the valid tokens; undefined if the ids are empty or out of range.
    torch::Tensor hiddenStates(const std::vector<int64_t> &ids) const;
    // [L+1, length, hidden] fp32: ids left-padded to `length` with the pad id (0) and run with the padding mask,
    // positions 0..length−1, as ltx-core runs Gemma (for the equivalence test; rows of pads are finite but
    // meaningless). Undefined if length < ids.size() or the ids are invalid.
    torch::Tensor hiddenStatesLeftPadded(const std::vector<int64_t> &ids, int length) const;

private:
    struct Located {
        const SafetensorsFile *file = nullptr;
        QString fullName;
    };
    struct LayerWeights;
    Gemma3TextModel() = default;

    QString checkIds(const std::vector<std::vector<int64_t>> &ids) const;
    torch::ScalarType storedDtype() const;
    torch::Tensor weight(const QString &name, torch::ScalarType dtype, torch::Device device) const;
    LayerWeights readLayer(int layer, torch::ScalarType dtype, torch::Device device) const;
    // One Gemma3DecoderLayer over x [B, T, hidden]; cos/sin [T, headDim]; allowed [T, T] bool (query may see key).
    static torch::Tensor decoderLayer(const torch::Tensor &x, const LayerWeights &w, const Gemma3Config &c,
                                      const torch::Tensor &cos, const torch::Tensor &sin, const torch::Tensor &allowed);
    torch::Tensor embed(const std::vector<int64_t> &ids, torch::ScalarType dtype, torch::Device device) const;
    // The layer loop shared by both public forwards: h[i] = [1, T_i, hidden] embeddings in `dtype` on `device`,
    // keyValid[i] = [T_i] bool (undefined: every key is a real token).
    QString stream(std::vector<torch::Tensor> h, const std::vector<torch::Tensor> &keyValid,
                   const std::function<bool(int, const std::vector<torch::Tensor> &)> &onLayer, torch::Device device,
                   torch::ScalarType dtype) const;

    Gemma3Config m_config;
    std::unique_ptr<GemmaTokenizer> m_tokenizer;
    QString m_folder;
    QString m_prefix;
    std::vector<std::unique_ptr<SafetensorsFile>> m_shards;
    QMap<QString, Located> m_tensors;  // layout-free name ("layers.3.mlp.up_proj.weight") → where it is
    QStringList m_names;               // the same names in a fixed order (embedding, layers, norm)
    mutable QString m_identity;
};

}  // namespace a2a
