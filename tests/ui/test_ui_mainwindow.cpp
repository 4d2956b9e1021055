// The main window end to end: a dropped zip is opened, the event loop never stalls while 200
// pairs are ingested, cancel works, closing with unsaved edits asks, shortcuts reach the actions,
// settings and recent files are remembered, and a sample dataset can be made from the app.

#include "UiTestSupport.h"

#include "AppSettings.h"
#include "DatasetController.h"
#include "MainWindow.h"
#include "actions/EditActions.h"
#include "actions/FileActions.h"
#include "controllers/ImportController.h"
#include "controllers/PlaybackController.h"
#include "dataset/DatasetIngestor.h"
#include "models/PairTableModel.h"
#include "views/PairInspector.h"
#include "views/PairListPane.h"
#include "views/WaveformView.h"

#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

using namespace a2a;

namespace {

void drop(QWidget *target, QMimeData *mime)
{
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent event(QPointF(pos), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &event);
    QVERIFY(event.isAccepted());
}

// Answers the next modal message box with `button`.
void answerNextMessageBox(QMessageBox::StandardButton button, bool *asked)
{
    QTimer::singleShot(50, [button, asked] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *asked = true;
        box->button(button)->click();
    });
}

// Picks `path` in the next modal file dialog.
void answerNextFileDialog(const QString &path, bool *asked)
{
    QTimer::singleShot(150, [path, asked] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *asked = true;
        if (auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit")))
            name->setText(path);
        else
            dialog->selectFile(path);
        QMetaObject::invokeMethod(dialog, "accept");
    });
}

}  // namespace

class TestUiMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_small;
    QString m_big;

private Q_SLOTS:
    void initTestCase()
    {
        m_small = m_dir.filePath(QStringLiteral("small pairs.zip"));
        QVERIFY(test::writeDatasetZip(m_small, {{QStringLiteral("voice1"), 6.0, 6.0, QStringLiteral("radio")},
                                                {QStringLiteral("voice2"), 3.0, 6.0, QStringLiteral("short one")},
                                                {QStringLiteral("voice3"), 7.0, 7.0, QString()}}));
        QList<test::PairSpec> many;
        for (int i = 0; i < 200; ++i)
            many.append({QStringLiteral("pair%1").arg(i, 3, 10, QLatin1Char('0')), i % 7 == 0 ? 3.0 : 5.5, 5.5,
                         QStringLiteral("caption %1").arg(i), QStringLiteral("wav"), 16000});
        m_big = m_dir.filePath(QStringLiteral("many.zip"));
        QVERIFY(test::writeDatasetZip(m_big, many));
    }

    void dropZipLoadsDataset()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(m_small)});
        drop(&window, mime);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        delete mime;
        const CuratedDataset &ds = window.datasetController()->dataset();
        QCOMPARE(ds.pairs.size(), 3);
        QCOMPARE(ds.source, m_small);
        QCOMPARE(window.pairList()->table()->model()->rowCount(), 3);
        QCOMPARE(window.inspector()->pair(), ds.pairs.first().id);  // first pair shown at once
        QVERIFY(window.inspector()->referenceView()->clip().decoded);
        QVERIFY(window.windowTitle().contains(QStringLiteral("small pairs.zip")));
        QVERIFY(settings::recentFiles().contains(m_small));

        // A dropped link (as text) is opened the same way.
        auto *text = new QMimeData;
        text->setText(QUrl::fromLocalFile(m_small).toString());
        drop(&window, text);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 2, 20000);
        delete text;
        QCOMPARE(window.datasetController()->dataset().pairs.size(), 3);
    }

    void eventLoopNeverStallsDuringIngest()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QElapsedTimer clock;
        qint64 last = 0, worst = 0;
        int ticks = 0;
        QTimer probe;
        probe.setInterval(5);
        connect(&probe, &QTimer::timeout, [&] {
            const qint64 now = clock.elapsed();
            worst = std::max(worst, now - last);
            last = now;
            ++ticks;
        });
        clock.start();
        probe.start();
        window.openDataset(m_big);
        const qint64 openReturned = clock.elapsed();
        bool sawProgress = false;
        QStringList texts;
        connect(window.importController(), &ImportController::progress, [&](const QString &text) { texts << text; });
        while (loaded.isEmpty() && clock.elapsed() < 50000) {
            QTest::qWait(5);
            if (auto *bar = window.statusBar()->findChild<QProgressBar *>(); bar && bar->isVisible())  // the window's, not the training page's
                sawProgress = true;
        }
        QVERIFY(!texts.isEmpty());
        QVERIFY2(texts.filter(QStringLiteral(" of 400 clips")).size() > 0, qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY(texts.size() < 200);  // throttled: no flood of queued events
        QCOMPARE(loaded.count(), 1);
        const qint64 loadedAt = clock.elapsed();
        QTest::qWait(400);  // the summary, statistics and first repaint after loading count too
        probe.stop();
        qInfo("200-pair ingest: loaded after %lld ms; worst event-loop gap %lld ms over %d ticks", loadedAt, worst, ticks);
        QVERIFY(openReturned < 100);
        QVERIFY(sawProgress);
        QCOMPARE(window.datasetController()->dataset().pairs.size(), 200);
        QCOMPARE(window.datasetController()->summary().skipped, 29);
        QVERIFY2(worst < 100, qPrintable(QStringLiteral("the event loop stalled for %1 ms").arg(worst)));
    }

    void cancelIngest()
    {
        MainWindow window;
        QSignalSpy cancelled(window.importController(), &ImportController::cancelled);
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        window.openDataset(m_big);
        QVERIFY(window.importController()->isBusy());
        window.importController()->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 20000);
        QVERIFY(!window.importController()->isBusy());
        QCOMPARE(loaded.count(), 0);
        QVERIFY(!window.datasetController()->hasDataset());
    }

    void closingWithUnsavedEditsAsks()
    {
        auto *window = new MainWindow;
        window->setAttribute(Qt::WA_DeleteOnClose, false);
        window->show();
        QSignalSpy loaded(window, &MainWindow::datasetLoaded);
        window->openDataset(m_small);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        DatasetController *c = window->datasetController();
        c->requestEditCaption(c->dataset().pairs.first().id, QStringLiteral("edited"));
        QVERIFY(window->isWindowModified());

        bool asked = false;
        answerNextMessageBox(QMessageBox::Cancel, &asked);
        QVERIFY(!window->close());
        QVERIFY(asked);
        QVERIFY(window->isVisible());

        asked = false;
        answerNextMessageBox(QMessageBox::Discard, &asked);
        QVERIFY(window->close());
        QVERIFY(asked);
        delete window;
    }

    void closingCanSaveFirst()
    {
        auto *window = new MainWindow;
        window->show();
        QSignalSpy loaded(window, &MainWindow::datasetLoaded);
        window->openDataset(m_small);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        DatasetController *c = window->datasetController();
        c->requestEditCaption(c->dataset().pairs.first().id, QStringLiteral("saved on the way out"));
        const QString out = m_dir.filePath(QStringLiteral("on-close.zip"));
        bool askedSave = false, askedFile = false;
        answerNextMessageBox(QMessageBox::Save, &askedSave);
        QTimer::singleShot(60, [out, &askedFile] { answerNextFileDialog(out, &askedFile); });
        QVERIFY(!window->close());  // waits for the save
        QVERIFY(askedSave && askedFile);
        QTRY_VERIFY_WITH_TIMEOUT(!window->isVisible(), 20000);  // closed once saved
        QVERIFY(!c->isModified());
        delete window;
        const CuratedDataset saved = ingestDataset(out, IngestOptions{}, {}).dataset;
        QCOMPARE(saved.pairs.size(), 3);
        QCOMPARE(saved.pairs.first().caption, QStringLiteral("saved on the way out"));
    }

    void shortcutsReachActions()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        window.openDataset(m_small);
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        DatasetController *c = window.datasetController();
        const PairId first = c->dataset().pairs.first().id;
        c->requestEditCaption(first, QStringLiteral("edited"));
        window.pairList()->table()->setFocus();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(c->pair(first)->caption, QStringLiteral("radio"));
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(c->pair(first)->caption, QStringLiteral("edited"));
        QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);  // exclude the selected pair
        QVERIFY(c->pair(first)->excluded);
        QCOMPARE(window.playbackController()->playPauseAction()->shortcut(), QKeySequence(Qt::Key_Space));
        QCOMPARE(window.fileActions()->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
        QVERIFY(window.fileActions()->saveAsAction()->shortcuts().contains(QKeySequence(QKeySequence::SaveAs)));
        QVERIFY(window.fileActions()->saveAsAction()->isEnabled());
        QSignalSpy problems(window.pairList()->onlyProblemsAction(), &QAction::toggled);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QCOMPARE(problems.count(), 1);
        c->markSaved();  // leave without the question
    }

    void settingsAreRemembered()
    {
        {
            MainWindow window;
            window.show();
            window.setBucketSeconds(3.5);
            window.pairList()->onlyProblemsAction()->setChecked(true);
            window.resize(1111, 777);
            QVERIFY(window.close());
        }
        MainWindow again;
        QCOMPARE(again.datasetController()->fit().bucketSeconds, 3.5);
        QVERIFY(again.pairList()->onlyProblemsAction()->isChecked());
        again.show();
        QCOMPARE(again.size(), QSize(1111, 777));
        again.setBucketSeconds(5.0);
        again.pairList()->onlyProblemsAction()->setChecked(false);
        again.close();
    }

    void newSampleDataset()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng is not installed (scripts/setup.sh installs it)");
        MainWindow window;
        QSignalSpy loaded(&window, &MainWindow::datasetLoaded);
        QSignalSpy progress(window.importController(), &ImportController::progress);
        SampleOptions o;
        o.pairs = 3;
        o.seconds = 2.0;
        const QString zip = m_dir.filePath(QStringLiteral("sample.zip"));
        QElapsedTimer t;
        t.start();
        window.importController()->makeSample(zip, o);
        QVERIFY(t.elapsed() < 100);
        QVERIFY(window.importController()->isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 40000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(window.datasetController()->dataset().pairs.size(), 3);
        QCOMPARE(window.datasetController()->dataset().source, zip);
    }
};

A2A_UI_TEST_MAIN(TestUiMainWindow)
#include "test_ui_mainwindow.moc"
