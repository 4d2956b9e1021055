#pragma once
// LTX-2.3's text feature extractor V2, audio half (ltx-core feature_extractor.py::
// FeatureExtractorV2 with the audio_aggregate_embed of encoder_configurator.py): each of the
// L+1 Gemma hidden states of a token is RMS-normalised over its hidden dims (eps 1e-6, no
// weight), the [hidden, L+1] block is flattened d-major (flat index d·(L+1) + l), scaled by
// √(outWidth / hidden) and projected by Linear(hidden·(L+1) → outWidth) with bias.
// Per token only: pads never influence a valid token, so running the valid tokens alone is
// exact (ltx23-real-path §3b.4). Because of the d-major order W[:, l::L+1] is layer l's
// [outWidth, hidden] slice, so the projection can be accumulated while Gemma streams its
// layers (begin / addLayer / finish) without ever holding [n, hidden·(L+1)].
// Torch header: engine code only.
// Thread rule: load() before use. stacked() is const and only reads the weights: any threads.
// begin/addLayer/finish share one streaming accumulator: one stream at a time per object, from
// one thread (or serialised by the caller). Every compute method takes its own NoGradGuard.

#include "SafetensorsFile.h"
#include "TensorIO.h"

#include <torch/torch.h>

#include <QString>

#include <vector>

namespace a2a {

class LtxFeatureExtractor {
public:
    // textHidden: Gemma's hidden size; hiddenStates: L+1 (the embedding output and every layer's);
    // outWidth: the audio transformer's inner width. o: storage of the weights (bf16 storage is
    // computed in fp32 on a CPU).
    LtxFeatureExtractor(int textHidden, int hiddenStates, int outWidth, const torch::TensorOptions &o = torch::kFloat32);

    // text_embedding_projection.audio_aggregate_embed.{weight, bias}. "" on success, else an
    // error naming the tensor and what is wrong (absent, or a shape the text encoder cannot feed).
    QString load(const SafetensorsFile &file);

    int textHidden() const { return m_hidden; }
    int hiddenStates() const { return m_states; }
    int outWidth() const { return m_out; }

    // Streaming: tokenCounts[i] is caption i's valid token count. addLayer(l, states) with
    // states[i] = [n_i, hidden] for every layer l = 0..L in any order, then finish() gives
    // [n_i, outWidth] per caption and clears the stream.
    void begin(const std::vector<int64_t> &tokenCounts);
    void addLayer(int layer, const std::vector<torch::Tensor> &states);
    std::vector<torch::Tensor> finish();

    // The unstreamed formula on [L+1, n, hidden]: [n, outWidth].
    torch::Tensor stacked(const torch::Tensor &hidden) const;

    // Checkpoint names (with kTextProjectionPrefix) → the weight and bias, in the file's layout.
    NamedTensors checkpointTensors();

private:
    torch::Tensor normalise(const torch::Tensor &states) const;  // per-token RMS × √(out/hidden), compute dtype
    torch::Tensor computeType(const torch::Tensor &w) const;

    int m_hidden, m_states, m_out;
    torch::Tensor m_weight;  // [out, hidden·(L+1)]
    torch::Tensor m_bias;    // [out]
    std::vector<torch::Tensor> m_acc;  // streaming: [n_i, out] per caption
    std::vector<bool> m_seen;          // streaming: which layers were added
};

}  // namespace a2a
