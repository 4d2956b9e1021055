#pragma once
// "Export request JSON…" / "Import request JSON…": the request body with the service's field
// names, so a file written here trains unchanged with `a2a-train train` or the hosted service.
// Relative paths in an imported file (training_data_url, reference_audio_url) are taken relative
// to the file, as the CLI does, and stored absolute. Thread rule: GUI thread (small files).

#include <QString>

namespace a2a {

class TrainingRequestModel;

// Writes through QSaveFile: an existing file is replaced only once the new one is complete.
// Returns "" on success, else what went wrong, naming the file.
QString saveRequestJson(const TrainingRequestModel &model, const QString &path);

// On any error nothing changes and the returned text names the file and every problem.
QString loadRequestJson(TrainingRequestModel *model, const QString &path);

}  // namespace a2a
