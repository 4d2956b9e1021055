// Generated sample datasets: every kind makes a dataset that inspect accepts, the same seed makes
// the same dataset, and the radio transform really band-limits and the denoise source really is
// noisier than its target.

#include "support/TestFiles.h"
#include "support/TestMain.h"

#include "dataset/DatasetIngestor.h"
#include "dataset/DatasetReport.h"
#include "samples/AudioEffects.h"
#include "samples/SampleDatasetMaker.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <cmath>

using namespace a2a;

namespace {

// Share of the energy above `hz` (one-pole split is enough for a ratio check).
double energyAbove(std::vector<float> x, int rate, double hz)
{
    const double total = fx::rms(x);
    fx::biquad(x, rate, fx::FilterType::HighPass, hz, 0.707);
    fx::biquad(x, rate, fx::FilterType::HighPass, hz, 0.707);
    return fx::rms(x) / std::max(total, 1e-9);
}

std::vector<float> mono(const ClipRef &clip)
{
    DecodeOptions d;
    const DecodeResult r = decodeAudioFile(clip.localPath, d);
    std::vector<float> out(size_t(r.audio.frames()));
    for (int64_t f = 0; f < r.audio.frames(); ++f)
        out[size_t(f)] = r.audio.sample(f, 0);
    return out;
}

}  // namespace

class TestSamples : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("espeak-ng")).isEmpty())
            QSKIP("espeak-ng is not installed (scripts/setup.sh installs it)");
    }

    void everyKindPassesInspect_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString &k : sampleKinds())
            QTest::newRow(qPrintable(k)) << k;
    }
    void everyKindPassesInspect()
    {
        QFETCH(QString, kind);
        SampleOptions o;
        o.kind = kind;
        o.pairs = 3;
        const QString zip = m_dir.filePath(kind + QStringLiteral(".zip"));
        const SampleResult r = makeSampleDataset(zip, o);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.pairs, 3);
        const IngestResult in = ingestDataset(zip, IngestOptions{}, {});
        const DatasetSummary s = summarizeDataset(in.dataset, FitOptions{});
        QCOMPARE(s.usable, 3);
        QVERIFY(!hasErrors(s.datasetIssues) || s.datasetIssues.size() == 0);
        QVERIFY(!s.refused);
        for (const DatasetPair &p : in.dataset.pairs) {
            QVERIFY(!p.caption.isEmpty());
            QVERIFY(std::abs(p.reference.durationSeconds() - 6.0) < 1e-3);
            QVERIFY(std::abs(p.target.durationSeconds() - 6.0) < 1e-3);
        }
        if (kind == QLatin1String("radio")) {
            const DatasetPair &p = in.dataset.pairs.first();
            const double refHigh = energyAbove(mono(p.reference), 22050, 5000), tgtHigh = energyAbove(mono(p.target), 22050, 5000);
            QVERIFY2(tgtHigh < 0.5 * refHigh, qPrintable(QStringLiteral("%1 vs %2").arg(tgtHigh).arg(refHigh)));
        }
        if (kind == QLatin1String("denoise")) {
            const DatasetPair &p = in.dataset.pairs.first();
            std::vector<float> ref = mono(p.reference), tgt = mono(p.target);
            // Speech has pauses: the noisy side keeps more energy in its quietest 10 % of frames.
            auto quiet = [](std::vector<float> x) {
                std::vector<double> frames;
                for (size_t i = 0; i + 512 <= x.size(); i += 512) {
                    double s = 0;
                    for (size_t k = i; k < i + 512; ++k)
                        s += double(x[k]) * x[k];
                    frames.push_back(s);
                }
                std::sort(frames.begin(), frames.end());
                return frames[frames.size() / 10];
            };
            QVERIFY(quiet(ref) > 10 * quiet(tgt));
        }
    }

    void sameSeedSameDataset()
    {
        SampleOptions o;
        o.pairs = 2;
        o.seed = 7;
        QVERIFY(makeSampleDataset(m_dir.filePath(QStringLiteral("a.zip")), o).ok);
        QVERIFY(makeSampleDataset(m_dir.filePath(QStringLiteral("b.zip")), o).ok);
        o.seed = 8;
        QVERIFY(makeSampleDataset(m_dir.filePath(QStringLiteral("c.zip")), o).ok);
        const auto pairsOf = [](const QString &zip) {
            const IngestResult in = ingestDataset(zip, IngestOptions{}, {});
            QByteArray all;
            for (const DatasetPair &p : in.dataset.pairs)
                all += test::fileBytes(p.reference.localPath) + test::fileBytes(p.target.localPath);
            return all;
        };
        QCOMPARE(pairsOf(m_dir.filePath(QStringLiteral("a.zip"))), pairsOf(m_dir.filePath(QStringLiteral("b.zip"))));
        QVERIFY(pairsOf(m_dir.filePath(QStringLiteral("a.zip"))) != pairsOf(m_dir.filePath(QStringLiteral("c.zip"))));
    }

    void badArgumentsAreRefused()
    {
        SampleOptions o;
        o.kind = QStringLiteral("karaoke");
        const SampleResult r = makeSampleDataset(m_dir.filePath(QStringLiteral("x.zip")), o);
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QStringLiteral("radio, denoise, timbre")));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.zip"))));
    }
};

A2A_TEST_MAIN(TestSamples)
#include "test_samples.moc"
