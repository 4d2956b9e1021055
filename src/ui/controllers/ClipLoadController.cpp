#include "ClipLoadController.h"

#include "dataset/DatasetIngestor.h"
#include "dataset/ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtConcurrent/QtConcurrentRun>

namespace a2a {
namespace {

struct ClipLoadTr {
    Q_DECLARE_TR_FUNCTIONS(ClipLoadController)
};

QString firstError(const ClipRef &clip)
{
    for (const Issue &i : clip.issues)
        if (i.severity == Severity::Error)
            return i.message;
    return ClipLoadTr::tr("the file cannot be decoded");
}

// The orphan's readable copy: the user's own file for a folder, else extracted from the zip.
QString orphanLocalCopy(const CuratedDataset &ds, const QString &orphanStart, QString *error)
{
    if (ds.sourceIsFolder)
        return QDir(ds.sourceFile).filePath(orphanStart);
    if (!ds.workDir || !ds.workDir->isValid()) {
        *error = ClipLoadTr::tr("the dataset's work folder is gone");
        return {};
    }
    IssueList issues;
    const auto zip = ZipArchive::open(ds.sourceFile, ArchiveLimits{}, &issues);
    if (!zip) {
        *error = issues.isEmpty() ? ClipLoadTr::tr("the source archive cannot be opened") : issues.first().message;
        return {};
    }
    for (const ArchiveEntry &e : zip->entries()) {
        if (e.path != orphanStart)
            continue;
        const QString dest = QDir(ds.workDir->path()).filePath(
            QStringLiteral("orphan-%1.%2").arg(e.index).arg(QFileInfo(orphanStart).suffix().toLower()));
        if (!zip->extract({{e.index, dest}}, ProgressSink{}, &issues) || hasErrors(issues)) {
            *error = issues.isEmpty() ? ClipLoadTr::tr("the file cannot be extracted") : issues.last().message;
            return {};
        }
        return dest;
    }
    *error = ClipLoadTr::tr("%1 is not in the source archive").arg(orphanStart);
    return {};
}

}  // namespace

ClipRef loadClipRef(const QString &localPath, const QString &sourcePath)
{
    ClipRef clip;
    clip.sourcePath = sourcePath;
    clip.localPath = localPath;
    loadClip(clip, true);
    return clip;
}

ClipLoadController::ClipLoadController(QObject *parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<ClipLoadResult>::finished, this, [this] {
        const ClipLoadResult r = m_watcher.result();
        Q_EMIT busyChanged(false);
        if (!r.error.isEmpty())
            Q_EMIT failed(r.error);
        else if (r.kind == ClipLoadResult::Kind::Replacement)
            Q_EMIT replacementReady(r.pairId, r.side, r.clip);
        else
            Q_EMIT orphanPairReady(r.orphanStart, r.pair);
    });
}

ClipLoadController::~ClipLoadController() { m_watcher.waitForFinished(); }

bool ClipLoadController::start(std::function<ClipLoadResult()> job)
{
    if (m_watcher.isRunning())
        return false;
    m_watcher.setFuture(QtConcurrent::run(std::move(job)));
    Q_EMIT busyChanged(true);
    return true;
}

bool ClipLoadController::loadReplacement(PairId id, ClipSide side, const QString &path)
{
    return start([id, side, path] {
        ClipLoadResult r;
        r.pairId = id;
        r.side = side;
        r.clip = loadClipRef(path, QFileInfo(path).absoluteFilePath());
        if (!r.clip.decoded)
            r.error = ClipLoadTr::tr("%1 cannot be used: %2").arg(QFileInfo(path).fileName(), firstError(r.clip));
        return r;
    });
}

bool ClipLoadController::loadOrphanPair(const CuratedDataset &dataset, const QString &orphanStart, const QString &targetPath)
{
    // Only what the job needs: the source and the work folder (kept alive by the shared pointer).
    CuratedDataset source;
    source.source = dataset.source;
    source.sourceFile = dataset.sourceFile;
    source.sourceIsFolder = dataset.sourceIsFolder;
    source.workDir = dataset.workDir;
    return start([source, orphanStart, targetPath] {
        ClipLoadResult r;
        r.kind = ClipLoadResult::Kind::OrphanPair;
        r.orphanStart = orphanStart;
        QString error;
        const QString local = orphanLocalCopy(source, orphanStart, &error);
        if (local.isEmpty()) {
            r.error = ClipLoadTr::tr("%1 cannot be read: %2").arg(orphanStart, error);
            return r;
        }
        DatasetPair &p = r.pair;
        p.name = QFileInfo(orphanStart).fileName().remove(QRegularExpression(QStringLiteral("_start\\.[^.]+$"),
                                                                             QRegularExpression::CaseInsensitiveOption));
        p.reference = loadClipRef(local, orphanStart);
        p.target = loadClipRef(targetPath, QFileInfo(targetPath).absoluteFilePath());
        if (!p.reference.decoded)
            r.error = ClipLoadTr::tr("%1 cannot be used: %2").arg(orphanStart, firstError(p.reference));
        else if (!p.target.decoded)
            r.error = ClipLoadTr::tr("%1 cannot be used: %2").arg(QFileInfo(targetPath).fileName(), firstError(p.target));
        return r;
    });
}

}  // namespace a2a
