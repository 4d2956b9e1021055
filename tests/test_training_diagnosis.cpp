// The diagnosis under the loss chart on synthetic curves: overfitting names the best step, a
// held-out metric flat near 1.0 says the output ignores the reference, a LoRA worse than the base
// model on the held-out pair is reported as such, a flat loss asks for a
// higher learning rate, a NaN for a lower one, healthy curves raise no warning, and a held-out
// metric best at the final validation suggests more steps. Too little data says nothing.

#include "support/TestMain.h"

#include "training/TrainingDiagnosis.h"

#include <cmath>

using namespace a2a;

namespace {

// A noisy flow-matching-like loss: level(step) times a per-step factor in [0.5, 1.5).
QList<LossPoint> losses(int steps, const std::function<double(int)> &level)
{
    QList<LossPoint> out;
    uint32_t state = 12345;
    for (int s = 1; s <= steps; ++s) {
        state = state * 1664525u + 1013904223u;
        const double noise = 0.5 + double(state >> 8) / double(1u << 24);
        out.append({s, level(s) * noise, 2e-4});
    }
    return out;
}

DiagnosisInput input(const QList<LossPoint> &loss, const QList<std::pair<int, double>> &heldOut, int total)
{
    DiagnosisInput in;
    in.curves.losses = loss;
    for (const auto &[step, ratio] : heldOut) {
        ValidationReport r;
        r.step = step;
        r.heldOutRatio = ratio;
        in.curves.validations.append(r);
    }
    in.totalSteps = total;
    in.learningRate = 2e-4;
    in.rank = 32;
    return in;
}

const Finding *find(const QList<Finding> &findings, FindingKind kind)
{
    for (const Finding &f : findings)
        if (f.kind == kind)
            return &f;
    return nullptr;
}

bool anyWarning(const QList<Finding> &findings)
{
    return std::any_of(findings.begin(), findings.end(), [](const Finding &f) { return f.warning; });
}

auto falling = [](int s) { return 0.6 * std::exp(-s / 400.0) + 0.2; };

}  // namespace

class TestTrainingDiagnosis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void overfittingNamesTheBestStep()
    {
        const QList<Finding> f = diagnoseTraining(input(losses(1000, falling), {{0, 1.05}, {250, 0.8}, {500, 0.62}, {750, 0.7}, {1000, 0.79}}, 1000));
        const Finding *o = find(f, FindingKind::Overfitting);
        QVERIFY(o);
        QVERIFY(o->warning);
        QCOMPARE(o->step, 500);
        QCOMPARE(o->value, 0.62);
        QCOMPARE(o->value2, 0.79);
        QVERIFY(o->text.contains(QStringLiteral("fewer steps")));
        QVERIFY(o->text.contains(QStringLiteral("lower rank")));
        QVERIFY(!find(f, FindingKind::Healthy));
    }

    void heldOutRisingWhileLossRisesTooIsNotOverfitting()
    {
        // Both curves going up is training going wrong, not memorising the training pairs.
        auto rising = [](int s) { return 0.2 + s / 1000.0; };
        const QList<Finding> f = diagnoseTraining(input(losses(1000, rising), {{0, 1.05}, {250, 0.8}, {500, 0.62}, {750, 0.7}, {1000, 0.79}}, 1000));
        QVERIFY(!find(f, FindingKind::Overfitting));
    }

    void worseThanTheBaseModelFromTheStart()
    {
        // The base alone is closer to the held-out target than anything the LoRA makes.
        const QList<Finding> f = diagnoseTraining(input(losses(100, falling), {{0, 0.81}, {25, 0.96}, {50, 1.03}, {75, 1.05}, {100, 1.03}}, 100));
        const Finding *w = find(f, FindingKind::WorseThanBaseline);
        QVERIFY(w);
        QVERIFY(w->warning);
        QCOMPARE(w->value, 0.81);
        QCOMPARE(w->value2, 1.03);
        QVERIFY(w->text.contains(QStringLiteral("fewer steps")));
        QVERIFY(!find(f, FindingKind::Overfitting));  // one finding for one problem
        QVERIFY(!find(f, FindingKind::Healthy));
    }

    void flatNearOneMeansTheOutputIgnoresTheReference()
    {
        const QList<Finding> f = diagnoseTraining(input(losses(1000, falling), {{0, 1.06}, {250, 1.01}, {500, 0.99}, {750, 1.02}, {1000, 1.0}}, 1000));
        const Finding *i = find(f, FindingKind::IgnoresReference);
        QVERIFY(i);
        QVERIFY(i->warning);
        QVERIFY(i->text.contains(QStringLiteral("ignores the reference")));
        QVERIFY(i->text.contains(QStringLiteral("pairs")));
        QVERIFY(!find(f, FindingKind::Overfitting));
        QVERIFY(!find(f, FindingKind::Healthy));
    }

    void fallingFineRaisesNoWarning()
    {
        const QList<Finding> running = diagnoseTraining(input(losses(600, falling), {{0, 1.05}, {250, 0.85}, {500, 0.7}}, 1000));
        QVERIFY(!anyWarning(running));
        QVERIFY(find(running, FindingKind::Healthy));
        QVERIFY(!find(running, FindingKind::MoreStepsMayHelp));  // not at the end yet

        // At the end, still best at the last validation: more steps may help (information only).
        const QList<Finding> done = diagnoseTraining(input(losses(1000, falling), {{0, 1.05}, {250, 0.85}, {500, 0.7}, {750, 0.64}, {1000, 0.6}}, 1000));
        QVERIFY(!anyWarning(done));
        const Finding *more = find(done, FindingKind::MoreStepsMayHelp);
        QVERIFY(more);
        QCOMPARE(more->step, 1000);
        QVERIFY(more->text.contains(QStringLiteral("more steps")));
    }

    void flatLossAsksForAHigherLearningRate()
    {
        const QList<Finding> f = diagnoseTraining(input(losses(400, [](int) { return 0.5; }), {}, 400));
        const Finding *n = find(f, FindingKind::LossNotFalling);
        QVERIFY(n);
        QVERIFY(n->warning);
        QVERIFY(n->text.contains(QStringLiteral("Raise the learning rate")));
        // The same flat loss with a held-out metric that improves is learning all the same.
        QVERIFY(!find(diagnoseTraining(input(losses(400, [](int) { return 0.5; }), {{0, 1.05}, {200, 0.8}, {400, 0.7}}, 400)),
                      FindingKind::LossNotFalling));
    }

    void nanAsksForALowerLearningRate()
    {
        QList<LossPoint> l = losses(100, falling);
        l.append({101, std::nan(""), 2e-4});
        const QList<Finding> f = diagnoseTraining(input(l, {{0, 1.0}}, 1000));
        QCOMPARE(f.size(), 1);
        QCOMPARE(f[0].kind, FindingKind::LossNotFinite);
        QCOMPARE(f[0].step, 101);
        QVERIFY(f[0].text.contains(QStringLiteral("Lower the learning rate")));
    }

    void tooLittleDataSaysNothing()
    {
        QVERIFY(diagnoseTraining(input(losses(12, falling), {{0, 1.05}}, 1000)).isEmpty());
        QVERIFY(diagnoseTraining(DiagnosisInput{}).isEmpty());
    }
};

A2A_TEST_MAIN(TestTrainingDiagnosis)
#include "test_training_diagnosis.moc"
