// The bucket fit of DESIGN §2 (skip / exact / trim / pitch-preserving stretch), peak
// normalization, and the waveform summaries the views draw from.

#include "support/TestMain.h"
#include "support/TestSignals.h"

#include "audio/ClipFitter.h"
#include "audio/PeakLimiter.h"
#include "audio/WaveformSummary.h"

#include <cmath>

using namespace a2a;

class TestAudioFit : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void planFollowsTheRules_data()
    {
        QTest::addColumn<double>("duration");
        QTest::addColumn<double>("offset");
        QTest::addColumn<bool>("preservePitch");
        QTest::addColumn<int>("kind");
        QTest::addColumn<double>("expectedOffset");
        QTest::newRow("shorter: skip") << 4.9 << 0.0 << true << int(FitKind::Skip) << 0.0;
        QTest::newRow("exact") << 5.0 << 0.0 << true << int(FitKind::Exact) << 0.0;
        QTest::newRow("exact within 0.5 ms") << 5.0004 << 0.0 << true << int(FitKind::Exact) << 0.0;
        QTest::newRow("5% longer, pitch on: stretch") << 5.25 << 0.0 << true << int(FitKind::Stretch) << 0.0;
        QTest::newRow("10% longer, pitch on: stretch") << 5.5 << 0.0 << true << int(FitKind::Stretch) << 0.0;
        QTest::newRow("11% longer: trim") << 5.55 << 0.0 << true << int(FitKind::Trim) << 0.0;
        QTest::newRow("5% longer, pitch off: trim") << 5.25 << 0.0 << false << int(FitKind::Trim) << 0.0;
        QTest::newRow("long, offset 2") << 9.0 << 2.0 << true << int(FitKind::Trim) << 2.0;
        QTest::newRow("offset past the end is clamped") << 9.0 << 7.0 << true << int(FitKind::Trim) << 4.0;
        QTest::newRow("a chosen offset wins over stretch") << 5.3 << 0.2 << true << int(FitKind::Trim) << 0.2;
    }
    void planFollowsTheRules()
    {
        QFETCH(double, duration);
        QFETCH(double, offset);
        QFETCH(bool, preservePitch);
        QFETCH(int, kind);
        QFETCH(double, expectedOffset);
        FitOptions options;
        options.preservePitch = preservePitch;
        const FitPlan plan = planFit(duration, offset, options);
        QCOMPARE(int(plan.kind), kind);
        QCOMPARE(plan.offsetSeconds, expectedOffset);
        if (plan.kind == FitKind::Skip)
            QVERIFY(std::abs(plan.shortfallSeconds() - (5.0 - duration)) < 1e-9);
        QVERIFY(!plan.describe().isEmpty());
    }

    void trimKeepsTheChosenSpan()
    {
        // A ramp makes every frame identifiable.
        AudioBuffer ramp;
        ramp.sampleRate = 1000;
        ramp.channels = 2;
        for (int f = 0; f < 9000; ++f)
            ramp.samples.insert(ramp.samples.end(), {float(f) / 9000.f, -float(f) / 9000.f});
        FitOptions options;
        const FitPlan plan = planFit(ramp.durationSeconds(), 2.5, options);
        const AudioBuffer out = applyFit(ramp, plan);
        QCOMPARE(out.frames(), int64_t(5000));
        QCOMPARE(out.channels, 2);
        QCOMPARE(out.sample(0, 0), 2500.f / 9000.f);
        QCOMPARE(out.sample(4999, 1), -7499.f / 9000.f);
    }

    void stretchHitsTheBucketAndKeepsPitch()
    {
        const AudioBuffer tone = test::sine(16000, 2, 5.4, 440.0, 0.5f);
        FitOptions options;
        const FitPlan plan = planFit(tone.durationSeconds(), 0.0, options);
        QCOMPARE(plan.kind, FitKind::Stretch);
        const AudioBuffer out = applyFit(tone, plan);
        QCOMPARE(out.frames(), int64_t(80000));
        QCOMPARE(out.channels, 2);
        // Pitch kept: a plain resample would move 440 Hz to 475 Hz.
        const AudioBuffer middle = sliceFrames(out, 8000, 64000);
        const double f = test::zeroCrossingFrequency(middle);
        QVERIFY2(std::abs(f - 440.0) < 5.0, qPrintable(QString::number(f)));
        QVERIFY(peakLevel(out) > 0.3f);
    }

    void skipGivesNothing()
    {
        const AudioBuffer shortClip = test::noise(16000, 1, 1.0);
        QVERIFY(applyFit(shortClip, planFit(1.0, 0, FitOptions{})).isEmpty());
    }

    void normalizeHitsTheTargetPeak()
    {
        AudioBuffer quiet = test::sine(8000, 1, 1.0, 100.0, 0.05f);
        normalizePeak(quiet, kNormalizedPeak);
        QVERIFY(std::abs(peakLevel(quiet) - kNormalizedPeak) < 1e-5f);
        AudioBuffer silence = test::sine(8000, 1, 1.0, 100.0, 0.0f);
        normalizePeak(silence, kNormalizedPeak);
        QCOMPARE(peakLevel(silence), 0.f);  // no division by zero, no noise amplified from nothing
    }

    // Generated audio keeps its level; only the peaks above the ceiling are turned down, smoothly.
    void limiterTouchesOnlyThePeaks()
    {
        AudioBuffer a;
        a.sampleRate = 16000;
        a.channels = 2;
        for (int i = 0; i < 16000; ++i) {
            const float tone = 0.5f * float(std::sin(2 * M_PI * 440.0 * i / 16000.0));
            const float burst = (i >= 8000 && i < 8040) ? 1.4f : 1.0f;  // a 2.5 ms spike to 0.7 × 1.4
            a.samples.insert(a.samples.end(), {tone * burst, -tone * burst});
        }
        AudioBuffer quiet = a;
        QCOMPARE(limitPeaks(quiet, {0.98f}), 0.0);  // nothing above the ceiling: untouched
        QVERIFY(quiet.samples == a.samples);
        const double reduction = limitPeaks(a, {0.6f});
        QVERIFY(reduction > 0.0 && reduction < 3.0);
        double peak = 0, before = 0;
        for (int64_t f = 0; f < a.frames(); ++f) {
            peak = std::max(peak, double(std::fabs(a.sample(f, 0))));
            if (f < 7000)
                before = std::max(before, double(std::fabs(a.sample(f, 1))));
        }
        QVERIFY(peak <= 0.6 + 1e-5);
        QCOMPARE(before, 0.5);  // well before the spike: the level is left as it was
        // No click: the gain never jumps by more than a few percent from one sample to the next.
        double worstStep = 0;
        for (int64_t f = 7900; f < 9500; ++f)
            worstStep = std::max(worstStep, double(std::fabs(std::fabs(a.sample(f, 0)) - std::fabs(a.sample(f - 1, 0)))));
        QVERIFY(worstStep < 0.15);  // a 440 Hz tone at 0.5 moves up to 0.086 per sample by itself
    }

    void summaryOfDiracAndNyquist()
    {
        AudioBuffer b;
        b.sampleRate = 1000;
        b.channels = 2;
        b.samples.assign(size_t(10000 * 2), 0.f);
        b.samples[size_t(2 * 5000)] = 1.f;  // Dirac at frame 5000 on channel 0
        for (int f = 0; f < 10000; ++f)
            b.samples[size_t(2 * f + 1)] = (f % 2) ? -0.5f : 0.5f;  // Nyquist on channel 1
        const WaveformSummary s(b);
        QCOMPARE(s.frames(), int64_t(10000));
        QVERIFY(s.levelCount() > 5);
        QCOMPARE(s.blockSizeFor(10), WaveformSummary::kBaseBlockFrames);
        QCOMPARE(s.blockSizeFor(300), 256);
        for (int block : {64, 128, 1024}) {
            const int bins = int((10000 + block - 1) / block);
            const auto r0 = s.ranges(0, 0, bins, block);
            int hits = 0;
            for (int i = 0; i < bins; ++i) {
                if (r0[size_t(i)].max == 1.f) {
                    ++hits;
                    QCOMPARE(i, 5000 / block);
                }
            }
            QCOMPARE(hits, 1);
            const auto r1 = s.ranges(1, 0, bins, block);
            for (const SampleRange &r : r1)
                QVERIFY(r.min == -0.5f && r.max == 0.5f);
        }
        const auto ov = s.overview(0, 7);
        QCOMPARE(ov.size(), size_t(7));
        float maxOv = 0.f;
        for (const SampleRange &r : ov)
            maxOv = std::max(maxOv, r.max);
        QCOMPARE(maxOv, 1.f);
        // Past the end: empty ranges, no crash.
        const auto past = s.ranges(0, 20000, 4, 64);
        QCOMPARE(past[0].max, 0.f);
    }
};

A2A_TEST_MAIN(TestAudioFit)
#include "test_audio_fit.moc"
