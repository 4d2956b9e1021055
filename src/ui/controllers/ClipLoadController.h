#pragma once
// Decodes clips the user brings in while fixing a dataset, on a pool thread: a replacement for
// one side of a pair, and a target chosen for an orphan `<name>_start` (the orphan is copied out
// of the source zip into the dataset's private work folder first). Results are values; the
// DatasetController turns them into undoable commands. Thread rule: GUI thread; one job at a time.

#include "DatasetController.h"

#include <QFutureWatcher>
#include <QObject>

namespace a2a {

struct ClipLoadResult {
    enum class Kind { Replacement, OrphanPair } kind = Kind::Replacement;
    PairId pairId = -1;
    ClipSide side = ClipSide::Reference;
    ClipRef clip;            // Replacement
    QString orphanStart;     // OrphanPair
    DatasetPair pair;        // OrphanPair (id assigned by the controller)
    QString error;           // non-empty: nothing to apply
};

// Decodes a file into a ClipRef with its info and view summary, like ingest does. Any thread.
ClipRef loadClipRef(const QString &localPath, const QString &sourcePath);

class ClipLoadController : public QObject {
    Q_OBJECT
public:
    explicit ClipLoadController(QObject *parent = nullptr);
    ~ClipLoadController() override;

    bool isBusy() const { return m_watcher.isRunning(); }
    bool loadReplacement(PairId id, ClipSide side, const QString &path);
    bool loadOrphanPair(const CuratedDataset &dataset, const QString &orphanStart, const QString &targetPath);

Q_SIGNALS:
    void busyChanged(bool busy);
    void replacementReady(a2a::PairId id, a2a::ClipSide side, const a2a::ClipRef &clip);
    void orphanPairReady(const QString &orphanStart, const a2a::DatasetPair &pair);
    void failed(const QString &message);

private:
    bool start(std::function<ClipLoadResult()> job);

    QFutureWatcher<ClipLoadResult> m_watcher;
};

}  // namespace a2a
