#include "RunFolder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace a2a {
namespace {

const char *const kStateNames[] = {"running", "stopped", "finished", "failed", "interrupted"};

// JSON has no NaN: a broken-down loss is stored as null and read back as NaN.
QJsonValue number(double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null); }
double numberOr(const QJsonValue &v, double fallback) { return v.isDouble() ? v.toDouble() : fallback; }

QString relativeTo(const QDir &dir, const QString &path)
{
    if (path.isEmpty())
        return path;
    const QString rel = dir.relativeFilePath(path);
    return rel.startsWith(QLatin1String("..")) ? path : rel;
}

QString absoluteIn(const QDir &dir, const QString &path)
{
    return path.isEmpty() || QDir::isAbsolutePath(path) ? path : dir.filePath(path);
}

}  // namespace

QString runStateName(RunState state) { return QString::fromLatin1(kStateNames[int(state)]); }

RunState runStateFromName(const QString &name, bool *ok)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kStateNames[i])) {
            if (ok)
                *ok = true;
            return RunState(i);
        }
    if (ok)
        *ok = false;
    return RunState::Failed;
}

QString runFilePath(const QString &runDir, const char *name) { return QDir(runDir).filePath(QString::fromLatin1(name)); }

QString writeRunStatus(const QString &runDir, const RunStatus &s)
{
    const QJsonObject o{{QStringLiteral("state"), runStateName(s.state)},
                        {QStringLiteral("started"), s.started.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("updated"), s.updated.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("dataset"), s.datasetSource},
                        {QStringLiteral("steps_done"), s.stepsDone},
                        {QStringLiteral("total_steps"), s.totalSteps},
                        {QStringLiteral("error"), s.error},
                        {QStringLiteral("final_held_out_ratio"), number(s.finalHeldOutRatio)}};
    QSaveFile f(runFilePath(runDir, runfiles::kStatus));
    if (!f.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
    f.write(QJsonDocument(o).toJson());
    if (!f.commit())
        return QStringLiteral("cannot write %1: %2").arg(f.fileName(), f.errorString());
    return {};
}

bool readRunStatus(const QString &runDir, RunStatus *s)
{
    QFile f(runFilePath(runDir, runfiles::kStatus));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    bool ok = false;
    const RunState state = runStateFromName(o.value(QStringLiteral("state")).toString(), &ok);
    if (!ok)
        return false;
    s->state = state;
    s->started = QDateTime::fromString(o.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    s->updated = QDateTime::fromString(o.value(QStringLiteral("updated")).toString(), Qt::ISODateWithMs);
    s->datasetSource = o.value(QStringLiteral("dataset")).toString();
    s->stepsDone = o.value(QStringLiteral("steps_done")).toInt();
    s->totalSteps = o.value(QStringLiteral("total_steps")).toInt();
    s->error = o.value(QStringLiteral("error")).toString();
    s->finalHeldOutRatio = numberOr(o.value(QStringLiteral("final_held_out_ratio")), -1.0);
    return true;
}

MetricsLog::MetricsLog(QString runDir) : m_runDir(std::move(runDir)) {}

QString MetricsLog::append(const QByteArray &lines)
{
    QFile f(runFilePath(m_runDir, runfiles::kMetrics));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return QStringLiteral("cannot append to %1: %2").arg(f.fileName(), f.errorString());
    if (f.write(lines) != lines.size())
        return QStringLiteral("cannot append to %1: %2").arg(f.fileName(), f.errorString());
    return {};
}

QString MetricsLog::appendLosses(const QList<LossPoint> &points)
{
    QByteArray lines;
    for (const LossPoint &p : points) {
        const QJsonObject o{{QStringLiteral("type"), QStringLiteral("step")},
                            {QStringLiteral("step"), p.step},
                            {QStringLiteral("loss"), number(p.loss)},
                            {QStringLiteral("lr"), p.learningRate}};
        lines += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    return lines.isEmpty() ? QString() : append(lines);
}

QString MetricsLog::appendValidation(const ValidationReport &r)
{
    const QDir dir(m_runDir);
    QJsonArray previews;
    for (const PreviewClip &p : r.previews)
        previews.append(QJsonObject{{QStringLiteral("prompt"), p.prompt},
                                    {QStringLiteral("reference"), relativeTo(dir, p.referencePath)},
                                    {QStringLiteral("audio"), relativeTo(dir, p.audioPath)},
                                    {QStringLiteral("with_lora"), p.withLora}});
    const QJsonObject o{{QStringLiteral("type"), QStringLiteral("validation")},
                        {QStringLiteral("step"), r.step},
                        {QStringLiteral("held_out_ratio"), number(r.heldOutRatio)},
                        {QStringLiteral("seconds"), r.seconds},
                        {QStringLiteral("previews"), previews}};
    return append(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
}

TrainingCurves readRunCurves(const QString &runDir)
{
    TrainingCurves curves;
    QFile f(runFilePath(runDir, runfiles::kMetrics));
    if (!f.open(QIODevice::ReadOnly))
        return curves;
    const QDir dir(runDir);
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line, &error).object();
        if (error.error != QJsonParseError::NoError)
            continue;  // a line torn by a crash
        const QString type = o.value(QStringLiteral("type")).toString();
        const int step = o.value(QStringLiteral("step")).toInt(-1);
        if (step < 0)
            continue;
        if (type == QLatin1String("step")) {
            curves.addLoss({step, numberOr(o.value(QStringLiteral("loss")), std::nan("")), o.value(QStringLiteral("lr")).toDouble()});
        } else if (type == QLatin1String("validation")) {
            ValidationReport r;
            r.step = step;
            r.heldOutRatio = numberOr(o.value(QStringLiteral("held_out_ratio")), -1.0);
            r.seconds = o.value(QStringLiteral("seconds")).toDouble();
            for (const QJsonValue &v : o.value(QStringLiteral("previews")).toArray()) {
                const QJsonObject p = v.toObject();
                r.previews.append({p.value(QStringLiteral("prompt")).toString(), absoluteIn(dir, p.value(QStringLiteral("reference")).toString()),
                                   absoluteIn(dir, p.value(QStringLiteral("audio")).toString()), p.value(QStringLiteral("with_lora")).toBool(true)});
            }
            curves.addValidation(r);
        }
    }
    return curves;
}

}  // namespace a2a
