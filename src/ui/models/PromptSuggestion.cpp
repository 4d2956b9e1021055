#include "PromptSuggestion.h"

#include <QHash>

namespace a2a {

QString suggestedPrompt(const CuratedDataset &dataset)
{
    QHash<QString, int> counts;
    QString best;
    int bestCount = 0;
    for (const DatasetPair &p : dataset.pairs) {
        const QString caption = p.caption.simplified();
        if (p.excluded || caption.isEmpty())
            continue;
        const int n = ++counts[caption];
        if (n > bestCount) {
            best = caption;
            bestCount = n;
        }
    }
    return composeCaption(dataset.triggerPhrase, best);
}

QString suggestedPromptFor(const CuratedDataset &dataset, PairId id)
{
    const DatasetPair *p = dataset.pair(id);
    if (!p || p->caption.simplified().isEmpty())
        return suggestedPrompt(dataset);
    return dataset.finalCaption(*p);
}

}  // namespace a2a
