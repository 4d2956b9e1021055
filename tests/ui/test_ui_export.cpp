// "Save dataset as…" from the app: edits (captions, trigger phrase, exclusion, trim offsets, a
// replaced clip) are saved by the ExportController on a worker, and loading the saved zip gives
// back the same pairs and captions with the trigger preserved. The source is never overwritten.

#include "UiTestSupport.h"

#include "DatasetController.h"
#include "controllers/ClipLoadController.h"
#include "controllers/ExportController.h"
#include "dataset/DatasetIngestor.h"
#include "support/TestFiles.h"
#include "support/TestSignals.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QUndoStack>

using namespace a2a;

class TestUiExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_zip;

    CuratedDataset load(const QString &path)
    {
        const IngestResult r = ingestDataset(path, IngestOptions{}, {});
        return r.dataset;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_zip = m_dir.filePath(QStringLiteral("source.zip"));
        QVERIFY(test::writeDatasetZip(m_zip, {{QStringLiteral("take1"), 9.0, 9.0, QStringLiteral("radio voice")},
                                              {QStringLiteral("take2"), 6.0, 6.0, QStringLiteral("first caption")},
                                              {QStringLiteral("take3"), 6.0, 6.0, QString()},
                                              {QStringLiteral("take4"), 6.0, 6.0, QStringLiteral("dropped")}}));
    }

    void saveAsRoundTrip()
    {
        const QStringList sourceBefore = test::fingerprint(m_zip);
        DatasetController c;
        c.setDataset(load(m_zip));
        QCOMPARE(c.dataset().pairs.size(), 4);
        auto id = [&](const char *name) { return test::pairNamed(c.dataset(), QString::fromLatin1(name))->id; };
        c.requestEditCaption(id("take2"), QStringLiteral("an edited caption"));
        c.requestEditCaption(id("take3"), QStringLiteral("a new caption"));
        c.requestTriggerPhrase(QStringLiteral("tonech4nge"));
        c.requestExclude({id("take4")}, true);
        c.requestTrimOffsets(id("take1"), 1.5, 2.0);
        // Replace take3's target with a flac from disk (decoded on a worker, as the app does).
        const QString flac = m_dir.filePath(QStringLiteral("better_end.flac"));
        QVERIFY(test::writeClip(flac, test::noise(44100, 2, 7.0), QStringLiteral("flac")));
        ClipLoadController loader;
        connect(&loader, &ClipLoadController::replacementReady, &c, &DatasetController::requestReplaceClip);
        QSignalSpy replaced(&c, &DatasetController::pairChanged);
        QVERIFY(loader.loadReplacement(id("take3"), ClipSide::Target, flac));
        QTRY_COMPARE(replaced.count(), 1);
        QVERIFY(c.isModified());

        ExportController exporter;
        QSignalSpy finished(&exporter, &ExportController::finished);
        QSignalSpy busy(&exporter, &ExportController::busyChanged);
        const QString out = m_dir.filePath(QStringLiteral("curated.zip"));
        QElapsedTimer t;
        t.start();
        QVERIFY(exporter.save(c.dataset(), out));
        QVERIFY(t.elapsed() < 100);  // returns at once; the zip is written on a worker
        QVERIFY(exporter.isBusy());
        QTRY_COMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<ExportResult>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.pairsWritten, 3);
        QCOMPARE(busy.count(), 2);
        QCOMPARE(test::fingerprint(m_zip), sourceBefore);

        const CuratedDataset saved = load(out);
        QVERIFY(!hasErrors(saved.issues));
        QStringList names;
        for (const DatasetPair &p : saved.pairs)
            names << p.name;
        QCOMPARE(names, (QStringList{QStringLiteral("take1"), QStringLiteral("take2"), QStringLiteral("take3")}));
        for (const DatasetPair &p : saved.pairs) {
            const DatasetPair *mine = test::pairNamed(c.dataset(), p.name);
            QCOMPARE(p.caption, mine->caption);
            QCOMPARE(saved.finalCaption(p), c.dataset().finalCaption(*mine));
        }
        QCOMPARE(saved.triggerPhrase, QStringLiteral("tonech4nge"));
        QCOMPARE(test::pairNamed(saved, QStringLiteral("take2"))->caption, QStringLiteral("an edited caption"));
        const DatasetPair *t1 = test::pairNamed(saved, QStringLiteral("take1"));
        QCOMPARE(t1->reference.trimOffsetSeconds, 1.5);
        QCOMPARE(t1->target.trimOffsetSeconds, 2.0);
        const DatasetPair *t3 = test::pairNamed(saved, QStringLiteral("take3"));
        QCOMPARE(t3->target.info.container, QStringLiteral("flac"));
        QVERIFY(std::abs(t3->target.durationSeconds() - 7.0) < 1e-3);
        QCOMPARE(t3->target.sourcePath, QStringLiteral("take3_end.flac"));
    }

    void neverOverwritesTheSource()
    {
        DatasetController c;
        c.setDataset(load(m_zip));
        const QStringList before = test::fingerprint(m_zip);
        ExportController exporter;
        QSignalSpy finished(&exporter, &ExportController::finished);
        QVERIFY(exporter.save(c.dataset(), m_zip));
        QTRY_COMPARE(finished.count(), 1);
        const auto result = finished.first().first().value<ExportResult>();
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("overwrite")), qPrintable(result.error));
        QCOMPARE(test::fingerprint(m_zip), before);
    }
};

A2A_UI_TEST_MAIN(TestUiExport)
#include "test_ui_export.moc"
