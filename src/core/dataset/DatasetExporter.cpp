#include "DatasetExporter.h"

#include "DatasetManifest.h"
#include "PairMatcher.h"
#include "util/AtomicRename.h"

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace a2a {
namespace {

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data, QString *error)
{
    QuaZipFile out(&zip);
    QuaZipNewInfo info(name);
    info.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    if (!out.open(QIODevice::WriteOnly, info)) {
        *error = QStringLiteral("cannot add %1 to the zip (error %2)").arg(name).arg(out.getZipError());
        return false;
    }
    if (out.write(data) != data.size()) {
        *error = QStringLiteral("cannot write %1 into the zip (disk full?)").arg(name);
        return false;
    }
    out.close();
    if (out.getZipError() != 0) {
        *error = QStringLiteral("cannot finish %1 in the zip (error %2)").arg(name).arg(out.getZipError());
        return false;
    }
    return true;
}

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
    const QFileInfo target(destinationZip);
    QTemporaryFile temp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!temp.open()) {
        result.error = QStringLiteral("cannot create a file in %1: %2").arg(target.absolutePath(), temp.errorString());
        return result;
    }
    temp.close();

    QuaZip zip(temp.fileName());
    zip.setFileNameCodec("UTF-8");
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate)) {
        result.error = QStringLiteral("cannot create the zip %1 (error %2)").arg(destinationZip).arg(zip.getZipError());
        return result;
    }
    int total = 0;
    for (const DatasetPair &p : dataset.pairs)
        total += p.excluded ? 0 : 1;
    QString error;
    bool ok = true;
    for (const DatasetPair &p : dataset.pairs) {
        if (p.excluded)
            continue;
        if (progress.isCancelled()) {
            error = QStringLiteral("cancelled");
            ok = false;
            break;
        }
        for (const ClipRef *clip : {&p.reference, &p.target}) {
            QFile in(clip->localPath);
            if (!in.open(QIODevice::ReadOnly)) {
                error = QStringLiteral("cannot read %1 (%2): %3").arg(clip->sourcePath, clip->localPath, in.errorString());
                ok = false;
                break;
            }
            const QString role = clip == &p.reference ? QStringLiteral("_start.") : QStringLiteral("_end.");
            ok = addEntry(zip, p.name + role + clip->suffix(), in.readAll(), &error);
            if (!ok)
                break;
        }
        if (ok && !p.caption.trimmed().isEmpty())
            ok = addEntry(zip, p.name + QStringLiteral(".txt"), p.caption.trimmed().toUtf8() + '\n', &error);
        if (!ok)
            break;
        ++result.pairsWritten;
        progress.report(QStringLiteral("Saving"), result.pairsWritten, total);
    }
    if (ok)
        ok = addEntry(zip, kDatasetManifestName, writeDatasetManifest(dataset), &error);
    zip.close();
    if (ok && zip.getZipError() != 0) {
        error = QStringLiteral("cannot finish the zip (error %1)").arg(zip.getZipError());
        ok = false;
    }
    if (!ok) {
        result.error = error;
        return result;  // the temp file is removed; the destination is untouched
    }
    if (const QString renameError = renameOver(temp.fileName(), destinationZip); !renameError.isEmpty()) {
        result.error = renameError;
        return result;
    }
    temp.setAutoRemove(false);
    result.ok = true;
    return result;
}

}  // namespace a2a
