#include "DatasetStatsView.h"

#include "DatasetController.h"
#include "models/CaptionLinter.h"
#include "models/DatasetStats.h"

#include "DurationHistogramView.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace a2a {
namespace {

QString countsText(const QMap<QString, int> &m)
{
    QStringList parts;
    for (auto it = m.begin(); it != m.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.join(QStringLiteral(" · "));
}

}  // namespace

DatasetStatsView::DatasetStatsView(const DatasetController *controller, QWidget *parent)
    : QWidget(parent), m_controller(controller)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_histogram = new DurationHistogramView(this);
    layout->addWidget(m_histogram, 1);

    m_suggestion = new QLabel(this);
    m_suggestion->setWordWrap(true);
    m_useSuggestion = new QPushButton(this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_suggestion, 1);
    row->addWidget(m_useSuggestion);
    layout->addLayout(row);
    connect(m_useSuggestion, &QPushButton::clicked, this, [this] { Q_EMIT bucketSuggested(m_suggestedBucket); });

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_text);

    connect(controller, &DatasetController::summaryChanged, this, &DatasetStatsView::refresh);
    refresh();
}

QString DatasetStatsView::suggestionText() const { return m_suggestion->text(); }

void DatasetStatsView::rebuildStats()
{
    const DatasetStats stats = computeDatasetStats(m_controller->dataset());
    m_histogram->setHistogram(stats.durations, m_controller->fit().bucketSeconds);

    QStringList lines;
    if (stats.clips > 0) {
        lines << tr("<b>Durations</b> %1 – %2 s over %n clip(s)", nullptr, stats.clips)
                     .arg(stats.shortestSeconds, 0, 'f', 2)
                     .arg(stats.longestSeconds, 0, 'f', 2);
        lines << tr("<b>Formats</b> %1").arg(countsText(stats.formats));
        QMap<QString, int> rates;
        for (auto it = stats.sampleRates.begin(); it != stats.sampleRates.end(); ++it)
            rates.insert(tr("%1 kHz").arg(it.key() / 1000.0, 0, 'g', 3), it.value());
        lines << tr("<b>Sample rates</b> %1").arg(countsText(rates));
    }
    const int pairs = int(m_controller->dataset().pairs.size()) - m_controller->summary().excluded;
    if (stats.captioned > 0)
        lines << tr("<b>Captions</b> %1 of %2 pairs; %3–%4 words (median %5); %6 over %7 words with the trigger")
                     .arg(stats.captioned).arg(pairs)
                     .arg(stats.captionWordsMin).arg(stats.captionWordsMax).arg(stats.captionWordsMedian)
                     .arg(stats.captionsTooLong).arg(kMaxCaptionWords);
    else if (pairs > 0)
        lines << tr("<b>Captions</b> none of %n pair(s) has a caption", nullptr, pairs);
    m_text->setText(lines.join(QStringLiteral("<br>")));
}

void DatasetStatsView::refresh()
{
    const bool loaded = m_controller->hasDataset();
    m_histogram->setVisible(loaded);
    if (!loaded) {
        m_text->setText(tr("Statistics appear when a dataset is open."));
        m_suggestion->clear();
        m_useSuggestion->hide();
        return;
    }
    rebuildStats();
    const DatasetSummary &s = m_controller->summary();
    QStringList hints;
    m_suggestedBucket = 0.0;
    if (s.bestGain.keeps > 0) {
        hints << tr("A %1 s bucket would keep %n more pair(s).", nullptr, s.bestGain.keeps).arg(s.bestGain.bucketSeconds, 0, 'f', 1);
        m_suggestedBucket = s.bestGain.bucketSeconds;
    }
    if (s.keepAll.keeps > 0 && std::abs(s.keepAll.bucketSeconds - s.bestGain.bucketSeconds) > 1e-9)
        hints << tr("A %1 s bucket would keep all %n skipped pair(s).", nullptr, s.keepAll.keeps).arg(s.keepAll.bucketSeconds, 0, 'f', 1);
    if (s.skipped > 0 && s.keepAll.keeps == 0 && s.bestGain.keeps == 0)
        hints << tr("The skipped pairs are shorter than the 0.5 s minimum bucket.");
    m_suggestion->setText(hints.join(QLatin1Char(' ')));
    m_useSuggestion->setVisible(m_suggestedBucket > 0);
    m_useSuggestion->setText(tr("Use %1 s").arg(m_suggestedBucket, 0, 'f', 1));
}

}  // namespace a2a
