#pragma once
// safetensors ↔ torch::Tensor. Torch header: engine code only.

#include "SafetensorsFile.h"

#include <torch/torch.h>

#include <QMap>

#include <utility>
#include <vector>

namespace a2a {

// The torch dtype a stored dtype reads as.
torch::ScalarType torchType(TensorDType t);

// A copy of the named tensor as `dtype` (any stored F32/F16/BF16 converts). Undefined if absent.
torch::Tensor readTensor(const SafetensorsFile &file, const QString &name, torch::ScalarType dtype = torch::kFloat32);

void addTensor(SafetensorsWriter &writer, const QString &name, const torch::Tensor &tensor, TensorDType dtype = TensorDType::F32);

using NamedTensors = std::vector<std::pair<QString, torch::Tensor>>;

// Fills every parameter and persistent buffer of `module` (checkpoint names, e.g. "conv_in.conv.weight")
// from `prefix + name` in `file`, converted to the tensor's own dtype and device. Nothing is copied
// unless every name is present with the module's shape; otherwise returns an error naming the first
// problem and, in *missing, every absent name (without the prefix). "" on success.
QString loadModuleTensors(torch::nn::Module &module, const SafetensorsFile &file, const QString &prefix,
                          QStringList *missing = nullptr);

// Writes atomically; returns an empty string on success.
QString writeTensors(const QString &path, const NamedTensors &tensors, const QMap<QString, QString> &metadata = {},
                     TensorDType dtype = TensorDType::F32);

}  // namespace a2a
