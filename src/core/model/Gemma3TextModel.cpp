#include "Gemma3TextModel.h"

#include "TensorIO.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

#include <sys/mman.h>
#include <unistd.h>

namespace a2a {

// ---------------------------------------------------------------------------------------------- the math

namespace {

// Drops this process's mapping of a tensor's pages once it has been copied out. The pages stay in the page
// cache (re-reading refaults them from there), but they stop counting as resident here, so streaming a 24 GB
// checkpoint does not leave 24 GB of touched file pages in the RSS. Safe because the mapping is a read-only
// file mapping (SafetensorsFile always memory-maps), whose contents a page discard cannot change.
void releasePages(const SafetensorsFile &file, const QString &name)
{
#ifdef MADV_DONTNEED
    const TensorInfo *info = file.info(name);
    const uchar *p = file.data(name);
    if (!info || !p || info->end <= info->begin)
        return;
    const uintptr_t page = uintptr_t(sysconf(_SC_PAGESIZE));
    const uintptr_t b = uintptr_t(p) & ~(page - 1);
    const uintptr_t e = (uintptr_t(p) + uintptr_t(info->end - info->begin) + page - 1) & ~(page - 1);
    madvise(reinterpret_cast<void *>(b), e - b, MADV_DONTNEED);
#endif
}

QString shapeText(const std::vector<int64_t> &shape)
{
    QStringList parts;
    for (int64_t d : shape)
        parts << QString::number(d);
    return QStringLiteral("[%1]").arg(parts.join(QStringLiteral(", ")));
}

// Gemma3RMSNorm: normalise in fp32, scale by (1 + w), cast back to the input's dtype.
torch::Tensor gemmaNorm(const torch::Tensor &x, const torch::Tensor &w, double eps)
{
    const auto xf = x.to(torch::kFloat32);
    auto y = xf * torch::rsqrt(xf.pow(2).mean(-1, /*keepdim=*/true) + eps);
    y = y * (w.to(torch::kFloat32) + 1.0);
    return y.to(x.scalar_type());
}

torch::Tensor rotateHalf(const torch::Tensor &x)
{
    const int64_t half = x.size(-1) / 2;
    return torch::cat({-x.slice(-1, half), x.slice(-1, 0, half)}, -1);
}

// cos/sin [maxLen, headDim] in fp32 exactly as HF builds them: inv_freq = 1 / base^(2j/d) in fp32, divided by
// the linear factor, angles = position · inv_freq (one fp32 product), duplicated over both halves.
std::pair<torch::Tensor, torch::Tensor> ropeTables(double base, double factor, int headDim, int64_t maxLen)
{
    const auto exponents = torch::arange(0, headDim, 2, torch::kInt64).to(torch::kFloat32) / double(headDim);
    auto inv = torch::reciprocal(torch::pow(base, exponents));
    if (factor != 1.0)
        inv = inv / factor;
    const auto freqs = torch::outer(torch::arange(maxLen, torch::kInt64).to(torch::kFloat32), inv);
    const auto emb = torch::cat({freqs, freqs}, -1);
    return {emb.cos(), emb.sin()};
}

// [T, T] bool: query q may attend key k. Causal; local layers also need k > q − window (HF
// sliding_window_overlay); keyValid drops padding keys.
torch::Tensor allowedKeys(int64_t T, bool global, int window, const torch::Tensor &keyValid)
{
    const auto q = torch::arange(T, torch::kInt64).unsqueeze(1);
    const auto k = torch::arange(T, torch::kInt64).unsqueeze(0);
    auto allowed = k <= q;
    if (!global)
        allowed = allowed.logical_and(k > q - int64_t(window));
    if (keyValid.defined())
        allowed = allowed.logical_and(keyValid.to(torch::kCPU).view({1, T}));
    return allowed;
}

}  // namespace

struct Gemma3TextModel::LayerWeights {
    torch::Tensor inputNorm, postAttnNorm, preFfNorm, postFfNorm;
    torch::Tensor q, k, v, o, qNorm, kNorm;
    torch::Tensor gate, up, down;
};

torch::Tensor Gemma3TextModel::decoderLayer(const torch::Tensor &x, const LayerWeights &w, const Gemma3Config &c,
                                            const torch::Tensor &cos, const torch::Tensor &sin, const torch::Tensor &allowed)
{
    const int64_t B = x.size(0), T = x.size(1), H = c.numHeads, KV = c.numKvHeads, D = c.headDim;
    const auto xn = gemmaNorm(x, w.inputNorm, c.rmsNormEps);
    auto q = torch::linear(xn, w.q).view({B, T, H, D}).transpose(1, 2);
    auto k = torch::linear(xn, w.k).view({B, T, KV, D}).transpose(1, 2);
    auto v = torch::linear(xn, w.v).view({B, T, KV, D}).transpose(1, 2);
    // Per-head norms over head_dim come before RoPE (HF Gemma3Attention).
    q = gemmaNorm(q, w.qNorm, c.rmsNormEps);
    k = gemmaNorm(k, w.kNorm, c.rmsNormEps);
    const auto cs = cos.view({1, 1, T, D}).to(x.scalar_type());
    const auto sn = sin.view({1, 1, T, D}).to(x.scalar_type());
    q = q * cs + rotateHalf(q) * sn;
    k = k * cs + rotateHalf(k) * sn;
    if (H != KV) {
        // HF repeat_kv: query head h reads kv head h / (H / KV).
        k = k.repeat_interleave(H / KV, 1);
        v = v.repeat_interleave(H / KV, 1);
    }
    auto scores = torch::matmul(q, k.transpose(-1, -2)) * std::pow(c.queryPreAttnScalar, -0.5);
    // HF adds finfo.min to masked scores and softmaxes in fp32; filling in fp32 keeps the fill value finite
    // for any compute dtype, so a row with no allowed key (a pad query) stays finite instead of NaN.
    scores = scores.to(torch::kFloat32).masked_fill(allowed.logical_not(), std::numeric_limits<float>::lowest());
    const auto probs = torch::softmax(scores, -1).to(x.scalar_type());
    auto attn = torch::matmul(probs, v).transpose(1, 2).reshape({B, T, H * D});
    attn = torch::linear(attn, w.o);
    const auto h = x + gemmaNorm(attn, w.postAttnNorm, c.rmsNormEps);
    const auto y = gemmaNorm(h, w.preFfNorm, c.rmsNormEps);
    const auto mlp = torch::linear(torch::gelu(torch::linear(y, w.gate), "tanh") * torch::linear(y, w.up), w.down);
    return h + gemmaNorm(mlp, w.postFfNorm, c.rmsNormEps);
}

// ---------------------------------------------------------------------------------------------- open

Gemma3TextModel::~Gemma3TextModel() = default;

std::unique_ptr<Gemma3TextModel> Gemma3TextModel::open(const QString &folder, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return nullptr;
    };
    const QDir dir(folder);
    if (!dir.exists())
        return fail(QStringLiteral("%1: no such folder (expected a Gemma-3 text encoder folder)").arg(folder));
    std::unique_ptr<Gemma3TextModel> m(new Gemma3TextModel);
    m->m_folder = dir.absolutePath();

    const QString configPath = dir.filePath(QStringLiteral("config.json"));
    QFile configFile(configPath);
    if (!configFile.exists())
        return fail(QStringLiteral("%1: no such file (a Gemma-3 text encoder folder needs config.json)").arg(configPath));
    if (!configFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("%1: cannot be read: %2").arg(configPath, configFile.errorString()));
    QJsonParseError parseError;
    const QJsonDocument configDoc = QJsonDocument::fromJson(configFile.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !configDoc.isObject())
        return fail(QStringLiteral("%1: not a JSON object (%2)").arg(configPath, parseError.errorString()));
    QString why;
    if (!Gemma3Config::fromJson(configDoc.object(), &m->m_config, &why))
        return fail(QStringLiteral("%1: %2").arg(configPath, why));
    const Gemma3Config &c = m->m_config;

    const QString tokenizerPath = dir.filePath(QStringLiteral("tokenizer.model"));
    m->m_tokenizer = GemmaTokenizer::load(tokenizerPath, &why);
    if (!m->m_tokenizer)
        return fail(why);
    // Gemma's embedding may have more rows than pieces (262208 vs 262144), never fewer.
    if (m->m_tokenizer->vocabSize() > c.vocabSize)
        return fail(QStringLiteral("%1: %2 pieces do not fit the %3-row vocabulary of %4")
                        .arg(tokenizerPath)
                        .arg(m->m_tokenizer->vocabSize())
                        .arg(c.vocabSize)
                        .arg(configPath));

    // Where each tensor lives: the index's weight_map, or the single model.safetensors.
    const QString indexPath = dir.filePath(QStringLiteral("model.safetensors.index.json"));
    const QString singlePath = dir.filePath(QStringLiteral("model.safetensors"));
    QMap<QString, QString> fileOf;  // full tensor name → file name in the folder
    QMap<QString, const SafetensorsFile *> opened;
    auto openShard = [&](const QString &fileName, const QString &forTensor) -> const SafetensorsFile * {
        if (opened.contains(fileName))
            return opened.value(fileName);
        const QString path = dir.filePath(fileName);
        if (!QFileInfo::exists(path)) {
            why = QStringLiteral("%1: no such file (model.safetensors.index.json lists it for %2)").arg(path, forTensor);
            return nullptr;
        }
        QString openError;
        auto file = SafetensorsFile::open(path, &openError);
        if (!file) {
            why = QStringLiteral("%1: %2").arg(path, openError);
            return nullptr;
        }
        m->m_shards.push_back(std::move(file));
        opened.insert(fileName, m->m_shards.back().get());
        return m->m_shards.back().get();
    };
    if (QFileInfo::exists(indexPath)) {
        QFile indexFile(indexPath);
        if (!indexFile.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: cannot be read: %2").arg(indexPath, indexFile.errorString()));
        const QJsonDocument indexDoc = QJsonDocument::fromJson(indexFile.readAll(), &parseError);
        if (parseError.error != QJsonParseError::NoError || !indexDoc.object().value(QStringLiteral("weight_map")).isObject())
            return fail(QStringLiteral("%1: not a safetensors index (no \"weight_map\" object)").arg(indexPath));
        const QJsonObject map = indexDoc.object().value(QStringLiteral("weight_map")).toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            const QString shard = it.value().toString();
            // Shards are plain names in the folder; anything else could reach outside it.
            if (shard.isEmpty() || shard.contains(QLatin1Char('/')) || shard.contains(QLatin1Char('\\')) || shard == QLatin1String(".."))
                return fail(QStringLiteral("%1: tensor %2 maps to \"%3\", not a file name in the folder").arg(indexPath, it.key(), shard));
            fileOf.insert(it.key(), shard);
        }
    } else if (QFileInfo::exists(singlePath)) {
        if (!openShard(QStringLiteral("model.safetensors"), QString()))
            return fail(why);
        for (const QString &name : opened.first()->tensorNames())
            fileOf.insert(name, QStringLiteral("model.safetensors"));
    } else {
        return fail(QStringLiteral("%1: neither model.safetensors nor model.safetensors.index.json is there").arg(m->m_folder));
    }
    const QString source = QFileInfo::exists(indexPath) ? indexPath : singlePath;

    for (const char *p : {"language_model.model.", "model.language_model.", "model."}) {
        if (fileOf.contains(QLatin1String(p) + QLatin1String("embed_tokens.weight"))) {
            m->m_prefix = QLatin1String(p);
            break;
        }
    }
    if (m->m_prefix.isEmpty())
        return fail(QStringLiteral("%1: no embed_tokens.weight under language_model.model., model.language_model. or model.; not a Gemma-3 checkpoint").arg(source));

    // Every tensor the decoder reads, with the shape config.json implies.
    const int64_t hid = c.hiddenSize, q = int64_t(c.numHeads) * c.headDim, kv = int64_t(c.numKvHeads) * c.headDim;
    const int64_t inter = c.intermediateSize;
    std::vector<std::pair<QString, std::vector<int64_t>>> needed{{QStringLiteral("embed_tokens.weight"), {c.vocabSize, hid}}};
    for (int l = 0; l < c.numLayers; ++l) {
        const QString p = QStringLiteral("layers.%1.").arg(l);
        for (const char *n : {"input_layernorm", "post_attention_layernorm", "pre_feedforward_layernorm", "post_feedforward_layernorm"})
            needed.push_back({p + QLatin1String(n) + QLatin1String(".weight"), {hid}});
        needed.push_back({p + QStringLiteral("self_attn.q_proj.weight"), {q, hid}});
        needed.push_back({p + QStringLiteral("self_attn.k_proj.weight"), {kv, hid}});
        needed.push_back({p + QStringLiteral("self_attn.v_proj.weight"), {kv, hid}});
        needed.push_back({p + QStringLiteral("self_attn.o_proj.weight"), {hid, q}});
        needed.push_back({p + QStringLiteral("self_attn.q_norm.weight"), {c.headDim}});
        needed.push_back({p + QStringLiteral("self_attn.k_norm.weight"), {c.headDim}});
        needed.push_back({p + QStringLiteral("mlp.gate_proj.weight"), {inter, hid}});
        needed.push_back({p + QStringLiteral("mlp.up_proj.weight"), {inter, hid}});
        needed.push_back({p + QStringLiteral("mlp.down_proj.weight"), {hid, inter}});
    }
    needed.push_back({QStringLiteral("norm.weight"), {hid}});

    for (const auto &[name, shape] : needed) {
        const QString full = m->m_prefix + name;
        if (!fileOf.contains(full))
            return fail(QStringLiteral("%1: tensor %2 is missing").arg(source, full));
        const SafetensorsFile *file = openShard(fileOf.value(full), full);
        if (!file)
            return fail(why);
        const TensorInfo *info = file->info(full);
        if (!info)
            return fail(QStringLiteral("%1: has no tensor %2 (model.safetensors.index.json puts it there)").arg(file->path(), full));
        if (info->shape != shape)
            return fail(QStringLiteral("%1: tensor %2 has shape %3 but %4 needs %5")
                            .arg(file->path(), full, shapeText(info->shape), configPath, shapeText(shape)));
        m->m_tensors.insert(name, Located{file, full});
        m->m_names << name;
    }
    return m;
}

// ---------------------------------------------------------------------------------------------- identity

QString Gemma3TextModel::identity() const
{
    if (!m_identity.isEmpty())
        return m_identity;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    auto addText = [&](const QString &s) {
        const QByteArray b = s.toUtf8();
        hash.addData(QByteArray::number(b.size()) + ':' + b);
    };
    addText(QStringLiteral("a2a-gemma3-text-v1"));
    for (const char *f : {"config.json", "tokenizer.model"}) {
        QFile file(QDir(m_folder).filePath(QLatin1String(f)));
        const QByteArray bytes = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        addText(QLatin1String(f));
        hash.addData(QByteArray::number(bytes.size()) + ':' + bytes);
    }
    constexpr int64_t kFull = 4 << 20, kSample = 64 << 10;
    for (const QString &name : m_names) {
        const Located &loc = m_tensors[name];
        const TensorInfo *info = loc.file->info(loc.fullName);
        addText(name);
        addText(dtypeName(info->dtype));
        addText(shapeText(info->shape));
        const int64_t size = info->end - info->begin;
        const char *bytes = reinterpret_cast<const char *>(loc.file->data(loc.fullName));
        if (size <= kFull) {
            hash.addData(QByteArrayView(bytes, size));
        } else {
            hash.addData(QByteArrayView(bytes, kSample));
            hash.addData(QByteArrayView(bytes + (size - kSample) / 2, kSample));
            hash.addData(QByteArrayView(bytes + size - kSample, kSample));
        }
    }
    m_identity = QString::fromLatin1(hash.result().toHex().left(16));
    return m_identity;
}

// ---------------------------------------------------------------------------------------------- forward

torch::ScalarType Gemma3TextModel::storedDtype() const
{
    const Located &loc = m_tensors[QStringLiteral("embed_tokens.weight")];
    return torchType(loc.file->info(loc.fullName)->dtype);
}

torch::Tensor Gemma3TextModel::weight(const QString &name, torch::ScalarType dtype, torch::Device device) const
{
    const Located &loc = m_tensors[name];
    // Off CPU: copy in the stored dtype, then move, so no fp32 staging copy of a bf16 layer sits in host memory.
    auto t = device.is_cpu() ? readTensor(*loc.file, loc.fullName, dtype)
                             : readTensor(*loc.file, loc.fullName, torchType(loc.file->info(loc.fullName)->dtype)).to(device, dtype);
    releasePages(*loc.file, loc.fullName);
    return t;
}

Gemma3TextModel::LayerWeights Gemma3TextModel::readLayer(int layer, torch::ScalarType dtype, torch::Device device) const
{
    const QString p = QStringLiteral("layers.%1.").arg(layer);
    auto get = [&](const char *n) { return weight(p + QLatin1String(n), dtype, device); };
    LayerWeights w;
    w.inputNorm = get("input_layernorm.weight");
    w.postAttnNorm = get("post_attention_layernorm.weight");
    w.preFfNorm = get("pre_feedforward_layernorm.weight");
    w.postFfNorm = get("post_feedforward_layernorm.weight");
    w.q = get("self_attn.q_proj.weight");
    w.k = get("self_attn.k_proj.weight");
    w.v = get("self_attn.v_proj.weight");
    w.o = get("self_attn.o_proj.weight");
    w.qNorm = get("self_attn.q_norm.weight");
    w.kNorm = get("self_attn.k_norm.weight");
    w.gate = get("mlp.gate_proj.weight");
    w.up = get("mlp.up_proj.weight");
    w.down = get("mlp.down_proj.weight");
    return w;
}

torch::Tensor Gemma3TextModel::embed(const std::vector<int64_t> &ids, torch::ScalarType dtype, torch::Device device) const
{
    const Located &loc = m_tensors[QStringLiteral("embed_tokens.weight")];
    const TensorInfo *info = loc.file->info(loc.fullName);
    const auto stored = torchType(info->dtype);
    // Gather the rows straight from the mapping: reading the whole table (2 GB in fp32 for 12B) would be
    // the single largest allocation of the run, for the few hundred rows a caption uses.
    const auto table = torch::from_blob(const_cast<uchar *>(loc.file->data(loc.fullName)), info->shape, torch::TensorOptions().dtype(stored));
    const auto index = torch::tensor(std::vector<int64_t>(ids), torch::kInt64);
    const auto rows = table.index_select(0, index).to(device, dtype);
    releasePages(*loc.file, loc.fullName);
    // HF multiplies by embed_scale.to(weight.dtype): √hidden rounded to the stored dtype (62.0 for bf16 12B).
    const auto scale = torch::scalar_tensor(float(std::sqrt(double(m_config.hiddenSize))), torch::kFloat32).to(stored).to(device, dtype);
    return rows * scale;
}

QString Gemma3TextModel::checkIds(const std::vector<std::vector<int64_t>> &ids) const
{
    if (ids.empty())
        return QStringLiteral("no captions to encode");
    for (size_t i = 0; i < ids.size(); ++i) {
        if (ids[i].empty())
            return QStringLiteral("caption %1 has no tokens (the tokenizer always gives at least the BOS)").arg(i);
        for (int64_t id : ids[i])
            if (id < 0 || id >= m_config.vocabSize)
                return QStringLiteral("caption %1 has token id %2 outside the vocabulary of %3").arg(i).arg(id).arg(m_config.vocabSize);
    }
    return {};
}

QString Gemma3TextModel::stream(std::vector<torch::Tensor> h, const std::vector<torch::Tensor> &keyValid,
                                const std::function<bool(int, const std::vector<torch::Tensor> &)> &onLayer, torch::Device device,
                                torch::ScalarType dtype) const
{
    torch::NoGradGuard noGrad;
    const Gemma3Config &c = m_config;
    int64_t maxLen = 0;
    for (const auto &x : h)
        maxLen = std::max(maxLen, x.size(1));
    // Tables for positions 0..maxLen−1; each caption takes its first T rows, identical to a table of its own.
    auto [localCos, localSin] = ropeTables(c.ropeLocalBaseFreq, 1.0, c.headDim, maxLen);
    auto [globalCos, globalSin] = ropeTables(c.ropeTheta, c.ropeLinearFactor, c.headDim, maxLen);
    localCos = localCos.to(device), localSin = localSin.to(device), globalCos = globalCos.to(device), globalSin = globalSin.to(device);
    auto report = [&](int layer) {
        std::vector<torch::Tensor> states;
        states.reserve(h.size());
        for (const auto &x : h)
            states.push_back(x[0].to(torch::kFloat32));
        return onLayer(layer, states);
    };
    if (!report(0))
        return QStringLiteral("cancelled");
    for (int l = 0; l < c.numLayers; ++l) {
        const bool global = c.globalLayers[size_t(l)];
        {
            const LayerWeights w = readLayer(l, dtype, device);  // freed at the end of this scope
            for (size_t i = 0; i < h.size(); ++i) {
                const int64_t T = h[i].size(1);
                const auto allowed = allowedKeys(T, global, c.slidingWindow, keyValid[i]).to(device);
                h[i] = decoderLayer(h[i], w, c, (global ? globalCos : localCos).slice(0, 0, T),
                                    (global ? globalSin : localSin).slice(0, 0, T), allowed);
            }
        }
        if (l == c.numLayers - 1) {
            // HF returns norm(last layer output) as the last hidden state, in place of the raw output.
            const auto norm = weight(QStringLiteral("norm.weight"), dtype, device);
            for (auto &x : h)
                x = gemmaNorm(x, norm, c.rmsNormEps);
        }
        if (!report(l + 1))
            return QStringLiteral("cancelled");
    }
    return {};
}

QString Gemma3TextModel::forEachHiddenState(const std::vector<std::vector<int64_t>> &ids,
                                            const std::function<bool(int, const std::vector<torch::Tensor> &)> &onLayer,
                                            torch::Device device) const
{
    const QString bad = checkIds(ids);
    if (!bad.isEmpty())
        return bad;
    torch::NoGradGuard noGrad;
    const auto dtype = device.is_cpu() ? torch::kFloat32 : storedDtype();
    std::vector<torch::Tensor> h;
    for (const auto &caption : ids)
        h.push_back(embed(caption, dtype, device).unsqueeze(0));
    return stream(std::move(h), std::vector<torch::Tensor>(ids.size()), onLayer, device, dtype);
}

torch::Tensor Gemma3TextModel::hiddenStates(const std::vector<int64_t> &ids) const
{
    std::vector<torch::Tensor> layers;
    const QString err = forEachHiddenState({ids}, [&](int, const std::vector<torch::Tensor> &s) {
        layers.push_back(s[0]);
        return true;
    });
    return err.isEmpty() ? torch::stack(layers) : torch::Tensor();
}

torch::Tensor Gemma3TextModel::hiddenStatesLeftPadded(const std::vector<int64_t> &ids, int length) const
{
    if (length < int64_t(ids.size()) || !checkIds({ids}).isEmpty())
        return {};
    torch::NoGradGuard noGrad;
    const int64_t pads = length - int64_t(ids.size());
    std::vector<int64_t> padded(size_t(pads), int64_t(m_tokenizer->padId()));
    padded.insert(padded.end(), ids.begin(), ids.end());
    auto keyValid = torch::ones({length}, torch::kBool);
    keyValid.slice(0, 0, pads).fill_(false);
    std::vector<torch::Tensor> layers;
    const QString err = stream({embed(padded, torch::kFloat32, torch::kCPU).unsqueeze(0)}, {keyValid},
                               [&](int, const std::vector<torch::Tensor> &s) {
                                   layers.push_back(s[0]);
                                   return true;
                               },
                               torch::kCPU, torch::kFloat32);
    return err.isEmpty() ? torch::stack(layers) : torch::Tensor();
}

}  // namespace a2a
