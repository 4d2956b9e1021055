#pragma once
// Crash-safe training checkpoints: checkpoints/step_NNNNN/ holds the LoRA weights, the optimizer
// state and state.json; manifest.json is written last, so a folder without it is an interrupted
// save and is ignored. Resume picks the newest complete one. Older ones are pruned, keeping at
// least the last two; an existing checkpoint is never overwritten.
// Torch header: engine code only. Thread rule: one trainer per output folder.

#include <torch/torch.h>

#include <QJsonObject>
#include <QString>

#include <vector>

namespace a2a {

struct CheckpointState {
    int step = 0;
    QJsonObject state;  // anything the trainer needs to continue (seed scheme, losses, request)
};

class Checkpoints {
public:
    explicit Checkpoints(QString outputDir, int keep = 2);

    // Writes step's checkpoint (LoRA tensors by name + optimizer + state). Returns "" on success.
    QString save(int step, const std::vector<std::pair<QString, torch::Tensor>> &lora, torch::optim::Optimizer &optimizer,
                 const QJsonObject &state) const;

    // The newest complete checkpoint's step (0 = none).
    int newestComplete() const;
    QString folderFor(int step) const;

    // Loads the checkpoint of `step` into the given LoRA tensors (by name) and optimizer.
    QString load(int step, std::vector<std::pair<QString, torch::Tensor>> &lora, torch::optim::Optimizer &optimizer,
                 QJsonObject *state) const;

private:
    void prune() const;
    QString m_root;
    int m_keep;
};

}  // namespace a2a
