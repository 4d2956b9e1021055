#pragma once
// Picks a reference clip: a path typed or chosen from disk ("File…"), or a pair's reference from
// the open dataset ("From dataset"). With keepCopies on, a pair's clip that lives in the app's
// private extraction folder (a zip was opened) is first copied to the app's data folder, so a
// saved request still finds it after the app closes. Thread rule: GUI thread.

#include "dataset/CuratedDataset.h"

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace a2a {

class DatasetController;

class ClipPicker : public QWidget {
    Q_OBJECT
public:
    ClipPicker(const DatasetController *dataset, QWidget *parent = nullptr);

    QString path() const;
    void setPath(const QString &path);  // no signal; a path picked from a pair keeps showing the pair's name
    void setKeepCopies(bool on) { m_keepCopies = on; }
    QLineEdit *field() const { return m_path; }

    // Picks the reference of pair `id` as the "From dataset" menu does (also for tests).
    void pickPair(PairId id);

Q_SIGNALS:
    void pathChanged(const QString &path);  // by the user: typed, chosen or picked
    void pairPicked(a2a::PairId id);        // after pathChanged, when the clip came from a pair
    void problem(const QString &message);   // a pair's clip could not be copied

private:
    void chooseFile();
    void fillDatasetMenu();

    const DatasetController *m_dataset;
    QLineEdit *m_path;
    // A picked pair's clip is shown as "name · file (pair)" instead of its private path.
    QString m_pickedPath;
    QString m_pickedText;
    QToolButton *m_file;
    QToolButton *m_fromDataset;
    bool m_keepCopies = false;
};

// The stable copy of a clip from a private extraction folder (content-addressed, under the app's
// data folder); the path itself when it is already the user's own file. Empty + *error on failure.
QString stableClipPath(const DatasetPair &pair, const CuratedDataset &dataset, QString *error);

}  // namespace a2a
