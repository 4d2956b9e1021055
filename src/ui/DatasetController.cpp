#include "DatasetController.h"

#include "commands/EditCaptionCommand.h"
#include "dataset/DatasetIngestor.h"
#include "commands/ExcludePairCommand.h"
#include "commands/PairOrphanCommand.h"
#include "commands/ReplaceClipCommand.h"
#include "commands/SetTrimOffsetCommand.h"
#include "commands/SetTriggerPhraseCommand.h"

#include <QTimer>
#include <QUndoStack>

#include <cmath>

namespace a2a {

DatasetController::DatasetController(QObject *parent) : QObject(parent), m_undo(new QUndoStack(this))
{
    connect(m_undo, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
}

DatasetController::~DatasetController() = default;

bool DatasetController::isModified() const { return !m_undo->isClean(); }

const DatasetSummary &DatasetController::summary() const
{
    if (!m_cacheValid) {
        m_summary = summarizeDataset(m_dataset, m_fit);
        m_lint = lintCaptions(m_dataset);
        m_cacheValid = true;
    }
    return m_summary;
}

const CaptionLint &DatasetController::lint() const
{
    summary();
    return m_lint;
}

void DatasetController::setDataset(const CuratedDataset &dataset)
{
    Q_EMIT datasetAboutToReset();
    m_undo->clear();
    m_dataset = dataset;
    m_loaded = true;
    ++m_generation;
    changed();
    Q_EMIT datasetReset();
    Q_EMIT triggerPhraseChanged(m_dataset.triggerPhrase);
    Q_EMIT orphansChanged();
}

void DatasetController::setFitOptions(const FitOptions &fit)
{
    if (fit.bucketSeconds == m_fit.bucketSeconds && fit.preservePitch == m_fit.preservePitch
        && fit.stretchTolerance == m_fit.stretchTolerance)
        return;
    m_fit = fit;
    changed();
    Q_EMIT fitChanged();
}

void DatasetController::markSaved() { m_undo->setClean(); }

// Invalidates the summary and lint first (signal handlers read them), then queues summaryChanged.
void DatasetController::changed()
{
    m_cacheValid = false;
    if (m_summaryQueued)
        return;
    m_summaryQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_summaryQueued = false;
        Q_EMIT summaryChanged();
    });
}

int DatasetController::rowOf(PairId id) const
{
    for (int i = 0; i < m_dataset.pairs.size(); ++i)
        if (m_dataset.pairs[i].id == id)
            return i;
    return -1;
}

// ---- requests ----

void DatasetController::requestEditCaption(PairId id, const QString &caption)
{
    const DatasetPair *p = pair(id);
    const QString clean = caption.simplified();
    if (!p || p->caption == clean)
        return;
    m_undo->push(new EditCaptionCommand(this, id, p->caption, clean));
}

void DatasetController::requestTrimOffsets(PairId id, double referenceOffset, double targetOffset)
{
    const DatasetPair *p = pair(id);
    if (!p)
        return;
    const SetTrimOffsetCommand::Offsets before{p->reference.trimOffsetSeconds, p->target.trimOffsetSeconds};
    const SetTrimOffsetCommand::Offsets after{std::max(0.0, referenceOffset), std::max(0.0, targetOffset)};
    if (before == after)
        return;
    m_undo->push(new SetTrimOffsetCommand(this, id, before, after));
}

void DatasetController::requestExclude(const QList<PairId> &ids, bool excluded)
{
    QList<PairId> changing;
    for (PairId id : ids)
        if (const DatasetPair *p = pair(id); p && p->excluded != excluded)
            changing << id;
    if (changing.isEmpty())
        return;
    if (changing.size() == 1) {
        m_undo->push(new ExcludePairCommand(this, changing.first(), excluded));
        return;
    }
    m_undo->beginMacro(excluded ? tr("Exclude %n Pair(s)", nullptr, int(changing.size()))
                                : tr("Include %n Pair(s)", nullptr, int(changing.size())));
    for (PairId id : changing)
        m_undo->push(new ExcludePairCommand(this, id, excluded));
    m_undo->endMacro();
}

void DatasetController::requestTriggerPhrase(const QString &phrase)
{
    const QString clean = phrase.simplified();
    if (!m_loaded || clean == m_dataset.triggerPhrase)
        return;
    m_undo->push(new SetTriggerPhraseCommand(this, m_dataset.triggerPhrase, clean));
}

void DatasetController::requestReplaceClip(PairId id, ClipSide side, const ClipRef &clip)
{
    const DatasetPair *p = pair(id);
    if (!p)
        return;
    m_undo->push(new ReplaceClipCommand(this, *p, pairWithClip(id, side, clip), side == ClipSide::Target));
}

void DatasetController::requestPairOrphan(const QString &orphanStart, const DatasetPair &newPair)
{
    if (!m_loaded || !m_dataset.orphanStarts.contains(orphanStart))
        return;
    DatasetPair p = newPair;
    p.id = m_dataset.nextPairId();
    m_undo->push(new PairOrphanCommand(this, orphanStart, p));
}

int DatasetController::requestSetEmptyCaptions(const QString &caption)
{
    const QString clean = caption.simplified();
    QList<PairId> ids;
    for (const DatasetPair &p : m_dataset.pairs)
        if (p.caption.trimmed().isEmpty())
            ids << p.id;
    if (clean.isEmpty() || ids.isEmpty())
        return 0;
    m_undo->beginMacro(tr("Set %n Empty Caption(s)", nullptr, int(ids.size())));
    for (PairId id : ids)
        m_undo->push(new EditCaptionCommand(this, id, pair(id)->caption, clean));
    m_undo->endMacro();
    return int(ids.size());
}

int DatasetController::requestFindReplace(const QString &find, const QString &replace, Qt::CaseSensitivity cs)
{
    if (find.isEmpty())
        return 0;
    QList<QPair<PairId, QString>> edits;
    for (const DatasetPair &p : m_dataset.pairs) {
        QString c = p.caption;
        c.replace(find, replace, cs);
        c = c.simplified();
        if (c != p.caption)
            edits.append({p.id, c});
    }
    if (edits.isEmpty())
        return 0;
    m_undo->beginMacro(tr("Replace \"%1\" in %n Caption(s)", nullptr, int(edits.size())).arg(find));
    for (const auto &[id, caption] : edits)
        m_undo->push(new EditCaptionCommand(this, id, pair(id)->caption, caption));
    m_undo->endMacro();
    return int(edits.size());
}

// ---- setters for commands ----

void DatasetController::applyCaption(PairId id, const QString &caption)
{
    if (DatasetPair *p = m_dataset.pair(id)) {
        p->caption = caption;
        changed();
        Q_EMIT pairChanged(id);
    }
}

void DatasetController::applyTrimOffsets(PairId id, double referenceOffset, double targetOffset)
{
    if (DatasetPair *p = m_dataset.pair(id)) {
        p->reference.trimOffsetSeconds = referenceOffset;
        p->target.trimOffsetSeconds = targetOffset;
        changed();
        Q_EMIT pairChanged(id);
    }
}

void DatasetController::applyExcluded(PairId id, bool excluded)
{
    if (DatasetPair *p = m_dataset.pair(id)) {
        p->excluded = excluded;
        changed();
        Q_EMIT pairChanged(id);
    }
}

void DatasetController::applyTriggerPhrase(const QString &phrase)
{
    m_dataset.triggerPhrase = phrase;
    changed();
    Q_EMIT triggerPhraseChanged(phrase);
}

void DatasetController::applyPair(const DatasetPair &value)
{
    if (DatasetPair *p = m_dataset.pair(value.id)) {
        *p = value;
        changed();
        Q_EMIT pairChanged(value.id);
    }
}

void DatasetController::insertPair(const DatasetPair &value, const QString &orphanStartToRemove)
{
    const int row = int(m_dataset.pairs.size());
    Q_EMIT pairAboutToBeInserted(row);
    m_dataset.pairs.append(value);
    changed();
    Q_EMIT pairInserted(row);
    if (m_dataset.orphanStarts.removeAll(orphanStartToRemove) > 0)
        Q_EMIT orphansChanged();
}

void DatasetController::removePair(PairId id, const QString &orphanStartToRestore)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Q_EMIT pairAboutToBeRemoved(row);
    m_dataset.pairs.removeAt(row);
    changed();
    Q_EMIT pairRemoved(row);
    if (!orphanStartToRestore.isEmpty() && !m_dataset.orphanStarts.contains(orphanStartToRestore)) {
        m_dataset.orphanStarts.append(orphanStartToRestore);
        Q_EMIT orphansChanged();
    }
}

DatasetPair DatasetController::pairWithClip(PairId id, ClipSide side, const ClipRef &clip) const
{
    const DatasetPair *existing = pair(id);
    if (!existing)
        return {};
    DatasetPair p = *existing;
    (side == ClipSide::Reference ? p.reference : p.target) = clip;
    updatePairConsistencyIssues(p);
    return p;
}

}  // namespace a2a
