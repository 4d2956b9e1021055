// Editing through the undo stack: caption edits, trim drags that merge, exclusion, the trigger
// phrase, clip replacement, pairing an orphan, bulk caption actions, and the clean state that
// "unsaved edits" checks; plus the views that ask for these edits (caption panel, span drag).

#include "UiTestSupport.h"

#include "DatasetController.h"
#include "commands/SetTrimOffsetCommand.h"
#include "controllers/ClipLoadController.h"
#include "dataset/DatasetIngestor.h"
#include "support/TestSignals.h"
#include "views/CaptionPanel.h"
#include "views/PairInspector.h"
#include "views/WaveformView.h"

#include <QLineEdit>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QUndoStack>

using namespace a2a;

namespace {

ClipRef clip(double seconds, const QString &path = QStringLiteral("x.wav"))
{
    ClipRef c;
    c.sourcePath = path;
    c.localPath = path;
    c.decoded = true;
    c.info.container = QStringLiteral("wav");
    c.info.sampleRate = 16000;
    c.info.channels = 1;
    c.info.frames = int64_t(seconds * 16000);
    return c;
}

CuratedDataset makeDataset()
{
    CuratedDataset ds;
    ds.source = QStringLiteral("mem.zip");
    const struct {
        const char *name;
        double ref, tgt;
        const char *caption;
    } specs[] = {{"a", 12.0, 12.0, "radio voice"}, {"b", 6.0, 6.0, ""}, {"c", 8.0, 6.0, "old radio"}, {"d", 6.0, 6.0, ""}};
    PairId id = 0;
    for (const auto &s : specs) {
        DatasetPair p;
        p.id = id++;
        p.name = QString::fromLatin1(s.name);
        p.reference = clip(s.ref, p.name + QStringLiteral("_start.wav"));
        p.target = clip(s.tgt, p.name + QStringLiteral("_end.wav"));
        p.caption = QString::fromLatin1(s.caption);
        ds.pairs.append(p);
    }
    return ds;
}

void sendMouse(QWidget *w, QEvent::Type type, QPointF pos, Qt::MouseButtons buttons)
{
    QMouseEvent e(type, pos, w->mapToGlobal(pos), type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}

}  // namespace

class TestUiCommands : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void editCaptionUndoRedo()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        QSignalSpy changed(&c, &DatasetController::pairChanged);
        c.requestEditCaption(0, QStringLiteral("  a warm   radio voice "));
        QCOMPARE(c.pair(0)->caption, QStringLiteral("a warm radio voice"));
        QCOMPARE(c.undoStack()->count(), 1);
        QCOMPARE(c.undoStack()->undoText(), QStringLiteral("Edit Caption of a"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().first().toInt(), 0);
        c.requestEditCaption(0, QStringLiteral("a warm radio voice"));  // no change, no command
        QCOMPARE(c.undoStack()->count(), 1);
        c.undoStack()->undo();
        QCOMPARE(c.pair(0)->caption, QStringLiteral("radio voice"));
        c.undoStack()->redo();
        QCOMPARE(c.pair(0)->caption, QStringLiteral("a warm radio voice"));
        c.requestEditCaption(1, QStringLiteral("second"));
        QCOMPARE(c.undoStack()->count(), 2);  // caption edits do not merge
        c.undoStack()->undo();
        c.undoStack()->undo();
        QCOMPARE(c.pair(0)->caption, QStringLiteral("radio voice"));
        QCOMPARE(c.pair(1)->caption, QString());
        QVERIFY(!c.isModified());
    }

    void trimDragsMerge()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        for (double o : {0.5, 1.0, 2.5, 3.0})
            c.requestTrimOffsets(0, o, o);
        QCOMPARE(c.undoStack()->count(), 1);  // one drag (or several of the same pair) = one undo step
        QCOMPARE(c.pair(0)->reference.trimOffsetSeconds, 3.0);
        QCOMPARE(c.pair(0)->target.trimOffsetSeconds, 3.0);
        c.requestTrimOffsets(0, 4.0, 3.5);  // a second drag of the same pair merges too
        QCOMPARE(c.undoStack()->count(), 1);
        c.undoStack()->undo();
        QCOMPARE(c.pair(0)->reference.trimOffsetSeconds, 0.0);
        QCOMPARE(c.pair(0)->target.trimOffsetSeconds, 0.0);
        c.undoStack()->redo();
        QCOMPARE(c.pair(0)->reference.trimOffsetSeconds, 4.0);
        QCOMPARE(c.pair(0)->target.trimOffsetSeconds, 3.5);

        c.requestTrimOffsets(2, 1.0, 0.0);  // another pair: its own step
        QCOMPARE(c.undoStack()->count(), 2);
        c.requestTrimOffsets(0, 5.0, 5.0);  // back to the first: not merged across another command
        QCOMPARE(c.undoStack()->count(), 3);
        const auto *top = dynamic_cast<const SetTrimOffsetCommand *>(c.undoStack()->command(2));
        QVERIFY(top);
        QCOMPARE(top->pairId(), 0);

        // Dragged back to where it started: the merged command is obsolete and leaves the stack.
        c.requestTrimOffsets(2, 2.0, 0.0);
        QCOMPARE(c.undoStack()->count(), 4);
        c.requestTrimOffsets(2, 1.0, 0.0);
        QCOMPARE(c.undoStack()->count(), 3);
        QCOMPARE(c.pair(2)->reference.trimOffsetSeconds, 1.0);
    }

    void excludeAndInclude()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        QCOMPARE(c.summary().usable, 4);
        c.requestExclude({0, 1}, true);
        QCOMPARE(c.undoStack()->count(), 1);  // one macro for the selection
        QVERIFY(c.pair(0)->excluded && c.pair(1)->excluded);
        QCOMPARE(c.summary().excluded, 2);
        QCOMPARE(c.summary().usable, 2);
        QCOMPARE(pairStatus(*c.pair(0), c.fit()), PairStatus::Excluded);
        c.requestExclude({0}, false);
        QCOMPARE(c.undoStack()->undoText(), QStringLiteral("Include a"));
        QVERIFY(!c.pair(0)->excluded);
        c.undoStack()->undo();
        c.undoStack()->undo();
        QVERIFY(!c.pair(0)->excluded && !c.pair(1)->excluded);
        QCOMPARE(c.summary().usable, 4);
    }

    void triggerPhrase()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        QSignalSpy spy(&c, &DatasetController::triggerPhraseChanged);
        c.requestTriggerPhrase(QStringLiteral("  tonech4nge "));
        QCOMPARE(c.dataset().triggerPhrase, QStringLiteral("tonech4nge"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(c.dataset().finalCaption(*c.pair(0)), QStringLiteral("tonech4nge radio voice"));
        QCOMPARE(c.dataset().finalCaption(*c.pair(1)), QStringLiteral("tonech4nge"));
        QVERIFY(c.lint().datasetLevel.isEmpty() || !c.lint().datasetLevel.first().contains(QStringLiteral("no trigger")));
        c.undoStack()->undo();
        QCOMPARE(c.dataset().triggerPhrase, QString());
        QCOMPARE(c.dataset().finalCaption(*c.pair(0)), QStringLiteral("radio voice"));
    }

    void replaceClip()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        const DatasetPair before = *c.pair(1);
        c.requestReplaceClip(1, ClipSide::Target, clip(3.0, QStringLiteral("/tmp/new_end.flac")));
        QCOMPARE(c.undoStack()->undoText(), QStringLiteral("Replace Target of b"));
        QCOMPARE(c.pair(1)->target.sourcePath, QStringLiteral("/tmp/new_end.flac"));
        QCOMPARE(pairStatus(*c.pair(1), c.fit()), PairStatus::Skipped);
        QCOMPARE(c.pair(1)->issues.size(), 1);  // sides now differ: the ingest warning, recomputed
        QCOMPARE(c.pair(1)->issues.first().code, QStringLiteral("pair-length-mismatch"));
        c.undoStack()->undo();
        QCOMPARE(c.pair(1)->target.sourcePath, before.target.sourcePath);
        QVERIFY(c.pair(1)->issues.isEmpty());
        QCOMPARE(pairStatus(*c.pair(1), c.fit()), PairStatus::Ok);
    }

    void loadClipFromDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("take.flac"));
        QVERIFY(test::writeClip(path, test::noise(22050, 2, 2.5), QStringLiteral("flac")));
        ClipLoadController loader;
        QSignalSpy ready(&loader, &ClipLoadController::replacementReady);
        QSignalSpy failed(&loader, &ClipLoadController::failed);
        QVERIFY(loader.loadReplacement(7, ClipSide::Reference, path));
        QVERIFY(!loader.loadReplacement(7, ClipSide::Reference, path));  // one job at a time
        QTRY_COMPARE(ready.count(), 1);
        const ClipRef c = ready.first().at(2).value<ClipRef>();
        QCOMPARE(ready.first().at(0).toInt(), 7);
        QVERIFY(c.decoded);
        QCOMPARE(c.info.container, QStringLiteral("flac"));
        QVERIFY(std::abs(c.durationSeconds() - 2.5) < 1e-3);
        QVERIFY(c.waveform && c.waveform->frames() == c.info.frames);
        QCOMPARE(c.suffix(), QStringLiteral("flac"));

        const QString bad = dir.filePath(QStringLiteral("bad.wav"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not audio");
        f.close();
        QVERIFY(loader.loadReplacement(7, ClipSide::Target, bad));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(ready.count(), 1);
    }

    void pairAnOrphan()
    {
        QTemporaryDir dir;
        const QString zip = dir.filePath(QStringLiteral("pairs.zip"));
        QVERIFY(test::writeDatasetZip(zip, {{QStringLiteral("take1")}, {QStringLiteral("take2")}}, {QStringLiteral("sub/lonely_start.wav")}));
        const IngestResult in = ingestDataset(zip, IngestOptions{}, {});
        QCOMPARE(in.dataset.orphanStarts, QStringList{QStringLiteral("sub/lonely_start.wav")});
        const QString target = dir.filePath(QStringLiteral("lonely_target.wav"));
        QVERIFY(test::writeClip(target, test::noise(16000, 1, 6.0)));

        DatasetController c;
        c.setDataset(in.dataset);
        ClipLoadController loader;
        connect(&loader, &ClipLoadController::orphanPairReady, &c, &DatasetController::requestPairOrphan);
        QSignalSpy inserted(&c, &DatasetController::pairInserted);
        QVERIFY(loader.loadOrphanPair(c.dataset(), QStringLiteral("sub/lonely_start.wav"), target));
        QTRY_COMPARE(inserted.count(), 1);
        QCOMPARE(c.dataset().pairs.size(), 3);
        const DatasetPair &p = c.dataset().pairs.last();
        QCOMPARE(p.name, QStringLiteral("lonely"));
        QCOMPARE(p.id, 2);
        QVERIFY(p.reference.decoded && p.target.decoded);
        QCOMPARE(pairStatus(p, c.fit()), PairStatus::Ok);
        QVERIFY(c.dataset().orphanStarts.isEmpty());
        QCOMPARE(c.summary().usable, 3);
        c.undoStack()->undo();
        QCOMPARE(c.dataset().pairs.size(), 2);
        QCOMPARE(c.dataset().orphanStarts, QStringList{QStringLiteral("sub/lonely_start.wav")});
        c.undoStack()->redo();
        QCOMPARE(c.dataset().pairs.size(), 3);
    }

    void bulkCaptions()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        QCOMPARE(c.requestSetEmptyCaptions(QStringLiteral("vintage radio")), 2);
        QCOMPARE(c.undoStack()->count(), 1);
        QCOMPARE(c.pair(1)->caption, QStringLiteral("vintage radio"));
        QCOMPARE(c.pair(3)->caption, QStringLiteral("vintage radio"));
        QCOMPARE(c.pair(0)->caption, QStringLiteral("radio voice"));
        QCOMPARE(c.requestFindReplace(QStringLiteral("RADIO"), QStringLiteral("AM radio"), Qt::CaseInsensitive), 4);
        QCOMPARE(c.pair(2)->caption, QStringLiteral("old AM radio"));
        QCOMPARE(c.requestFindReplace(QStringLiteral("RADIO"), QStringLiteral("x"), Qt::CaseSensitive), 0);
        QCOMPARE(c.undoStack()->count(), 2);
        c.undoStack()->undo();
        QCOMPARE(c.pair(2)->caption, QStringLiteral("old radio"));
        c.undoStack()->undo();
        QCOMPARE(c.pair(1)->caption, QString());
    }

    void cleanState()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        QSignalSpy modified(&c, &DatasetController::modifiedChanged);
        QVERIFY(!c.isModified());
        c.requestEditCaption(1, QStringLiteral("x"));
        QVERIFY(c.isModified());
        c.markSaved();
        QVERIFY(!c.isModified());
        c.undoStack()->undo();
        QVERIFY(c.isModified());
        QCOMPARE(modified.count(), 3);
        c.setDataset(makeDataset());  // a new dataset starts clean, with no history
        QVERIFY(!c.isModified());
        QCOMPARE(c.undoStack()->count(), 0);
    }

    void captionPanelCommitsAndPreviews()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        CaptionPanel panel(&c);
        connect(&panel, &CaptionPanel::captionEditRequested, &c, &DatasetController::requestEditCaption);
        connect(&panel, &CaptionPanel::triggerPhraseRequested, &c, &DatasetController::requestTriggerPhrase);
        panel.setPair(0);
        QCOMPARE(panel.captionEditor()->toPlainText(), QStringLiteral("radio voice"));
        panel.triggerField()->setText(QStringLiteral("tonech4nge"));
        QCOMPARE(panel.previewText(), QStringLiteral("tonech4nge radio voice"));  // live, before it is applied
        Q_EMIT panel.triggerField()->editingFinished();
        QCOMPARE(c.dataset().triggerPhrase, QStringLiteral("tonech4nge"));
        panel.captionEditor()->setPlainText(QStringLiteral("warm radio voice"));
        QCOMPARE(panel.previewText(), QStringLiteral("tonech4nge warm radio voice"));
        panel.setPair(1);  // selecting another pair applies the edit
        QCOMPARE(c.pair(0)->caption, QStringLiteral("warm radio voice"));
        QCOMPARE(c.undoStack()->count(), 2);
        c.undoStack()->undo();  // the panel follows undo for the shown pair
        panel.setPair(0);
        QCOMPARE(panel.captionEditor()->toPlainText(), QStringLiteral("radio voice"));
    }

    void draggingTheSpanSetsLinkedTrims()
    {
        DatasetController c;
        c.setDataset(makeDataset());
        PairInspector inspector(&c);
        connect(&inspector, &PairInspector::trimOffsetsRequested, &c, &DatasetController::requestTrimOffsets);
        inspector.resize(1000, 400);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspector.setPair(0);  // 12 s on both sides, 5 s bucket: trim 0–5 s
        WaveformView *ref = inspector.referenceView();
        QVERIFY(ref->isDraggable());
        const auto [from, to] = ref->spanSeconds();
        QCOMPARE(from, 0.0);
        QCOMPARE(to, 5.0);
        auto xOf = [&](double s) { return s / 12.24 * ref->width(); };  // axis: 12 s × 1.02
        const double y = ref->height() / 2.0;
        sendMouse(ref, QEvent::MouseButtonPress, QPointF(xOf(2.0), y), Qt::LeftButton);
        for (double s : {2.5, 3.0, 4.0, 5.0})
            sendMouse(ref, QEvent::MouseMove, QPointF(xOf(s), y), Qt::LeftButton);
        sendMouse(ref, QEvent::MouseButtonRelease, QPointF(xOf(5.0), y), Qt::NoButton);
        QCOMPARE(c.undoStack()->count(), 1);
        QVERIFY(std::abs(c.pair(0)->reference.trimOffsetSeconds - 3.0) < 0.05);
        QVERIFY(std::abs(c.pair(0)->target.trimOffsetSeconds - 3.0) < 0.05);  // linked
        QVERIFY(std::abs(ref->spanSeconds().first - 3.0) < 0.05);              // the view follows

        inspector.setLinkTrims(false);
        sendMouse(ref, QEvent::MouseButtonPress, QPointF(xOf(4.0), y), Qt::LeftButton);
        sendMouse(ref, QEvent::MouseMove, QPointF(xOf(6.0), y), Qt::LeftButton);
        sendMouse(ref, QEvent::MouseButtonRelease, QPointF(xOf(6.0), y), Qt::NoButton);
        QCOMPARE(c.undoStack()->count(), 1);  // same pair: merged
        QVERIFY(std::abs(c.pair(0)->reference.trimOffsetSeconds - 5.0) < 0.05);
        QVERIFY(std::abs(c.pair(0)->target.trimOffsetSeconds - 3.0) < 0.05);
        c.undoStack()->undo();
        QCOMPARE(c.pair(0)->reference.trimOffsetSeconds, 0.0);

        // A pair that fills the bucket exactly cannot be dragged; a short side is flagged.
        inspector.setPair(1);  // 6 s on both sides
        QVERIFY(ref->isDraggable());
        c.setFitOptions(FitOptions{6.0, true, 0.10});
        QCOMPARE(ref->clip().plan.kind, FitKind::Exact);
        QVERIFY(!ref->isDraggable());
        c.setFitOptions(FitOptions{7.0, true, 0.10});
        QCOMPARE(ref->clip().plan.kind, FitKind::Skip);
        QVERIFY(std::abs(ref->clip().plan.shortfallSeconds() - 1.0) < 1e-9);
    }
};

A2A_UI_TEST_MAIN(TestUiCommands)
#include "test_ui_commands.moc"
