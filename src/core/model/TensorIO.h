#pragma once
// safetensors ↔ torch::Tensor. Torch header: engine code only.

#include "SafetensorsFile.h"

#include <torch/torch.h>

#include <QMap>

#include <utility>
#include <vector>

namespace a2a {

// A copy of the named tensor as `dtype` (any stored F32/F16/BF16 converts). Undefined if absent.
torch::Tensor readTensor(const SafetensorsFile &file, const QString &name, torch::ScalarType dtype = torch::kFloat32);

void addTensor(SafetensorsWriter &writer, const QString &name, const torch::Tensor &tensor, TensorDType dtype = TensorDType::F32);

using NamedTensors = std::vector<std::pair<QString, torch::Tensor>>;

// Writes atomically; returns an empty string on success.
QString writeTensors(const QString &path, const NamedTensors &tensors, const QMap<QString, QString> &metadata = {},
                     TensorDType dtype = TensorDType::F32);

}  // namespace a2a
