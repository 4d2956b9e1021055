#include "ClipPicker.h"

#include "AppSettings.h"
#include "DatasetController.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMenu>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

namespace a2a {
namespace {

constexpr int kMaxMenuPairs = 100;  // a menu of thousands of pairs helps nobody

QString audioFilter()
{
    QStringList patterns;
    for (const QString &e : supportedAudioExtensions())
        patterns << QStringLiteral("*.%1").arg(e) << QStringLiteral("*.%1").arg(e.toUpper());
    return ClipPicker::tr("Audio files (%1);;All files (*)").arg(patterns.join(QLatin1Char(' ')));
}

}  // namespace

QString stableClipPath(const DatasetPair &pair, const CuratedDataset &dataset, QString *error)
{
    const QString local = pair.reference.localPath;
    const bool privateCopy = dataset.workDir && dataset.workDir->isValid() && local.startsWith(dataset.workDir->path() + QLatin1Char('/'));
    if (!privateCopy)
        return local;
    QFile in(local);
    if (!in.open(QIODevice::ReadOnly)) {
        *error = ClipPicker::tr("Cannot read %1: %2").arg(pair.reference.sourcePath, in.errorString());
        return {};
    }
    const QByteArray bytes = in.readAll();
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(16));
    const QDir dir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/validation-clips"));
    const QString out = dir.filePath(QStringLiteral("%1-%2.%3").arg(pair.name, hash, pair.reference.suffix()));
    if (QFileInfo::exists(out))
        return out;
    QSaveFile f(out);
    if (!dir.mkpath(QStringLiteral(".")) || !f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = ClipPicker::tr("Cannot keep a copy of %1 in %2: %3").arg(pair.reference.sourcePath, dir.path(), f.errorString());
        return {};
    }
    return out;
}

ClipPicker::ClipPicker(const DatasetController *dataset, QWidget *parent) : QWidget(parent), m_dataset(dataset)
{
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(this);
    m_path->setPlaceholderText(tr("Reference clip: a file, or a pair's reference"));
    m_path->setClearButtonEnabled(true);
    m_file = new QToolButton(this);
    m_file->setText(tr("File…"));
    m_file->setToolTip(tr("Choose an audio file (wav, mp3, flac, ogg, aac, m4a)"));
    m_fromDataset = new QToolButton(this);
    m_fromDataset->setText(tr("From dataset"));
    m_fromDataset->setToolTip(tr("Use the reference (_start) clip of a pair of the open dataset"));
    m_fromDataset->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(m_fromDataset);
    m_fromDataset->setMenu(menu);
    h->addWidget(m_path, 1);
    h->addWidget(m_file);
    h->addWidget(m_fromDataset);

    connect(m_path, &QLineEdit::textEdited, this, [this] { Q_EMIT pathChanged(path()); });
    connect(m_file, &QToolButton::clicked, this, &ClipPicker::chooseFile);
    connect(menu, &QMenu::aboutToShow, this, &ClipPicker::fillDatasetMenu);
}

QString ClipPicker::path() const
{
    const QString text = m_path->text().trimmed();
    return !m_pickedText.isEmpty() && text == m_pickedText ? m_pickedPath : text;
}

void ClipPicker::setPath(const QString &path)
{
    if (path == this->path())
        return;
    m_pickedPath.clear();
    m_pickedText.clear();
    m_path->setText(path);
    m_path->setToolTip(path);
}

void ClipPicker::chooseFile()
{
    const QString start = path().isEmpty() ? settings::lastDirectory() : QFileInfo(path()).absolutePath();
    const QString chosen = QFileDialog::getOpenFileName(this, tr("Choose a Reference Clip"), start, audioFilter());
    if (chosen.isEmpty())
        return;
    settings::setLastDirectory(QFileInfo(chosen).absolutePath());
    setPath(chosen);
    Q_EMIT pathChanged(chosen);
}

void ClipPicker::fillDatasetMenu()
{
    QMenu *menu = m_fromDataset->menu();
    menu->clear();
    if (!m_dataset->hasDataset()) {
        menu->addAction(tr("No dataset is open"))->setEnabled(false);
        return;
    }
    int shown = 0, readable = 0;
    for (const DatasetPair &p : m_dataset->dataset().pairs) {
        if (!p.reference.decoded || p.reference.localPath.isEmpty())
            continue;
        ++readable;
        if (shown == kMaxMenuPairs)
            continue;
        ++shown;
        const PairId id = p.id;
        menu->addAction(tr("%1 (%2 s)").arg(p.name).arg(p.reference.durationSeconds(), 0, 'f', 1), this, [this, id] { pickPair(id); });
    }
    if (readable == 0)
        menu->addAction(tr("No pair has a readable reference"))->setEnabled(false);
    else if (readable > shown)
        menu->addAction(tr("… and %n more: type the path instead", nullptr, readable - shown))->setEnabled(false);
}

void ClipPicker::pickPair(PairId id)
{
    const DatasetPair *p = m_dataset->pair(id);
    if (!p)
        return;
    QString chosen = p->reference.localPath;
    if (m_keepCopies) {
        QString error;
        chosen = stableClipPath(*p, m_dataset->dataset(), &error);
        if (chosen.isEmpty()) {
            Q_EMIT problem(error);
            return;
        }
    }
    m_pickedPath = chosen;
    m_pickedText = tr("%1 · %2 (pair)").arg(p->name, QFileInfo(p->reference.sourcePath).fileName());
    m_path->setText(m_pickedText);
    m_path->setCursorPosition(0);
    m_path->setToolTip(chosen);
    Q_EMIT pathChanged(chosen);
    Q_EMIT pairPicked(id);
}

}  // namespace a2a
