#pragma once
// LTX-2.3's audio embeddings connector (ltx-core embeddings_connector.py::Embeddings1DConnector
// as AudioEmbeddings1DConnectorConfigurator builds it, called by embeddings_processor.py):
// the n valid feature-extractor tokens first (the processor's stable right-pad order), then
// learnable_registers[p mod 128] at positions p = n..1023, every position un-masked; then the
// blocks (x += attn1(rms(x)) with per-head gates and split RoPE over token indices / 4096,
// x += ff(rms(x))) and a final RMS norm, all RMS norms eps 1e-6. The result is the [1024, D]
// context and the all-ones [1024] mask the audio transformer's text cross-attention sees.
// Fixed by ltx-core whatever the config says: 128 registers, RoPE θ 10000, max_pos 4096
// (connector_positional_embedding_max_pos in 2.3), float64 frequency grid
// (frequencies_precision "float64"), output norm always.
// Torch header: engine code only.
// Thread rule: load() before use and not concurrently with run(); run() is const, only reads
// the weights and takes its own NoGradGuard, so several threads may call it at once.

#include "ModelConfig.h"
#include "SafetensorsFile.h"
#include "TensorIO.h"

#include <torch/torch.h>

#include <QString>

#include <memory>
#include <utility>

namespace a2a {

class LtxAudioConnectorImpl;

class LtxAudioConnector {
public:
    // config: the connector fields (connectorLayers/Heads/HeadDim/Gated/Registers). o may be on
    // torch::kMeta to build the module tree without weights.
    explicit LtxAudioConnector(const ModelConfig &config, const torch::TensorOptions &o = torch::kFloat32);
    ~LtxAudioConnector();
    LtxAudioConnector(LtxAudioConnector &&) noexcept;

    // model.diffusion_model.audio_embeddings_connector.*; "" on success, else the file and the
    // first absent or mis-shaped tensor.
    QString load(const SafetensorsFile &file);

    // features: [n, width] of the valid tokens (n ≤ 1024). Returns context [1024, width] and
    // mask [1024] (float, all ones: the registers un-mask every position).
    std::pair<torch::Tensor, torch::Tensor> run(const torch::Tensor &features) const;
    int sequenceLength() const { return 1024; }
    int width() const;

    torch::nn::Module &module();  // named_parameters(): names without kAudioConnectorPrefix
    // Checkpoint names (with kAudioConnectorPrefix) → tensors.
    NamedTensors checkpointTensors();

private:
    std::shared_ptr<LtxAudioConnectorImpl> d;
};

}  // namespace a2a
