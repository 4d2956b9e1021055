// The pair table against the core's report: one row per pair, the status of each row and its
// words, "only problems", sorting (durations by value, names naturally), live updates when the
// bucket or a caption changes; the caption linter and the pair statistics.

#include "UiTestSupport.h"

#include "DatasetController.h"
#include "dataset/DatasetIngestor.h"
#include "dataset/DatasetReport.h"
#include "models/CaptionLinter.h"
#include "models/DatasetStats.h"
#include "models/PairFilterProxy.h"
#include "models/PairTableModel.h"
#include "views/PairListPane.h"

#include <QSignalSpy>
#include <QUndoStack>

using namespace a2a;

namespace {

const QString kLong = QStringLiteral(
    "a very long caption that keeps going and going to describe every last detail of the target sound, the room, "
    "the microphone, the speaker, the mood, the weather outside and much more than any encoder reads");

}  // namespace

class TestUiModels : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    CuratedDataset m_dataset;

    QList<PairId> problemIds(const DatasetController &c)
    {
        QList<PairId> ids;
        for (const DatasetPair &p : c.dataset().pairs)
            if (pairStatus(p, c.fit()) != PairStatus::Ok || c.lint().hasProblem(p.id))
                ids << p.id;
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString zip = m_dir.filePath(QStringLiteral("pairs.zip"));
        QVERIFY(test::writeDatasetZip(zip, {{QStringLiteral("take1"), 6.0, 6.0, QStringLiteral("warm radio voice")},
                                            {QStringLiteral("take2"), 3.2, 6.0, QStringLiteral("short reference")},
                                            {QStringLiteral("take3"), 2.4, 2.4, QString()},
                                            {QStringLiteral("take10"), 5.3, 5.3, QStringLiteral("Warm  radio voice")},
                                            {QStringLiteral("take11"), 8.0, 8.0, kLong},
                                            {QStringLiteral("broken"), -1.0, 6.0, QStringLiteral("unreadable start")}},
                                       {QStringLiteral("lonely_start.wav")}));
        const IngestResult r = ingestDataset(zip, IngestOptions{}, {});
        QVERIFY(!r.cancelled);
        m_dataset = r.dataset;
        QCOMPARE(m_dataset.pairs.size(), 6);
    }

    void rowsMatchTheCoreReport()
    {
        DatasetController c;
        c.setDataset(m_dataset);
        PairTableModel model(&c);
        const DatasetSummary core = summarizeDataset(m_dataset, c.fit());
        QCOMPARE(model.rowCount(), core.total);
        QCOMPARE(model.columnCount(), int(PairTableModel::ColumnCount));
        int usable = 0, skipped = 0, errors = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const PairId id = model.index(row, 0).data(PairTableModel::PairIdRole).toInt();
            const DatasetPair *p = m_dataset.pair(id);
            QVERIFY(p);
            QCOMPARE(model.index(row, PairTableModel::Name).data().toString(), p->name);
            const PairStatus status = pairStatus(*p, c.fit());
            QCOMPARE(model.index(row, 0).data(PairTableModel::StatusRole).toInt(), int(status));
            const QString text = model.index(row, PairTableModel::Status).data().toString();
            QVERIFY2(text.startsWith(PairTableModel::statusName(status)), qPrintable(text));
            QVERIFY(!model.index(row, PairTableModel::Status).data(Qt::DecorationRole).isNull());
            QVERIFY(!model.index(row, PairTableModel::Status).data(Qt::ToolTipRole).toString().isEmpty());
            usable += status == PairStatus::Ok || status == PairStatus::Warning;
            skipped += status == PairStatus::Skipped;
            errors += status == PairStatus::Error;
        }
        QCOMPARE(usable, core.usable);
        QCOMPARE(skipped, core.skipped);
        QCOMPARE(errors, core.errors);
        QCOMPARE(c.summary().usable, core.usable);
    }

    void statusWordsSayWhy()
    {
        DatasetController c;
        c.setDataset(m_dataset);
        PairTableModel model(&c);
        auto statusOf = [&](const QString &name) {
            return model.index(model.rowOf(test::pairNamed(m_dataset, name)->id), PairTableModel::Status).data().toString();
        };
        QCOMPARE(statusOf(QStringLiteral("take1")), QStringLiteral("ok"));
        QVERIFY2(statusOf(QStringLiteral("take2")).contains(QStringLiteral("reference 3.20 s")), qPrintable(statusOf(QStringLiteral("take2"))));
        QVERIFY(statusOf(QStringLiteral("take2")).contains(QStringLiteral("5.00 s bucket")));
        QVERIFY(statusOf(QStringLiteral("take3")).contains(QStringLiteral("target 2.40 s")));
        QVERIFY(statusOf(QStringLiteral("broken")).startsWith(QStringLiteral("error:")));
        // Durations and formats of both sides, as the report has them.
        const QString ref = model.index(model.rowOf(test::pairNamed(m_dataset, QStringLiteral("take2"))->id), PairTableModel::Reference).data().toString();
        QVERIFY2(ref.contains(QStringLiteral("3.20 s")) && ref.contains(QStringLiteral("wav")) && ref.contains(QStringLiteral("16 kHz")), qPrintable(ref));
    }

    void onlyProblemsFilter()
    {
        DatasetController c;
        c.setDataset(m_dataset);
        PairTableModel model(&c);
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        QCOMPARE(proxy.rowCount(), 6);
        proxy.setOnlyProblems(true);
        const QList<PairId> expected = problemIds(c);
        QCOMPARE(proxy.rowCount(), int(expected.size()));
        // take2, take3 (skipped), broken (error), take11 (caption too long); not take1/take10
        // (ok, sharing a caption is no problem on its own).
        QCOMPARE(proxy.rowCount(), 4);
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << proxy.index(r, PairTableModel::Name).data().toString();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("broken"), QStringLiteral("take11"), QStringLiteral("take2"), QStringLiteral("take3")}));
        // Every pair the core does not call ok is listed.
        for (const DatasetPair &p : m_dataset.pairs)
            if (pairStatus(p, c.fit()) != PairStatus::Ok)
                QVERIFY(names.contains(p.name));
        // A 2 s bucket makes take2 and take3 usable: the filter follows at once. take2 stays
        // listed as a warning (its sides differ in length), take3 for its empty caption.
        c.setFitOptions(FitOptions{2.0, true, 0.10});
        QCOMPARE(proxy.rowCount(), int(problemIds(c).size()));
        QCOMPARE(proxy.rowCount(), 4);
        c.setFitOptions(FitOptions{2.0, true, 0.10});
        c.requestEditCaption(test::pairNamed(m_dataset, QStringLiteral("take3"))->id, QStringLiteral("now captioned"));
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setOnlyProblems(false);
        proxy.setText(QStringLiteral("radio"));
        QCOMPARE(proxy.rowCount(), 2);  // take1, take10 by caption
    }

    void sorting()
    {
        DatasetController c;
        c.setDataset(m_dataset);
        PairTableModel model(&c);
        PairFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(PairTableModel::Reference, Qt::AscendingOrder);
        double previous = -10.0;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const double d = proxy.index(r, PairTableModel::Reference).data(PairTableModel::SortRole).toDouble();
            QVERIFY(d >= previous);
            previous = d;
        }
        QCOMPARE(proxy.index(0, PairTableModel::Name).data().toString(), QStringLiteral("broken"));  // unreadable first
        QCOMPARE(proxy.index(proxy.rowCount() - 1, PairTableModel::Name).data().toString(), QStringLiteral("take11"));
        proxy.sort(PairTableModel::Name, Qt::AscendingOrder);
        QStringList names;
        for (int r = 0; r < proxy.rowCount(); ++r)
            names << proxy.index(r, PairTableModel::Name).data().toString();
        QCOMPARE(names, (QStringList{QStringLiteral("broken"), QStringLiteral("take1"), QStringLiteral("take2"), QStringLiteral("take3"),
                                     QStringLiteral("take10"), QStringLiteral("take11")}));
        proxy.sort(PairTableModel::Status, Qt::AscendingOrder);  // errors first, ok last
        QCOMPARE(proxy.index(0, PairTableModel::Name).data().toString(), QStringLiteral("broken"));
        QCOMPARE(proxy.index(proxy.rowCount() - 1, 0).data(PairTableModel::StatusRole).toInt(), int(PairStatus::Ok));
    }

    void captionEditGoesThroughTheUndoStack()
    {
        DatasetController c;
        c.setDataset(m_dataset);
        PairTableModel model(&c);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const int row = model.rowOf(test::pairNamed(m_dataset, QStringLiteral("take3"))->id);
        const QModelIndex caption = model.index(row, PairTableModel::Caption);
        QVERIFY(model.flags(caption) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(row, PairTableModel::Status)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(caption, QStringLiteral("  a  new caption "), Qt::EditRole));
        QCOMPARE(caption.data().toString(), QStringLiteral("a new caption"));
        QVERIFY(!changed.isEmpty());
        QCOMPARE(c.undoStack()->count(), 1);
        QVERIFY(c.isModified());
        c.undoStack()->undo();
        QCOMPARE(caption.data().toString(), QString());
        QVERIFY(!c.isModified());
    }

    void summaryLineAndPane()
    {
        DatasetController c;
        PairListPane pane(&c);
        c.setDataset(m_dataset);
        QTRY_VERIFY(!pane.summaryText().isEmpty());
        const DatasetSummary s = summarizeDataset(m_dataset, c.fit());
        QVERIFY2(pane.summaryText().contains(QStringLiteral("%1 usable").arg(s.usable)), qPrintable(pane.summaryText()));
        QVERIFY(pane.summaryText().contains(QStringLiteral("%1 skipped").arg(s.skipped)));
        QVERIFY(pane.summaryText().contains(QStringLiteral("%1 with errors").arg(s.errors)));
        // Which bucket would keep the skipped ones.
        QVERIFY(s.keepAll.keeps == 2);
        QVERIFY2(pane.summaryText().contains(QStringLiteral("A %1 s bucket would keep all 2").arg(s.keepAll.bucketSeconds, 0, 'f', 1)),
                 qPrintable(pane.summaryText()));
        QCOMPARE(pane.currentPair(), m_dataset.pairs.first().id);  // the first row is selected on load
    }

    void captionLinter()
    {
        CuratedDataset ds = m_dataset;
        CaptionLint lint = lintCaptions(ds);
        auto problems = [&](const QString &name) {
            QList<CaptionProblem> out;
            for (const CaptionLintItem &i : lint.byPair.value(test::pairNamed(ds, name)->id))
                out << i.problem;
            return out;
        };
        QCOMPARE(problems(QStringLiteral("take3")), QList<CaptionProblem>{CaptionProblem::Empty});
        QCOMPARE(problems(QStringLiteral("take1")), QList<CaptionProblem>{CaptionProblem::Duplicate});  // "Warm  radio voice" too
        QCOMPARE(problems(QStringLiteral("take10")), QList<CaptionProblem>{CaptionProblem::Duplicate});
        QCOMPARE(problems(QStringLiteral("take11")), QList<CaptionProblem>{CaptionProblem::TooLong});
        QVERIFY(problems(QStringLiteral("take2")).isEmpty());
        QCOMPARE(lint.datasetLevel.size(), 1);  // no trigger phrase
        QVERIFY(!lint.hasProblem(test::pairNamed(ds, QStringLiteral("take1"))->id));

        ds.triggerPhrase = QStringLiteral("radio");
        lint = lintCaptions(ds);
        QVERIFY(lint.datasetLevel.isEmpty());
        QVERIFY(problems(QStringLiteral("take1")).contains(CaptionProblem::TriggerRepeated));
        QVERIFY(!problems(QStringLiteral("take2")).contains(CaptionProblem::TriggerRepeated));

        // 30 words + a 3-word trigger: over the limit only with the trigger.
        ds.triggerPhrase = QStringLiteral("one two three");
        QStringList words;
        for (int i = 0; i < 30; ++i)
            words << QStringLiteral("w%1").arg(i);
        ds.pair(test::pairNamed(ds, QStringLiteral("take2"))->id)->caption = words.join(QLatin1Char(' '));
        lint = lintCaptions(ds);
        QCOMPARE(problems(QStringLiteral("take2")), QList<CaptionProblem>{CaptionProblem::TooLong});

        // Excluded pairs are not checked; one caption shared by all is a single note.
        CuratedDataset same = m_dataset;
        for (DatasetPair &p : same.pairs)
            p.caption = QStringLiteral("the same transform");
        lint = lintCaptions(same);
        QVERIFY(lint.byPair.isEmpty());
        QCOMPARE(lint.datasetLevel.size(), 2);
        same.pairs[0].caption.clear();
        same.pairs[0].excluded = true;
        QVERIFY(!lintCaptions(same).has(same.pairs[0].id));
    }

    void pairStatistics()
    {
        const DatasetStats s = computeDatasetStats(m_dataset);
        QCOMPARE(s.clips, 11);  // 12 clips less the unreadable one
        int inHistogram = 0;
        for (size_t i = 0; i < s.durations.reference.size(); ++i)
            inHistogram += s.durations.reference[i] + s.durations.target[i];
        QCOMPARE(inHistogram, 11);
        QCOMPARE(s.formats.value(QStringLiteral("wav")), 11);
        QCOMPARE(s.sampleRates.value(16000), 11);
        QCOMPARE(s.shortestSeconds, 2.4);
        QCOMPARE(s.longestSeconds, 8.0);
        QCOMPARE(s.captioned, 5);
        QCOMPARE(s.captionsTooLong, 1);
        QVERIFY(s.durations.reference.size() <= 17);
    }
};

A2A_UI_TEST_MAIN(TestUiModels)
#include "test_ui_models.moc"
