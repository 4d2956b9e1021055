#include "CaptionLinter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace a2a {
namespace {

struct CaptionLinter {
    Q_DECLARE_TR_FUNCTIONS(CaptionLinter)
};

QString normalized(const QString &caption) { return caption.simplified().toCaseFolded(); }

bool containsPhrase(const QString &caption, const QString &phrase)
{
    const QRegularExpression re(QStringLiteral("(^|\\W)%1($|\\W)").arg(QRegularExpression::escape(phrase.simplified())),
                                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(caption).hasMatch();
}

}  // namespace

int wordCount(const QString &text)
{
    return int(text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
}

QStringList CaptionLint::messages(PairId id) const
{
    QStringList out;
    for (const CaptionLintItem &i : byPair.value(id))
        out << i.message;
    return out;
}

bool CaptionLint::hasProblem(PairId id) const
{
    for (const CaptionLintItem &i : byPair.value(id))
        if (i.problem != CaptionProblem::Duplicate)
            return true;
    return false;
}

int CaptionLint::count(CaptionProblem problem) const
{
    int n = 0;
    for (const auto &items : byPair)
        for (const CaptionLintItem &i : items)
            n += i.problem == problem ? 1 : 0;
    return n;
}

CaptionLint lintCaptions(const CuratedDataset &dataset)
{
    CaptionLint lint;
    QHash<QString, QStringList> namesByCaption;
    for (const DatasetPair &p : dataset.pairs)
        if (!p.excluded && !p.caption.trimmed().isEmpty())
            namesByCaption[normalized(p.caption)] << p.name;

    const QString trigger = dataset.triggerPhrase.simplified();
    // One caption shared by every captioned pair: a note, not a duplicate flag on each pair.
    const bool allSame = namesByCaption.size() == 1 && namesByCaption.begin()->size() > 1;
    int active = 0;
    for (const DatasetPair &p : dataset.pairs) {
        if (p.excluded)
            continue;
        ++active;
        QList<CaptionLintItem> items;
        if (p.caption.trimmed().isEmpty()) {
            items.append({CaptionProblem::Empty, CaptionLinter::tr("no caption: the model hears this pair with the trigger phrase alone")});
        } else {
            const QStringList same = namesByCaption.value(normalized(p.caption));
            if (same.size() > 1 && !allSame) {
                QStringList others = same;
                others.removeAll(p.name);
                const int more = int(others.size()) - 3;
                QString list = QStringList(others.mid(0, 3)).join(QStringLiteral(", "));
                if (more > 0)
                    list += CaptionLinter::tr(" and %n more", nullptr, more);
                items.append({CaptionProblem::Duplicate, CaptionLinter::tr("same caption as %1").arg(list)});
            }
            if (!trigger.isEmpty() && containsPhrase(p.caption, trigger))
                items.append({CaptionProblem::TriggerRepeated,
                              CaptionLinter::tr("the caption already contains the trigger phrase \"%1\"; it is prepended again, so it appears twice").arg(trigger)});
        }
        const int words = wordCount(composeCaption(dataset.triggerPhrase, p.caption));
        if (words > kMaxCaptionWords)
            items.append({CaptionProblem::TooLong,
                          CaptionLinter::tr("%1 words with the trigger phrase; the text encoder reads only the first %2").arg(words).arg(kMaxCaptionWords)});
        if (!items.isEmpty())
            lint.byPair.insert(p.id, items);
    }
    if (allSame)
        lint.datasetLevel << CaptionLinter::tr("all %n captioned pair(s) share one caption; fine for one transform, but varied "
                                               "captions that describe each target teach the model more", nullptr,
                                               int(namesByCaption.begin()->size()));
    if (active > 0 && trigger.isEmpty())
        lint.datasetLevel << CaptionLinter::tr("no trigger phrase: set a rare word (e.g. \"tonech4nge\") so the LoRA is called up by it");
    return lint;
}

}  // namespace a2a
