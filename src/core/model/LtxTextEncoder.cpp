#include "LtxTextEncoder.h"

#include "CheckpointKeys.h"
#include "Gemma3TextModel.h"
#include "GemmaTokenizer.h"
#include "LtxAudioConnector.h"
#include "LtxFeatureExtractor.h"
#include "ModelConfig.h"
#include "SafetensorsFile.h"
#include "TensorIO.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace a2a {
namespace {

// The connector and projection are ~0.8 GB in the real file: their header entries plus a sample
// of every tensor's bytes identify them without reading them all at each start.
void addFingerprint(QCryptographicHash &hash, const SafetensorsFile &file, const QString &prefix)
{
    constexpr int64_t whole = 4 << 20, piece = 64 << 10;
    for (const QString &name : file.tensorNames()) {
        if (!name.startsWith(prefix))
            continue;
        const TensorInfo *info = file.info(name);
        const char *bytes = reinterpret_cast<const char *>(file.data(name));
        const int64_t size = info->end - info->begin;
        hash.addData(name.toUtf8());
        hash.addData(dtypeName(info->dtype).toUtf8());
        for (int64_t d : info->shape)
            hash.addData(QByteArray::number(qlonglong(d)));
        if (size <= whole) {
            hash.addData(QByteArrayView(bytes, size));
        } else {
            for (const int64_t at : {int64_t(0), size / 2 - piece / 2, size - piece})
                hash.addData(QByteArrayView(bytes + at, piece));
        }
    }
}

}  // namespace

QString defaultTextCacheDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/a2a-studio/text");
}

LtxTextEncoder::LtxTextEncoder() = default;
LtxTextEncoder::~LtxTextEncoder() = default;

std::unique_ptr<LtxTextEncoder> LtxTextEncoder::load(const QString &checkpointPath, const QString &gemmaFolder, QString *error, const QString &cacheDir,
                                                     const LtxTextShape &withoutGemma)
{
    const QString fileName = QFileInfo(checkpointPath).fileName();
    const auto file = SafetensorsFile::open(checkpointPath, error);
    if (!file)
        return nullptr;
    ModelConfig config;
    QString why;
    if (!ModelConfig::fromMetadataConfig(file->metadata().value(QStringLiteral("config")), &config, &why)) {
        *error = QStringLiteral("%1: %2").arg(fileName, why);
        return nullptr;
    }
    if (config.connectorLayers < 1) {
        *error = QStringLiteral("%1 has no audio embeddings connector in its config: it is not an LTX-2.3 base").arg(fileName);
        return nullptr;
    }
    std::unique_ptr<LtxTextEncoder> e(new LtxTextEncoder());
    if (!gemmaFolder.isEmpty()) {
        e->m_gemma = Gemma3TextModel::open(gemmaFolder, &why);
        if (!e->m_gemma) {
            *error = why;
            return nullptr;
        }
        e->m_shape = {e->m_gemma->config().hiddenSize, e->m_gemma->config().numLayers + 1};
    } else {
        e->m_shape = withoutGemma;
    }
    e->m_checkpointPath = checkpointPath;
    e->m_config = config;
    e->m_features = std::make_unique<LtxFeatureExtractor>(e->m_shape.hidden, e->m_shape.hiddenStates, config.innerDim());
    if (why = e->m_features->load(*file); !why.isEmpty()) {
        *error = QStringLiteral("%1: %2 (the text encoder gives %3 × %4 hidden-state values per token)")
                     .arg(fileName, why)
                     .arg(e->m_shape.hiddenStates)
                     .arg(e->m_shape.hidden);
        return nullptr;
    }
    e->m_width = config.innerDim();
    e->m_connector = std::make_unique<LtxAudioConnector>(config);
    if (why = e->m_connector->load(*file); !why.isEmpty()) {
        *error = QStringLiteral("%1: %2").arg(fileName, why);
        return nullptr;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    addFingerprint(hash, *file, QString::fromLatin1(kAudioConnectorPrefix));
    addFingerprint(hash, *file, QString::fromLatin1(kTextProjectionPrefix));
    e->m_name = QStringLiteral("ltx23-text/%1/%2").arg(e->m_gemma ? e->m_gemma->identity() : QStringLiteral("no-gemma"),
                                                       QString::fromLatin1(hash.result().toHex().left(16)));
    e->m_cacheDir = cacheDir.isEmpty() ? defaultTextCacheDir() : cacheDir;
    QDir().mkpath(e->m_cacheDir);
    return e;
}

int LtxTextEncoder::width() const { return m_width; }

std::vector<int64_t> LtxTextEncoder::tokenize(const QString &text) const { return m_gemma->tokenizer().encode(text, maxTokens()); }

torch::Tensor LtxTextEncoder::hiddenStates(const std::vector<int64_t> &ids) const { return m_gemma->hiddenStates(ids); }

bool LtxTextEncoder::loadProjectionAndConnector() const
{
    if (m_features && m_connector)
        return true;
    QString error;
    const auto file = SafetensorsFile::open(m_checkpointPath, &error);
    if (!file)
        return false;
    auto features = std::make_unique<LtxFeatureExtractor>(m_shape.hidden, m_shape.hiddenStates, m_config.innerDim());
    auto connector = std::make_unique<LtxAudioConnector>(m_config);
    if (!features->load(*file).isEmpty() || !connector->load(*file).isEmpty())
        return false;  // load() checked the same file: only a file changed since can fail here
    m_features = std::move(features);
    m_connector = std::move(connector);
    return true;
}

void LtxTextEncoder::releaseProjectionAndConnector() const
{
    m_features.reset();
    m_connector.reset();
}

torch::Tensor LtxTextEncoder::audioPromptEmbeds(const torch::Tensor &hidden) const
{
    torch::NoGradGuard noGrad;
    TORCH_CHECK(loadProjectionAndConnector(), "the text projection of the base can no longer be read");
    return m_features->stacked(hidden);
}

TextContext LtxTextEncoder::connect(const torch::Tensor &embeds) const
{
    torch::NoGradGuard noGrad;
    TORCH_CHECK(loadProjectionAndConnector(), "the audio connector of the base can no longer be read");
    const auto [context, mask] = m_connector->run(embeds);
    return {context, mask};
}

QString LtxTextEncoder::cacheKey(const QString &text) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_name.toUtf8());
    hash.addData(QByteArrayLiteral("\n"));
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(40));
}

TextContext LtxTextEncoder::fromCache(const QString &text) const
{
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_memory.constFind(text);
        if (it != m_memory.constEnd())
            return it.value();
    }
    const QString path = QDir(m_cacheDir).filePath(cacheKey(text) + QStringLiteral(".safetensors"));
    if (!QFile::exists(path))
        return {};
    QString error;
    const auto file = SafetensorsFile::open(path, &error);
    if (!file || !file->contains(QStringLiteral("context")) || !file->contains(QStringLiteral("context_mask")))
        return {};  // a damaged entry is simply encoded again
    TextContext c{readTensor(*file, QStringLiteral("context")), readTensor(*file, QStringLiteral("context_mask"))};
    if (c.context.dim() != 2 || c.context.size(1) != width())
        return {};
    QMutexLocker lock(&m_mutex);
    m_memory.insert(text, c);
    return c;
}

void LtxTextEncoder::remember(const QString &text, const TextContext &c) const
{
    writeTensors(QDir(m_cacheDir).filePath(cacheKey(text) + QStringLiteral(".safetensors")),
                 {{QStringLiteral("context"), c.context}, {QStringLiteral("context_mask"), c.mask}}, {{QStringLiteral("encoder"), m_name}});
    QMutexLocker lock(&m_mutex);
    m_memory.insert(text, c);
}

QStringList LtxTextEncoder::uncached(const QStringList &texts) const
{
    QStringList out;
    for (const QString &t : texts)
        if (!out.contains(t) && !fromCache(t).context.defined())
            out << t;
    return out;
}

bool LtxTextEncoder::prepare(const QStringList &texts, const std::function<bool(int, int)> &progress, QString *error) const
{
    const QStringList todo = uncached(texts);
    if (todo.isEmpty())
        return true;
    if (!m_gemma) {
        *error = QStringLiteral("no Gemma-3 text encoder folder was given");
        return false;
    }
    std::vector<std::vector<int64_t>> ids;
    std::vector<int64_t> counts;
    for (const QString &t : todo) {
        ids.push_back(tokenize(t));
        counts.push_back(int64_t(ids.back().size()));
    }
    torch::NoGradGuard noGrad;
    if (!loadProjectionAndConnector()) {
        *error = QStringLiteral("the text projection and audio connector of %1 can no longer be read").arg(QFileInfo(m_checkpointPath).fileName());
        return false;
    }
    // Gemma streams its layers once for all captions; the projection is accumulated per layer, so
    // the [n, hidden × (L + 1)] stack is never held.
    m_features->begin(counts);
    const int total = textLayers();
    const QString failed = m_gemma->forEachHiddenState(ids, [&](int layer, const std::vector<torch::Tensor> &states) {
        m_features->addLayer(layer, states);
        return !progress || progress(layer + 1, total);
    });
    if (!failed.isEmpty()) {
        *error = failed == QLatin1String("cancelled") ? QStringLiteral("cancelled") : QStringLiteral("text encoder: %1").arg(failed);
        return false;
    }
    const std::vector<torch::Tensor> embeds = m_features->finish();
    for (size_t i = 0; i < embeds.size(); ++i)
        remember(todo[int(i)], connect(embeds[i]));
    releaseProjectionAndConnector();
    return true;
}

TextContext LtxTextEncoder::encode(const QString &text) const
{
    TextContext c = fromCache(text);
    if (c.context.defined())
        return c;
    QString error;
    if (!prepare({text}, {}, &error))
        return {};
    return fromCache(text);
}

}  // namespace a2a
