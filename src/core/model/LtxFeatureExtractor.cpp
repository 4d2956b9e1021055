#include "LtxFeatureExtractor.h"

#include "CheckpointKeys.h"

#include <cmath>

namespace a2a {
namespace {

QString shapeText(const std::vector<int64_t> &shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

}  // namespace

LtxFeatureExtractor::LtxFeatureExtractor(int textHidden, int hiddenStates, int outWidth, const torch::TensorOptions &o)
    : m_hidden(textHidden), m_states(hiddenStates), m_out(outWidth)
{
    TORCH_CHECK(textHidden > 0 && hiddenStates > 0 && outWidth > 0, "LtxFeatureExtractor: sizes must be positive");
    // Untouched until load() replaces them: a large empty CPU tensor costs address space only.
    m_weight = torch::empty({int64_t(outWidth), int64_t(textHidden) * hiddenStates}, o);
    m_bias = torch::empty({int64_t(outWidth)}, o);
}

QString LtxFeatureExtractor::load(const SafetensorsFile &file)
{
    const QString prefix = QString::fromLatin1(kTextProjectionPrefix);
    const QString wName = prefix + QStringLiteral("weight"), bName = prefix + QStringLiteral("bias");
    const TensorInfo *w = file.info(wName);
    const TensorInfo *b = file.info(bName);
    if (!w || !b)
        return QStringLiteral("the checkpoint has no tensor %1 (the LTX-2.3 feature extractor's audio projection)").arg(w ? bName : wName);
    const int64_t flat = int64_t(m_hidden) * m_states;
    if (w->shape.size() != 2)
        return QStringLiteral("tensor %1 has shape %2, expected a matrix [%3, %4]").arg(wName, shapeText(w->shape)).arg(m_out).arg(flat);
    if (w->shape[1] != flat)
        return QStringLiteral("tensor %1 has shape %2: it takes %3 values per token, but the text encoder gives %4 (hidden %5 × %6 "
                              "hidden states)")
            .arg(wName, shapeText(w->shape))
            .arg(w->shape[1])
            .arg(flat)
            .arg(m_hidden)
            .arg(m_states);
    if (w->shape[0] != m_out)
        return QStringLiteral("tensor %1 has shape %2: it gives %3 features per token, but the audio transformer is %4 wide")
            .arg(wName, shapeText(w->shape))
            .arg(w->shape[0])
            .arg(m_out);
    if (b->shape != std::vector<int64_t>{m_out})
        return QStringLiteral("tensor %1 has shape %2, expected [%3]").arg(bName, shapeText(b->shape)).arg(m_out);
    if (m_weight.device().type() == torch::kMeta)
        return QStringLiteral("cannot load %1 into a feature extractor built on the meta device").arg(file.path());
    torch::NoGradGuard noGrad;
    // Replaced, not copied into: the real projection is 1.5 GB in fp32.
    m_weight = readTensor(file, wName, m_weight.scalar_type()).to(m_weight.device());
    m_bias = readTensor(file, bName, m_bias.scalar_type()).to(m_bias.device());
    return {};
}

torch::Tensor LtxFeatureExtractor::computeType(const torch::Tensor &w) const
{
    // fp32 on a CPU whatever the storage; elsewhere the stored dtype.
    return m_weight.device().is_cpu() && w.scalar_type() != torch::kFloat32 ? w.to(torch::kFloat32) : w;
}

torch::Tensor LtxFeatureExtractor::normalise(const torch::Tensor &states) const
{
    const auto dtype = m_weight.device().is_cpu() ? torch::kFloat32 : m_weight.scalar_type();
    const auto x = states.to(m_weight.device(), dtype);
    // norm_and_concat_per_token_rms, then _rescale_norm(x, out, hidden): the scale is applied
    // elementwise before the projection, as ltx-core does, so the streamed sum sees the same
    // rounded inputs.
    const auto normed = x * torch::rsqrt(x.pow(2).mean(-1, true) + 1e-6);
    return normed * std::sqrt(double(m_out) / double(m_hidden));
}

torch::Tensor LtxFeatureExtractor::stacked(const torch::Tensor &hidden) const
{
    TORCH_CHECK(hidden.dim() == 3 && hidden.size(0) == m_states && hidden.size(2) == m_hidden, "LtxFeatureExtractor::stacked: expected [",
                m_states, ", n, ", m_hidden, "], got ", hidden.sizes());
    torch::NoGradGuard noGrad;
    const int64_t n = hidden.size(1);
    // [L+1, n, hidden] → [n, hidden, L+1] → d-major flat [n, hidden·(L+1)].
    const auto flat = normalise(hidden).permute({1, 2, 0}).reshape({n, int64_t(m_hidden) * m_states});
    return torch::linear(flat, computeType(m_weight), computeType(m_bias)).to(hidden.device());
}

void LtxFeatureExtractor::begin(const std::vector<int64_t> &tokenCounts)
{
    torch::NoGradGuard noGrad;
    const auto dtype = m_weight.device().is_cpu() ? torch::kFloat32 : m_weight.scalar_type();
    m_acc.clear();
    for (int64_t n : tokenCounts) {
        TORCH_CHECK(n >= 0, "LtxFeatureExtractor::begin: negative token count");
        m_acc.push_back(torch::zeros({n, int64_t(m_out)}, m_weight.options().dtype(dtype)));
    }
    m_seen.assign(size_t(m_states), false);
}

void LtxFeatureExtractor::addLayer(int layer, const std::vector<torch::Tensor> &states)
{
    TORCH_CHECK(layer >= 0 && layer < m_states, "LtxFeatureExtractor::addLayer: layer ", layer, " outside 0..", m_states - 1);
    TORCH_CHECK(states.size() == m_acc.size(), "LtxFeatureExtractor::addLayer: ", states.size(), " captions, begin() had ", m_acc.size());
    TORCH_CHECK(!m_seen[size_t(layer)], "LtxFeatureExtractor::addLayer: layer ", layer, " added twice");
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> rows;
    for (size_t i = 0; i < states.size(); ++i) {
        TORCH_CHECK(states[i].dim() == 2 && states[i].size(0) == m_acc[i].size(0) && states[i].size(1) == m_hidden,
                    "LtxFeatureExtractor::addLayer: caption ", i, " expected [", m_acc[i].size(0), ", ", m_hidden, "], got ", states[i].sizes());
        rows.push_back(states[i]);
    }
    m_seen[size_t(layer)] = true;
    if (rows.empty())
        return;
    // All captions in one matmul against layer l's slice W[:, l::L+1] ([out, hidden], strided;
    // made contiguous once per layer, 31 MB at the real size).
    const auto slice = m_weight.view({m_out, m_hidden, m_states}).select(2, layer).contiguous();
    const auto y = torch::linear(normalise(torch::cat(rows, 0)), computeType(slice));
    int64_t at = 0;
    for (auto &acc : m_acc) {
        const int64_t n = acc.size(0);
        acc.add_(y.narrow(0, at, n));
        at += n;
    }
}

std::vector<torch::Tensor> LtxFeatureExtractor::finish()
{
    for (int l = 0; l < m_states; ++l)
        TORCH_CHECK(m_seen.size() == size_t(m_states) && m_seen[size_t(l)], "LtxFeatureExtractor::finish: layer ", l, " was never added");
    torch::NoGradGuard noGrad;
    std::vector<torch::Tensor> out;
    const auto bias = computeType(m_bias);
    for (auto &acc : m_acc)
        out.push_back(acc + bias);
    m_acc.clear();
    m_seen.clear();
    return out;
}

NamedTensors LtxFeatureExtractor::checkpointTensors()
{
    const QString prefix = QString::fromLatin1(kTextProjectionPrefix);
    return {{prefix + QStringLiteral("weight"), m_weight}, {prefix + QStringLiteral("bias"), m_bias}};
}

}  // namespace a2a
