#include "SampleDatasetDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace a2a {
namespace {

// core's describeSampleKind() in the user's language; the kind names are the CLI's identifiers.
QString kindDescription(const QString &kind)
{
    if (kind == QLatin1String("radio"))
        return SampleDatasetDialog::tr("speech → the same speech through a vintage radio (band-pass, saturation, hum, hiss)");
    if (kind == QLatin1String("denoise"))
        return SampleDatasetDialog::tr("noisy speech → the clean speech");
    if (kind == QLatin1String("timbre"))
        return SampleDatasetDialog::tr("a melody on piano → the same melody on a flute");
    return describeSampleKind(kind);
}

}  // namespace

SampleDatasetDialog::SampleDatasetDialog(const SampleOptions &defaults, const QString &defaultDirectory, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New Sample Dataset"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    for (const QString &k : sampleKinds())
        m_kind->addItem(k, k);
    m_kind->setCurrentIndex(std::max(0, int(sampleKinds().indexOf(defaults.kind))));
    form->addRow(tr("&Kind:"), m_kind);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    form->addRow(QString(), m_description);
    m_pairs = new QSpinBox(this);
    m_pairs->setRange(1, 500);
    m_pairs->setValue(defaults.pairs);
    form->addRow(tr("&Pairs:"), m_pairs);
    m_seconds = new QDoubleSpinBox(this);
    m_seconds->setRange(1.0, 60.0);
    m_seconds->setDecimals(1);
    m_seconds->setSuffix(tr(" s"));
    m_seconds->setValue(defaults.seconds);
    form->addRow(tr("Clip &length:"), m_seconds);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&Save as:"), pathRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Make and Open"));
    form->addRow(buttons);

    const auto suggest = [this, defaultDirectory] {
        m_path->setText(QDir(defaultDirectory).filePath(QStringLiteral("a2a-sample-%1.zip").arg(m_kind->currentData().toString())));
    };
    suggest();
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, suggest] {
        suggest();
        updateDescription();
    });
    connect(browse, &QPushButton::clicked, this, &SampleDatasetDialog::browse);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDescription();
}

void SampleDatasetDialog::updateDescription() { m_description->setText(kindDescription(m_kind->currentData().toString())); }

void SampleDatasetDialog::browse()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Sample Dataset As"), m_path->text(), tr("Zip archives (*.zip)"));
    if (!path.isEmpty())
        m_path->setText(path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) ? path : path + QStringLiteral(".zip"));
}

SampleOptions SampleDatasetDialog::options() const
{
    SampleOptions o;
    o.kind = m_kind->currentData().toString();
    o.pairs = m_pairs->value();
    o.seconds = m_seconds->value();
    return o;
}

QString SampleDatasetDialog::outputZip() const { return QFileInfo(m_path->text().trimmed()).absoluteFilePath(); }

}  // namespace a2a
