#include "DatasetIngestor.h"

#include "DatasetManifest.h"
#include "PairMatcher.h"
#include "audio/ChannelDownmix.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace a2a {
namespace {

struct ListedFile {
    QString path;       // relative, '/'-separated
    QString localPath;  // filled when the file is readable on disk
    int archiveIndex = -1;
};

bool isRemoteUrl(const QString &input)
{
    return input.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
           || input.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QList<ListedFile> listFolder(const QString &root, IssueList &issues)
{
    QList<ListedFile> files;
    const QDir base(root);
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo fi = it.fileInfo();
        const QString rel = base.relativeFilePath(fi.filePath());
        if (isIgnoredPath(rel))
            continue;
        if (fi.isSymLink()) {
            issues.append(makeIssue(Severity::Error, QStringLiteral("entry-symlink"), rel,
                                    QStringLiteral("the file is a symbolic link; links are never followed"),
                                    QStringLiteral("replace the link with the real file")));
            continue;
        }
        files.append(ListedFile{rel, fi.absoluteFilePath(), -1});
    }
    return files;
}

QString readCaption(const QString &localPath, const QString &shownPath, qint64 maxBytes, IssueList &issues)
{
    QFile f(localPath);
    if (!f.open(QIODevice::ReadOnly)) {
        issues.append(makeIssue(Severity::Warning, QStringLiteral("caption-unreadable"), shownPath,
                                QStringLiteral("the caption cannot be read: %1").arg(f.errorString()),
                                QStringLiteral("the pair is used without a caption")));
        return {};
    }
    if (f.size() > maxBytes) {
        issues.append(makeIssue(Severity::Warning, QStringLiteral("caption-too-long"), shownPath,
                                QStringLiteral("the caption file is %1 KB; only the first %2 KB are used").arg(f.size() / 1024).arg(maxBytes / 1024),
                                QStringLiteral("keep captions to a sentence or two")));
    }
    QByteArray bytes = f.read(maxBytes);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        text = QString::fromLatin1(bytes);
        issues.append(makeIssue(Severity::Warning, QStringLiteral("caption-not-utf8"), shownPath,
                                QStringLiteral("the caption is not UTF-8; it was read as Latin-1"),
                                QStringLiteral("check the caption text and save it as UTF-8")));
    }
    return text.simplified();
}

}  // namespace

void loadClip(ClipRef &clip, bool buildWaveform)
{
    DecodeResult r = decodeAudioFile(clip.localPath, DecodeOptions{}, clip.sourcePath);
    clip.info = r.info;
    clip.issues += r.issues;
    clip.decoded = r.ok();
    if (clip.decoded && buildWaveform) {
        // Views draw one lane per clip: summarise the mono mix of the spec's stereo layout.
        AudioBuffer stereo = downmixToStereo(r.audio);
        r.audio = {};
        AudioBuffer mono;
        mono.sampleRate = stereo.sampleRate;
        mono.channels = 1;
        mono.samples.resize(size_t(stereo.frames()));
        for (int64_t f = 0; f < stereo.frames(); ++f)
            mono.samples[size_t(f)] = 0.5f * (stereo.sample(f, 0) + stereo.sample(f, 1));
        clip.waveform = std::make_shared<const WaveformSummary>(mono);
    }
}

void updatePairConsistencyIssues(DatasetPair &pair)
{
    static const QString kMismatch = QStringLiteral("pair-length-mismatch");
    pair.issues.erase(std::remove_if(pair.issues.begin(), pair.issues.end(), [](const Issue &i) { return i.code == kMismatch; }), pair.issues.end());
    const double ref = pair.reference.durationSeconds();
    const double tgt = pair.target.durationSeconds();
    if (!pair.reference.decoded || !pair.target.decoded || ref <= 0 || tgt <= 0)
        return;
    if (std::abs(ref - tgt) > 0.05 * std::max(ref, tgt) && std::abs(ref - tgt) > 0.1)
        pair.issues.append(makeIssue(Severity::Warning, kMismatch, pair.target.sourcePath,
                                     QStringLiteral("reference is %1 s but target is %2 s; each side is fitted on its own and they may not line up")
                                         .arg(ref, 0, 'f', 2).arg(tgt, 0, 'f', 2),
                                     QStringLiteral("make both clips the same length, or set their trim offsets so the same moment is kept")));
}

IngestResult ingestDataset(const QString &input, const IngestOptions &options, const ProgressSink &progress)
{
    IngestResult result;
    CuratedDataset &ds = result.dataset;
    ds.source = input;
    auto fatal = [&](const QString &code, const QString &file, const QString &message, const QString &hint) {
        ds.issues.append(makeIssue(Severity::Error, code, file, message, hint));
        return result;
    };

    ds.workDir = std::make_shared<QTemporaryDir>(
        (options.tempRoot.isEmpty() ? QDir::tempPath() : options.tempRoot) + QStringLiteral("/a2a-ingest-XXXXXX"));
    if (!ds.workDir->isValid())
        return fatal(QStringLiteral("temp-unavailable"), QString(),
                     QStringLiteral("cannot create a private work folder: %1").arg(ds.workDir->errorString()),
                     QStringLiteral("free some disk space or set TMPDIR"));
    const QDir work(ds.workDir->path());

    QString localPath = input;
    if (isRemoteUrl(input)) {
        const QUrl url(input);
        if (!url.isValid())
            return fatal(QStringLiteral("url-invalid"), input, QStringLiteral("not a valid URL"), QStringLiteral("check the link"));
        const QString dest = work.filePath(QStringLiteral("download.zip"));
        const DownloadResult dl = downloadToFile(url, dest, options.download, progress);
        if (dl.cancelled) {
            result.cancelled = true;
            return result;
        }
        if (!dl.ok)
            return fatal(QStringLiteral("download-failed"), input, dl.error, QString());
        localPath = dest;
    } else if (input.startsWith(QLatin1String("file:"), Qt::CaseInsensitive)) {
        localPath = QUrl(input).toLocalFile();
    }
    ds.sourceFile = localPath;
    const QFileInfo sourceInfo(localPath);
    if (!sourceInfo.exists())
        return fatal(QStringLiteral("source-missing"), input, QStringLiteral("no such file or folder"),
                     QStringLiteral("check the path; give a .zip, a folder, or an http(s) URL to a .zip"));

    QList<ListedFile> files;
    std::unique_ptr<ZipArchive> archive;
    if (sourceInfo.isDir()) {
        ds.sourceIsFolder = true;
        files = listFolder(sourceInfo.absoluteFilePath(), ds.issues);
    } else {
        archive = ZipArchive::open(localPath, options.limits, &ds.issues);
        if (!archive)
            return result;
        for (const ArchiveEntry &e : archive->entries())
            files.append(ListedFile{e.path, QString(), e.index});
    }
    if (progress.isCancelled()) {
        result.cancelled = true;
        return result;
    }

    QStringList paths;
    QHash<QString, int> byPath;
    for (int i = 0; i < files.size(); ++i) {
        paths.append(files[i].path);
        byPath.insert(files[i].path, i);
    }
    PairMatch match = matchPairs(paths);
    ds.issues += match.issues;
    ds.orphanStarts = match.orphanStarts;
    if (match.pairs.isEmpty() && match.orphanStarts.isEmpty() && !hasErrors(ds.issues))
        return fatal(QStringLiteral("no-pairs"), QString(),
                     QStringLiteral("no <name>_start / <name>_end audio pairs found in %1 files").arg(files.size()),
                     QStringLiteral("name each reference <name>_start.<ext> and its target <name>_end.<ext> (wav, mp3, flac, ogg, aac, m4a)"));

    // Private copies of the entries we need, under generated names: an entry's own name never
    // becomes a path on disk.
    if (archive) {
        QStringList wanted;
        for (const MatchedPair &p : match.pairs)
            wanted << p.startPath << p.endPath << p.captionPath;
        wanted << match.orphanStarts << match.manifestPath;
        QHash<int, QString> destinations;
        int n = 0;
        for (const QString &w : wanted) {
            if (w.isEmpty())
                continue;
            ListedFile &f = files[byPath.value(w)];
            f.localPath = work.filePath(QStringLiteral("%1.%2").arg(n++, 5, 10, QLatin1Char('0')).arg(QFileInfo(w).suffix().toLower()));
            destinations.insert(f.archiveIndex, f.localPath);
        }
        if (!archive->extract(destinations, progress, &ds.issues)) {
            result.cancelled = progress.isCancelled();
            return result;
        }
    }
    auto localOf = [&](const QString &path) { return path.isEmpty() ? QString() : files[byPath.value(path)].localPath; };

    PairId nextId = 0;
    for (const MatchedPair &m : match.pairs) {
        DatasetPair p;
        p.id = nextId++;
        p.name = m.name;
        p.reference.sourcePath = m.startPath;
        p.reference.localPath = localOf(m.startPath);
        p.target.sourcePath = m.endPath;
        p.target.localPath = localOf(m.endPath);
        if (!m.captionPath.isEmpty()) {
            p.hasCaptionFile = true;
            p.caption = readCaption(localOf(m.captionPath), m.captionPath, options.maxCaptionBytes, p.issues);
        }
        ds.pairs.append(p);
    }
    if (!match.manifestPath.isEmpty()) {
        QFile mf(localOf(match.manifestPath));
        if (mf.open(QIODevice::ReadOnly))
            applyDatasetManifest(mf.read(1 << 20), match.manifestPath, ds);
    }

    // Decode every clip in parallel for its real duration, format and waveform.
    QList<ClipRef *> clips;
    for (DatasetPair &p : ds.pairs)
        clips << &p.reference << &p.target;
    QThreadPool pool;
    pool.setMaxThreadCount(options.decodeThreads > 0 ? options.decodeThreads : QThread::idealThreadCount());
    std::atomic<qint64> decodedCount{0};
    const qint64 totalClips = clips.size();
    progress.report(QStringLiteral("Decoding"), 0, totalClips);
    QtConcurrent::blockingMap(&pool, clips, [&](ClipRef *clip) {
        if (progress.isCancelled())
            return;
        if (clip->localPath.isEmpty() || !QFileInfo::exists(clip->localPath)) {
            clip->issues.append(makeIssue(Severity::Error, QStringLiteral("entry-corrupt"), clip->sourcePath,
                                          QStringLiteral("the file could not be extracted from the archive"),
                                          QStringLiteral("the archive is damaged; download or zip it again")));
        } else {
            loadClip(*clip, options.buildWaveforms);
        }
        progress.report(QStringLiteral("Decoding"), ++decodedCount, totalClips);
    });
    if (progress.isCancelled()) {
        result.cancelled = true;
        return result;
    }
    for (DatasetPair &p : ds.pairs)
        updatePairConsistencyIssues(p);
    progress.report(QStringLiteral("Done"), totalClips, totalClips);
    return result;
}

QFuture<IngestResult> startIngest(const QString &input, const IngestOptions &options, const ProgressSink &progress)
{
    return QtConcurrent::run([input, options, progress] { return ingestDataset(input, options, progress); });
}

}  // namespace a2a
