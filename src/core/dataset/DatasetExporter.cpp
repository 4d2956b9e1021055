#include "DatasetExporter.h"

#include "DatasetManifest.h"
#include "PairMatcher.h"
#include "util/ZipWriter.h"

#include <QFile>
#include <QFileInfo>

namespace a2a {
namespace {

bool samePath(const QString &a, const QString &b)
{
    const QFileInfo fa(a), fb(b);
    const QString ca = fa.exists() ? fa.canonicalFilePath() : fa.absoluteFilePath();
    const QString cb = fb.exists() ? fb.canonicalFilePath() : fb.absoluteFilePath();
    return ca == cb;
}

}  // namespace

ExportResult exportDatasetZip(const CuratedDataset &dataset, const QString &destinationZip, const ProgressSink &progress)
{
    ExportResult result;
    if (!dataset.sourceFile.isEmpty() && samePath(destinationZip, dataset.sourceFile)) {
        result.error = QStringLiteral("refusing to overwrite the dataset's own source %1; choose a new file name").arg(destinationZip);
        return result;
    }
    if (!dataset.source.isEmpty() && samePath(destinationZip, dataset.source)) {
        result.error = QStringLiteral("refusing to overwrite the dataset's own source %1; choose a new file name").arg(destinationZip);
        return result;
    }
    ZipWriter zip(destinationZip);
    int total = 0;
    for (const DatasetPair &p : dataset.pairs)
        total += p.excluded ? 0 : 1;
    bool ok = zip.isOpen();
    for (const DatasetPair &p : dataset.pairs) {
        if (!ok)
            break;
        if (p.excluded)
            continue;
        if (progress.isCancelled()) {
            result.error = QStringLiteral("cancelled");
            return result;  // the temp file is removed; the destination is untouched
        }
        ok = zip.addFile(p.name + QStringLiteral("_start.") + p.reference.suffix(), p.reference.localPath)
             && zip.addFile(p.name + QStringLiteral("_end.") + p.target.suffix(), p.target.localPath)
             && (p.caption.trimmed().isEmpty() || zip.add(p.name + QStringLiteral(".txt"), p.caption.trimmed().toUtf8() + '\n'));
        if (ok) {
            ++result.pairsWritten;
            progress.report(QStringLiteral("Saving"), result.pairsWritten, total);
        }
    }
    ok = ok && zip.add(kDatasetManifestName, writeDatasetManifest(dataset));
    if (const QString e = ok ? zip.commit() : zip.error(); !e.isEmpty()) {
        result.error = e;
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace a2a
