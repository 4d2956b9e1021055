#include "BucketBar.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>

namespace a2a {

BucketBar::BucketBar(QWidget *parent) : QWidget(parent)
{
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(6, 0, 6, 0);
    auto *label = new QLabel(tr("&Bucket:"), this);
    m_bucket = new QDoubleSpinBox(this);
    m_bucket->setRange(0.5, 60.0);
    m_bucket->setDecimals(1);
    m_bucket->setSingleStep(0.5);
    m_bucket->setSuffix(tr(" s"));
    m_bucket->setKeyboardTracking(false);
    m_bucket->setToolTip(tr("audio_duration_seconds: every clip is fitted to this length; shorter clips are skipped"));
    label->setBuddy(m_bucket);
    m_pitch = new QCheckBox(tr("Preserve &pitch"), this);
    m_pitch->setToolTip(tr("audio_preserve_pitch: a clip up to 10 % longer than the bucket is time-compressed "
                           "with pitch kept instead of trimmed"));
    h->addWidget(label);
    h->addWidget(m_bucket);
    h->addWidget(m_pitch);
    setFit(FitOptions{});
    connect(m_bucket, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        m_fit.bucketSeconds = v;
        Q_EMIT fitChanged(m_fit);
    });
    connect(m_pitch, &QCheckBox::toggled, this, [this](bool on) {
        m_fit.preservePitch = on;
        Q_EMIT fitChanged(m_fit);
    });
}

FitOptions BucketBar::fit() const { return m_fit; }

void BucketBar::setFit(const FitOptions &fit)
{
    m_fit = fit;
    const QSignalBlocker b1(m_bucket), b2(m_pitch);
    m_bucket->setValue(fit.bucketSeconds);
    m_pitch->setChecked(fit.preservePitch);
}

void BucketBar::setBucketSeconds(double seconds) { m_bucket->setValue(seconds); }

}  // namespace a2a
