#include "TensorIO.h"

namespace a2a {
namespace {

torch::ScalarType torchType(TensorDType t)
{
    switch (t) {
    case TensorDType::F32: return torch::kFloat32;
    case TensorDType::F16: return torch::kFloat16;
    case TensorDType::BF16: return torch::kBFloat16;
    }
    return torch::kFloat32;
}

}  // namespace

torch::Tensor readTensor(const SafetensorsFile &file, const QString &name, torch::ScalarType dtype)
{
    const TensorInfo *info = file.info(name);
    if (!info)
        return {};
    // from_blob does not own the mapping: copy out before anyone can unmap it.
    const auto view = torch::from_blob(const_cast<uchar *>(file.data(name)), info->shape, torch::TensorOptions().dtype(torchType(info->dtype)));
    return view.to(dtype, /*non_blocking=*/false, /*copy=*/true);
}

void addTensor(SafetensorsWriter &writer, const QString &name, const torch::Tensor &tensor, TensorDType dtype)
{
    const auto t = tensor.detach().to(torch::kCPU).to(torchType(dtype)).contiguous();
    QByteArray bytes(reinterpret_cast<const char *>(t.data_ptr()), int(t.numel() * t.element_size()));
    writer.add(name, dtype, t.sizes().vec(), std::move(bytes));
}

QString writeTensors(const QString &path, const NamedTensors &tensors, const QMap<QString, QString> &metadata, TensorDType dtype)
{
    SafetensorsWriter writer;
    for (const auto &[name, t] : tensors)
        addTensor(writer, name, t, dtype);
    for (auto it = metadata.begin(); it != metadata.end(); ++it)
        writer.setMetadata(it.key(), it.value());
    return writer.write(path);
}

}  // namespace a2a
