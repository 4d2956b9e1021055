#include "TensorIO.h"

namespace a2a {
torch::ScalarType torchType(TensorDType t)
{
    switch (t) {
    case TensorDType::F32: return torch::kFloat32;
    case TensorDType::F16: return torch::kFloat16;
    case TensorDType::BF16: return torch::kBFloat16;
    }
    return torch::kFloat32;
}

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

QString loadModuleTensors(torch::nn::Module &module, const SafetensorsFile &file, const QString &prefix, QStringList *missing)
{
    std::vector<std::pair<QString, torch::Tensor>> targets;
    for (const auto &p : module.named_parameters(true))
        targets.emplace_back(QString::fromStdString(p.key()), p.value());
    for (const auto &b : module.named_buffers(true))
        targets.emplace_back(QString::fromStdString(b.key()), b.value());
    QString firstError;
    QStringList absent;
    for (const auto &[name, t] : targets) {
        const TensorInfo *info = file.info(prefix + name);
        if (!info) {
            absent << name;
            continue;
        }
        if (info->shape != t.sizes().vec() && firstError.isEmpty()) {
            QStringList want, have;
            for (int64_t d : t.sizes())
                want << QString::number(d);
            for (int64_t d : info->shape)
                have << QString::number(d);
            firstError = QStringLiteral("tensor %1%2 has shape [%3] in the file but the config needs [%4]")
                             .arg(prefix, name, have.join(QStringLiteral(", ")), want.join(QStringLiteral(", ")));
        }
    }
    if (missing)
        *missing = absent;
    if (!absent.isEmpty())
        return QStringLiteral("%1 tensors under %2* are missing (first: %2%3)").arg(QString::number(absent.size()), prefix, absent.first());
    if (!firstError.isEmpty())
        return firstError;
    torch::NoGradGuard noGrad;
    for (auto &[name, t] : targets)
        t.copy_(readTensor(file, prefix + name, t.scalar_type()));
    return {};
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
