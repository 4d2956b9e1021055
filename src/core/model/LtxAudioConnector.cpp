#include "LtxAudioConnector.h"

#include "CheckpointKeys.h"
#include "TransformerLayers.h"

namespace a2a {
namespace {

// Values ltx-core fixes for the connector whatever the config holds (see the header).
constexpr int64_t kSequence = 1024;        // the tokenizer's max_length
constexpr double kMaxPosition = 4096.0;    // connector_positional_embedding_max_pos[0]
constexpr double kTheta = 10000.0;         // Embeddings1DConnector's default; the configurator passes none
constexpr double kEps = 1e-6;              // rms_norm's and Attention's norm_eps defaults

// _BasicTransformerBlock1D: pre-norm self-attention and feed-forward, no AdaLN.
class ConnectorBlockImpl : public torch::nn::Module {
public:
    ConnectorBlockImpl(int64_t d, int64_t heads, int64_t headDim, bool gated, const torch::TensorOptions &o)
    {
        attn1 = register_module("attn1", LtxAttention(d, d, heads, headDim, kEps, gated, o));
        ff = register_module("ff", LtxFeedForward(d, 4 * d, o));
    }
    // The additive mask ltx-core passes is all zeros once the registers fill the pads, so no
    // mask is added (adding 0 changes nothing).
    torch::Tensor forward(torch::Tensor x, const torch::Tensor &cosA, const torch::Tensor &sinA)
    {
        const auto h = ltxRmsNorm(x, kEps);
        x = attn1(h, h, cosA, sinA, torch::Tensor()) + x;
        return ff(ltxRmsNorm(x, kEps)) + x;
    }
    LtxAttention attn1{nullptr};
    LtxFeedForward ff{nullptr};
};
TORCH_MODULE(ConnectorBlock);

}  // namespace

class LtxAudioConnectorImpl : public torch::nn::Module {
public:
    LtxAudioConnectorImpl(const ModelConfig &c, const torch::TensorOptions &o)
        : width(c.connectorInnerDim()), heads(c.connectorHeads), registers(c.connectorRegisters)
    {
        TORCH_CHECK(c.connectorLayers >= 1 && c.connectorHeads >= 1 && c.connectorHeadDim >= 1,
                    "LtxAudioConnector: the config has no connector (layers ", c.connectorLayers, ")");
        // ltx-core asserts seq_len % num_learnable_registers == 0 before tiling them.
        TORCH_CHECK(registers >= 1 && kSequence % registers == 0, "LtxAudioConnector: ", registers, " registers do not tile ", kSequence);
        learnable_registers = register_parameter("learnable_registers", torch::empty({registers, width}, o));
        if (o.device().type() != torch::kMeta) {
            torch::NoGradGuard noGrad;
            learnable_registers.uniform_(-1.0, 1.0);  // ltx-core's init: rand · 2 − 1
        }
        auto list = torch::nn::ModuleList();
        for (int i = 0; i < c.connectorLayers; ++i) {
            blocks.push_back(ConnectorBlock(width, c.connectorHeads, c.connectorHeadDim, c.connectorGated, o));
            list->push_back(blocks.back());
        }
        register_module("transformer_1d_blocks", list);
    }

    int64_t width, heads, registers;
    torch::Tensor learnable_registers;
    std::vector<ConnectorBlock> blocks;
};

LtxAudioConnector::LtxAudioConnector(const ModelConfig &config, const torch::TensorOptions &o)
    : d(std::make_shared<LtxAudioConnectorImpl>(config, o))
{
}
LtxAudioConnector::~LtxAudioConnector() = default;
LtxAudioConnector::LtxAudioConnector(LtxAudioConnector &&) noexcept = default;

int LtxAudioConnector::width() const { return int(d->width); }
torch::nn::Module &LtxAudioConnector::module() { return *d; }

QString LtxAudioConnector::load(const SafetensorsFile &file)
{
    if (d->learnable_registers.device().type() == torch::kMeta)
        return QStringLiteral("cannot load %1 into an audio connector built on the meta device").arg(file.path());
    const QString err = loadModuleTensors(*d, file, QString::fromLatin1(kAudioConnectorPrefix));
    return err.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(file.path(), err);
}

std::pair<torch::Tensor, torch::Tensor> LtxAudioConnector::run(const torch::Tensor &features) const
{
    TORCH_CHECK(features.dim() == 2 && features.size(1) == d->width && features.size(0) <= kSequence,
                "LtxAudioConnector::run: expected [n ≤ ", kSequence, ", ", d->width, "], got ", features.sizes());
    torch::NoGradGuard noGrad;
    const auto &weights = d->learnable_registers;
    // fp32 compute on a CPU whatever the storage; elsewhere the stored dtype.
    const auto dtype = weights.device().is_cpu() ? torch::kFloat32 : weights.scalar_type();
    const int64_t n = features.size(0);
    // Position p ≥ n holds register p mod R: ltx-core tiles the R registers over the whole
    // sequence and keeps the tiled row wherever the mask is off. Its blend (m·x + (1−m)·reg with
    // m ∈ {0, 1}) is exactly this concatenation.
    const auto tiled = weights.to(dtype).repeat({kSequence / d->registers, 1});
    auto x = torch::cat({features.to(weights.device(), dtype), tiled.narrow(0, n, kSequence - n)}, 0).unsqueeze(0);  // [1, S, D]
    // Integer token indices 0..S−1 as float32, over max_pos 4096 (no middle-of-interval grid).
    const auto positions = torch::arange(kSequence, torch::TensorOptions().dtype(torch::kFloat32).device(weights.device())).unsqueeze(0);
    const auto [cosA, sinA] = ltxRope1d(positions, kMaxPosition, kTheta, d->width, d->heads, dtype);
    for (ConnectorBlock block : d->blocks)  // a holder copy: forward() reads the shared weights only
        x = block->forward(x, cosA, sinA);
    x = ltxRmsNorm(x, kEps);
    // The processor's mask comes from the connector's mask, all zeros after the register fill:
    // every one of the 1024 positions is kept.
    const auto mask = torch::ones({kSequence}, features.options().dtype(torch::kFloat32));
    return {x.squeeze(0).to(features.device()), mask};
}

NamedTensors LtxAudioConnector::checkpointTensors()
{
    NamedTensors out;
    for (const auto &p : d->named_parameters(true))
        out.emplace_back(QString::fromLatin1(kAudioConnectorPrefix) + QString::fromStdString(p.key()), p.value());
    return out;
}

}  // namespace a2a
