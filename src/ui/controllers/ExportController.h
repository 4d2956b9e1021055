#pragma once
// "Save dataset as…" in the background: core exportDatasetZip on a pool thread, over a copy of
// the dataset taken when the save starts (edits made meanwhile are not in that file).
// Thread rule: GUI thread; the destructor cancels and waits.

#include "dataset/DatasetExporter.h"

#include <QFutureWatcher>
#include <QObject>

namespace a2a {

class ExportController : public QObject {
    Q_OBJECT
public:
    explicit ExportController(QObject *parent = nullptr);
    ~ExportController() override;

    // Returns false (and does nothing) while a save is running.
    bool save(const CuratedDataset &dataset, const QString &destinationZip);
    void cancel();
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void busyChanged(bool busy);
    void progress(const QString &text, qint64 done, qint64 total);  // text: "Saving 3 of 12 pairs"
    void finished(const a2a::ExportResult &result, const QString &destinationZip);

private:
    QFutureWatcher<ExportResult> m_watcher;
    std::shared_ptr<CancelFlag> m_cancel;
    QString m_destination;
};

}  // namespace a2a
