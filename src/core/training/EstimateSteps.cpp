#include "EstimateSteps.h"

#include "FlowMatching.h"

#include <QElapsedTimer>

namespace a2a {

double timeLoraTrainingSteps(AudioTransformer &model, const TrainingExample &example, const TrainingRequest &request, int warmup, int timed,
                             ReferencePositions convention, const std::function<bool()> &stopped, const std::function<void()> &afterStep)
{
    auto gen = at::detail::createCPUGenerator(42);
    for (auto &p : model.module().parameters())
        p.requires_grad_(false);
    std::vector<torch::Tensor> params;
    for (auto &[name, layer] : model.loraTargets()) {
        layer->enableLora(request.rank, double(request.rank), gen);
        params.push_back(layer->loraA().requires_grad_(true));
        params.push_back(layer->loraB().requires_grad_(true));
    }
    torch::optim::AdamW optimizer(params, torch::optim::AdamWOptions(request.learningRate).betas({0.9, 0.999}).weight_decay(0.01));
    const int64_t tokens = example.target.size(0);
    double seconds = 0.0;
    const int total = std::max(0, warmup) + std::max(1, timed);
    for (int step = 0; step < total; ++step) {
        if (stopped && stopped())
            return -1.0;
        QElapsedTimer timer;
        timer.start();
        const IcLoraBatch batch = buildIcLoraBatch(example, sampleTrainingSigmas(1, tokens, gen), gen, convention);
        auto loss = icLoraLoss(model.forward(batch.tokens), batch);
        optimizer.zero_grad();
        loss.backward();
        torch::nn::utils::clip_grad_norm_(params, 1.0);
        optimizer.step();
        (void)loss.item<double>();  // waits for the step on an asynchronous device
        if (step >= warmup)
            seconds += timer.nsecsElapsed() / 1e9;
        if (afterStep)
            afterStep();
    }
    return seconds / std::max(1, timed);
}

}  // namespace a2a
