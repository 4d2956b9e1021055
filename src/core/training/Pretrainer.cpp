#include "Pretrainer.h"

#include "FlowMatching.h"
#include "IcLoraStrategy.h"
#include "audio/AudioBuffer.h"
#include "model/AudioCodec.h"
#include "model/BaseModelLoader.h"
#include "model/TextEncoder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace a2a {
namespace {

AudioBuffer stereo(const std::vector<float> &mono, int rate)
{
    AudioBuffer b;
    b.sampleRate = rate;
    b.channels = 2;
    b.samples.reserve(mono.size() * 2);
    for (float v : mono)
        b.samples.insert(b.samples.end(), {v, v});
    return b;
}

// Bounded queue between the pair producer and the training loop.
class ExampleQueue {
public:
    void push(TrainingExample ex)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [&] { return m_items.size() < 16 || m_closed; });
        if (m_closed)
            return;
        m_items.push_back(std::move(ex));
        m_ready.notify_one();
    }
    bool pop(TrainingExample *ex)
    {
        std::unique_lock lock(m_mutex);
        m_ready.wait(lock, [&] { return !m_items.empty() || m_closed; });
        if (m_items.empty())
            return false;
        *ex = std::move(m_items.front());
        m_items.pop_front();
        m_space.notify_one();
        return true;
    }
    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_ready.notify_all();
        m_space.notify_all();
    }
    bool closed()
    {
        std::lock_guard lock(m_mutex);
        return m_closed;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_ready, m_space;
    std::deque<TrainingExample> m_items;
    bool m_closed = false;
};

QString saveBase(const QString &path, AudioTransformer &model, const AudioCodec &codec, const TextEncoder &text, const PretrainConfig &c,
                 int steps, const QString &corpus)
{
    // The base carries everything needed to use it: transformer config, codec and text encoder.
    return saveBaseModel(path, model, TensorDType::BF16,
                         {{QStringLiteral("a2a_codec"), codec.name()},
                          {QStringLiteral("a2a_cfg_scale"), QStringLiteral("1.0")},
                          {QStringLiteral("a2a_sampler_steps"), QStringLiteral("10")},
                          {QStringLiteral("a2a_text_encoder"), text.name()},
                          {QStringLiteral("a2a_pretraining"),
                           QStringLiteral("steps=%1; lr=%2; corpus=%3 sources (%4), %5 s at %6 Hz, identity %7, processed references %8, paused speech %11, seed %9%10")
                               .arg(steps).arg(c.learningRate).arg(c.corpus.sources).arg(corpus).arg(c.corpus.seconds).arg(c.corpus.sampleRate)
                               .arg(c.corpus.identityShare).arg(c.corpus.processedReferenceShare).arg(c.seed)
                               .arg(c.initPath.isEmpty() ? QString() : QStringLiteral("; continued from %1").arg(c.initPath))
                               .arg(c.corpus.pausedSpeechShare)}});
}

}  // namespace

PretrainResult runPretraining(const PretrainConfig &c, const ProgressSink &progress, const std::function<void(const PretrainReport &)> &onReport)
{
    PretrainResult result;
    torch::set_num_threads(1);
    PretrainCorpus corpus;
    if (const QString e = corpus.build(c.corpus, progress); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    result.corpusDescription = corpus.describe();

    ModelConfig mc;
    mc.numLayers = c.layers;
    mc.numHeads = c.heads;
    mc.headDim = c.headDim;
    mc.crossAttentionDim = mc.innerDim();
    torch::manual_seed(c.seed);
    std::unique_ptr<AudioTransformer> owned;
    if (c.initPath.isEmpty()) {
        owned = std::make_unique<AudioTransformer>(mc, torch::kFloat32);
    } else {
        BaseModelLoadResult init = loadBaseModel(c.initPath);
        if (!init.model) {
            result.error = QStringLiteral("cannot continue from %1: %2").arg(c.initPath, init.error);
            return result;
        }
        if (init.model->config().numLayers != mc.numLayers || init.model->config().numHeads != mc.numHeads) {
            result.error = QStringLiteral("cannot continue from %1: it has %2 blocks × %3 heads, not %4 × %5 (pass --layers/--heads to match)")
                               .arg(c.initPath).arg(init.model->config().numLayers).arg(init.model->config().numHeads).arg(mc.numLayers).arg(mc.numHeads);
            return result;
        }
        owned = std::move(init.model);
    }
    AudioTransformer &model = *owned;
    const auto codec = makeEnvelopeCodec();
    HashingTextEncoderConfig tc;
    tc.width = mc.crossAttentionDim;
    const auto text = makeHashingTextEncoder(tc);
    auto params = model.module().parameters();
    torch::optim::AdamW optimizer(params, torch::optim::AdamWOptions(c.learningRate).betas({0.9, 0.99}).weight_decay(0.01));

    ExampleQueue queue;
    std::thread producer([&] {
        torch::set_num_threads(1);
        fx::Rng rng(c.seed * 31 + 7);
        while (!queue.closed()) {
            const CorpusPair pair = corpus.makePair(rng);
            TrainingExample ex;
            ex.caption = pair.caption;
            ex.reference = codec->encode(stereo(pair.reference, c.corpus.sampleRate));
            ex.target = codec->encode(stereo(pair.target, c.corpus.sampleRate));
            ex.text = text->encode(pair.caption);
            queue.push(std::move(ex));
        }
    });

    QElapsedTimer clock, sinceSave;
    clock.start();
    sinceSave.start();
    std::deque<double> recent;
    double recentSum = 0;
    int step = 0;
    QString error;
    auto gen = at::detail::createCPUGenerator(c.seed);
    fx::Rng coin(c.seed + 99);
    const double budgetMs = c.minutes * 60000.0;
    try {
        TrainingExample ex;
        const auto more = [&] { return c.steps > 0 ? step < c.steps : clock.elapsed() < budgetMs; };
        while (more() && !progress.isCancelled() && queue.pop(&ex)) {
            ++step;
            // Linear warm-up, then cosine decay to 10 % over the step count or the time budget.
            const double progressFraction = c.steps > 0 ? double(step) / c.steps : std::min(1.0, clock.elapsed() / budgetMs);
            const double lr = c.learningRate * std::min(1.0, double(step) / c.warmupSteps) * (0.1 + 0.9 * 0.5 * (1 + std::cos(M_PI * progressFraction)));
            for (auto &g : optimizer.param_groups())
                static_cast<torch::optim::AdamWOptions &>(g.options()).lr(lr);
            const auto sigma = sampleTrainingSigmas(1, ex.target.size(0), gen);
            const IcLoraBatch batch = buildIcLoraBatch(ex, sigma, gen, ReferencePositions::Overlap, coin.uniform() >= c.dropReference);
            auto loss = icLoraLoss(model.forward(batch.tokens), batch);
            const double value = loss.item<double>();
            if (!std::isfinite(value)) {
                error = QStringLiteral("the loss became non-finite at step %1; lower --lr").arg(step);
                break;
            }
            optimizer.zero_grad();
            loss.backward();
            torch::nn::utils::clip_grad_norm_(params, 1.0);
            optimizer.step();
            recent.push_back(value);
            recentSum += value;
            if (recent.size() > 100) {
                recentSum -= recent.front();
                recent.pop_front();
            }
            if (step % 100 == 0 && onReport)
                onReport(PretrainReport{step, recentSum / recent.size(), clock.elapsed() / 60000.0});
            if (sinceSave.elapsed() > c.saveEveryMinutes * 60000.0) {
                if (const QString e = saveBase(c.outPath, model, *codec, *text, c, step, result.corpusDescription); !e.isEmpty()) {
                    error = e;
                    break;
                }
                sinceSave.restart();
            }
        }
    } catch (const c10::Error &e) {
        error = QString::fromStdString(e.what_without_backtrace());
    }
    queue.close();
    producer.join();
    if (error.isEmpty())
        error = saveBase(c.outPath, model, *codec, *text, c, step, result.corpusDescription);
    result.steps = step;
    result.finalLoss = recent.empty() ? 0.0 : recentSum / recent.size();
    result.ok = error.isEmpty();
    result.error = error;
    return result;
}

}  // namespace a2a
