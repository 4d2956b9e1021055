#include "PairMatcher.h"

#include "audio/AudioDecoder.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace a2a {

const QString kDatasetManifestName = QStringLiteral("a2a-dataset.json");

namespace {

enum class Role { Start, End };

struct Slot {
    QStringList paths;  // more than one = duplicate
};

QString fileNameOf(const QString &path) { return path.section(QLatin1Char('/'), -1); }

// "a2" before "a10": runs of digits compare by value. QCollator's numeric mode needs ICU and a
// real locale, which a headless CLI does not always have.
bool naturalLess(const QString &a, const QString &b)
{
    int i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            int ei = i, ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            const QString na = a.mid(i, ei - i).remove(QRegularExpression(QStringLiteral("^0+(?=\\d)")));
            const QString nb = b.mid(j, ej - j).remove(QRegularExpression(QStringLiteral("^0+(?=\\d)")));
            if (na.size() != nb.size())
                return na.size() < nb.size();
            if (na != nb)
                return na < nb;
            i = ei;
            j = ej;
            continue;
        }
        const int c = QString::compare(a.mid(i, 1), b.mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        ++i;
        ++j;
    }
    if ((a.size() - i) != (b.size() - j))
        return (a.size() - i) < (b.size() - j);
    return a < b;
}

}  // namespace

bool isIgnoredPath(const QString &relativePath)
{
    const QStringList parts = relativePath.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (part.startsWith(QLatin1Char('.')) || part == QLatin1String("__MACOSX"))
            return true;
    }
    const QString name = parts.isEmpty() ? QString() : parts.last().toLower();
    return name == QLatin1String("thumbs.db") || name == QLatin1String("desktop.ini");
}

PairMatch matchPairs(const QStringList &relativePaths)
{
    PairMatch result;
    QHash<QString, QStringList> byFileName;  // lower-case file name → paths (uniqueness rule)
    QMap<QString, Slot> starts, ends, captions;

    for (const QString &path : relativePaths) {
        if (isIgnoredPath(path))
            continue;
        const QString fileName = fileNameOf(path);
        byFileName[fileName.toLower()].append(path);
        if (fileName == kDatasetManifestName) {
            result.manifestPath = path;
            continue;
        }
        const QFileInfo fi(fileName);
        const QString suffix = fi.suffix().toLower();
        const QString stem = fi.completeBaseName();
        if (suffix == QLatin1String("txt")) {
            captions[stem].paths.append(path);
            continue;
        }
        if (!isSupportedAudioExtension(suffix)) {
            result.issues.append(makeIssue(Severity::Info, QStringLiteral("file-ignored"), path,
                                           QStringLiteral("not a supported audio or caption file; ignored"),
                                           QStringLiteral("audio must be .wav, .mp3, .flac, .ogg, .aac or .m4a")));
            continue;
        }
        if (stem.endsWith(QLatin1String("_start"), Qt::CaseInsensitive) && stem.size() > 6) {
            starts[stem.left(stem.size() - 6)].paths.append(path);
        } else if (stem.endsWith(QLatin1String("_end"), Qt::CaseInsensitive) && stem.size() > 4) {
            ends[stem.left(stem.size() - 4)].paths.append(path);
        } else {
            result.issues.append(makeIssue(Severity::Warning, QStringLiteral("audio-unpaired-name"), path,
                                           QStringLiteral("audio file name ends in neither _start nor _end; ignored"),
                                           QStringLiteral("rename it to <name>_start.%1 (reference) or <name>_end.%1 (target)").arg(suffix)));
        }
    }

    // File names must be unique across the archive: the same name in two folders is an error.
    QStringList duplicateNames = byFileName.keys();
    std::sort(duplicateNames.begin(), duplicateNames.end());
    for (const QString &key : duplicateNames) {
        const QStringList &paths = byFileName[key];
        if (paths.size() > 1)
            result.issues.append(makeIssue(Severity::Error, QStringLiteral("name-not-unique"), paths.first(),
                                           QStringLiteral("the file name appears more than once: %1").arg(paths.join(QStringLiteral(", "))),
                                           QStringLiteral("file names must be unique across the archive; rename or remove the extra copies")));
    }
    auto reportSameRole = [&](const QMap<QString, Slot> &slots, const QString &role) {
        for (auto it = slots.begin(); it != slots.end(); ++it) {
            const QStringList &paths = it.value().paths;
            bool sameFileName = true;
            for (const QString &p : paths)
                sameFileName = sameFileName && fileNameOf(p).toLower() == fileNameOf(paths.first()).toLower();
            if (paths.size() > 1 && !sameFileName)  // same file name is already reported above
                result.issues.append(makeIssue(Severity::Error, QStringLiteral("pair-ambiguous"), paths.first(),
                                               QStringLiteral("pair \"%1\" has more than one %2: %3").arg(it.key(), role, paths.join(QStringLiteral(", "))),
                                               QStringLiteral("keep exactly one %1 file per pair").arg(role)));
        }
    };
    reportSameRole(starts, QStringLiteral("_start (reference)"));
    reportSameRole(ends, QStringLiteral("_end (target)"));

    for (auto it = ends.begin(); it != ends.end(); ++it) {
        if (!starts.contains(it.key()))
            result.issues.append(makeIssue(Severity::Error, QStringLiteral("end-without-start"), it.value().paths.first(),
                                           QStringLiteral("the target has no matching reference %1_start.<ext>").arg(it.key()),
                                           QStringLiteral("add %1_start.<ext> or remove this file").arg(it.key())));
    }
    for (auto it = starts.begin(); it != starts.end(); ++it) {
        const QString &name = it.key();
        if (!ends.contains(name)) {
            result.orphanStarts.append(it.value().paths.first());
            result.issues.append(makeIssue(Severity::Warning, QStringLiteral("start-without-end"), it.value().paths.first(),
                                           QStringLiteral("the reference has no matching target %1_end.<ext>; the pair is skipped").arg(name),
                                           QStringLiteral("add %1_end.<ext>, or pair it by hand in the app").arg(name)));
            continue;
        }
        MatchedPair pair;
        pair.name = name;
        pair.startPath = it.value().paths.first();
        pair.endPath = ends[name].paths.first();
        if (captions.contains(name))
            pair.captionPath = captions[name].paths.first();
        result.pairs.append(pair);
    }
    for (auto it = captions.begin(); it != captions.end(); ++it) {
        if (!(starts.contains(it.key()) && ends.contains(it.key())) && !starts.contains(it.key()))
            result.issues.append(makeIssue(Severity::Warning, QStringLiteral("caption-without-pair"), it.value().paths.first(),
                                           QStringLiteral("caption matches no pair; ignored"),
                                           QStringLiteral("name it <name>.txt after the pair's <name>_start / <name>_end files")));
    }

    std::stable_sort(result.pairs.begin(), result.pairs.end(),
                     [](const MatchedPair &a, const MatchedPair &b) { return naturalLess(a.name, b.name); });
    return result;
}

}  // namespace a2a
