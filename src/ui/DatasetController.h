#pragma once
// Owns the curated dataset being edited, the bucket it is judged against, and the undo stack.
// Views read through dataset() and ask for edits with request*(); each request pushes one
// QUndoCommand (src/ui/commands) whose redo/undo call the apply*() setters, which emit the change
// signals models and views listen to. Everyone outside holds PairId, never a DatasetPair pointer.
// Thread rule: GUI thread only; workers get copies (dataset() is a value type).

#include "dataset/CuratedDataset.h"
#include "dataset/DatasetReport.h"
#include "models/CaptionLinter.h"

#include <QObject>

class QUndoStack;

namespace a2a {

enum class ClipSide { Reference, Target };

class DatasetController : public QObject {
    Q_OBJECT
public:
    explicit DatasetController(QObject *parent = nullptr);
    ~DatasetController() override;

    bool hasDataset() const { return m_loaded; }
    // Bumped by setDataset(): results of work started on an earlier dataset are stale.
    int generation() const { return m_generation; }
    const CuratedDataset &dataset() const { return m_dataset; }
    const DatasetPair *pair(PairId id) const { return m_dataset.pair(id); }
    const FitOptions &fit() const { return m_fit; }
    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;

    // Recomputed lazily after any change.
    const DatasetSummary &summary() const;
    const CaptionLint &lint() const;

    // A freshly ingested dataset: clears the undo history.
    void setDataset(const CuratedDataset &dataset);
    void setFitOptions(const FitOptions &fit);
    void markSaved();

    // Requests from views: each pushes one undoable command (a macro for bulk actions).
    void requestEditCaption(PairId id, const QString &caption);
    void requestTrimOffsets(PairId id, double referenceOffset, double targetOffset);
    void requestExclude(const QList<PairId> &ids, bool excluded);
    void requestTriggerPhrase(const QString &phrase);
    void requestReplaceClip(PairId id, ClipSide side, const ClipRef &clip);
    void requestPairOrphan(const QString &orphanStart, const DatasetPair &pair);
    int requestSetEmptyCaptions(const QString &caption);  // returns how many captions it set
    int requestFindReplace(const QString &find, const QString &replace, Qt::CaseSensitivity cs);

    // Setters for commands: no undo entry, just the change and its signal.
    void applyCaption(PairId id, const QString &caption);
    void applyTrimOffsets(PairId id, double referenceOffset, double targetOffset);
    void applyExcluded(PairId id, bool excluded);
    void applyTriggerPhrase(const QString &phrase);
    void applyPair(const DatasetPair &pair);  // replaces the pair with the same id
    void insertPair(const DatasetPair &pair, const QString &orphanStartToRemove);
    void removePair(PairId id, const QString &orphanStartToRestore);

    // The pair with `side` replaced by `clip`, with its length-mismatch warning brought up to date.
    DatasetPair pairWithClip(PairId id, ClipSide side, const ClipRef &clip) const;

Q_SIGNALS:
    void datasetAboutToReset();  // views drop their PairId: ids restart with the next dataset
    void datasetReset();
    void pairChanged(a2a::PairId id);
    void pairAboutToBeInserted(int row);
    void pairInserted(int row);
    void pairAboutToBeRemoved(int row);
    void pairRemoved(int row);
    void triggerPhraseChanged(const QString &phrase);
    void orphansChanged();
    void fitChanged();
    void summaryChanged();  // coalesced: once per event-loop turn after any change
    void modifiedChanged(bool modified);

private:
    void changed();
    int rowOf(PairId id) const;

    CuratedDataset m_dataset;
    FitOptions m_fit;
    QUndoStack *m_undo;
    bool m_loaded = false;
    int m_generation = 0;
    bool m_summaryQueued = false;
    mutable bool m_cacheValid = false;
    mutable DatasetSummary m_summary;
    mutable CaptionLint m_lint;
};

}  // namespace a2a
