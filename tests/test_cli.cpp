// The a2a-train executable end to end: help, usage errors and exit codes, `inspect` on good,
// refused and broken datasets (zip, folder, file:// URL; text and JSON), `validate` on good and
// bad request files, and that inspecting never changes the user's files.

#include "support/TestFiles.h"
#include "support/TestMain.h"
#include "support/TestSignals.h"
#include "support/ZipBuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUrl>

#include <cmath>

using namespace a2a;

namespace {

using a2a::test::fileBytes;
using a2a::test::fingerprint;

struct Run {
    bool finished = false;
    int code = -1;
    QString out, err;
    QString all() const { return out + err; }
};

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_bin;
    QString m_tmp;         // TMPDIR of every child: its private work folders land here
    QString m_goodFolder;  // three 6 s pairs (wav, flac, mp3) with captions
    QString m_goodZip;
    QString m_shortZip;    // two pairs of 2 s clips
    QString m_orphanZip;   // a good pair plus x_end.wav without x_start
    QString m_fakeZip;     // text renamed .zip

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run run(const QStringList &args, const QByteArray &stdinData = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), m_tmp);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_dir.path());
        p.start(m_bin, args);
        Run r;
        if (!p.waitForStarted(10000))
            return r;
        if (!stdinData.isEmpty())
            p.write(stdinData);
        p.closeWriteChannel();
        r.finished = p.waitForFinished(30000);
        if (!r.finished) {
            p.kill();
            p.waitForFinished(5000);
        }
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    // Runs, checks the exit code, and that the child left no work folder behind.
    Run expect(const QStringList &args, int code, const QByteArray &stdinData = {})
    {
        const Run r = run(args, stdinData);
        const QString shown = QStringLiteral("a2a-train %1 -> %2\n--- stdout\n%3--- stderr\n%4")
                                  .arg(args.join(QLatin1Char(' '))).arg(r.code).arg(r.out, r.err);
        if (!r.finished)
            qWarning("did not finish in 30 s: %s", qPrintable(shown));
        if (r.code != code)
            qWarning("%s", qPrintable(shown));
        [&] {
            QVERIFY(r.finished);
            QCOMPARE(r.code, code);
            QVERIFY2(QDir(m_tmp).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), "a work folder was left in TMPDIR");
        }();
        return r;
    }

    bool writeText(const QString &name, const QByteArray &text)
    {
        QFile f(path(name));
        return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
    }

    static QJsonObject parseJson(const QString &text)
    {
        QJsonParseError e{};
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &e);
        if (e.error != QJsonParseError::NoError || !doc.isObject())
            qWarning("not a JSON object (%s): %s", qPrintable(e.errorString()), qPrintable(text.left(2000)));
        return doc.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_bin = qEnvironmentVariable("A2A_TRAIN_BIN");
        if (m_bin.isEmpty())  // run by hand from the build tree
            m_bin = QCoreApplication::applicationDirPath() + QStringLiteral("/../src/cli/a2a-train");
        QVERIFY2(QFileInfo(m_bin).isExecutable(), qPrintable(QStringLiteral("a2a-train not found at '%1'; set A2A_TRAIN_BIN").arg(m_bin)));
        m_tmp = path(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(m_tmp));

        m_goodFolder = path(QStringLiteral("good"));
        QVERIFY(QDir().mkpath(m_goodFolder + QStringLiteral("/sub")));
        test::ZipBuilder good;
        const struct { const char *name, *format; int channels; } clips[] = {
            {"p1_start.wav", "wav", 1}, {"p1_end.wav", "wav", 1}, {"p2_start.flac", "flac", 2},
            {"p2_end.flac", "flac", 2}, {"sub/p3_start.mp3", "mp3", 1}, {"sub/p3_end.mp3", "mp3", 1}};
        uint32_t seed = 1;
        for (const auto &c : clips) {
            const QString file = m_goodFolder + QLatin1Char('/') + QLatin1String(c.name);
            QVERIFY2(test::writeClip(file, test::noise(16000, c.channels, 6.0, 0.4f, seed++), QLatin1String(c.format)), c.name);
            good.addFile(QLatin1String(c.name), file);
        }
        for (const char *caption : {"p1.txt", "p2.txt", "sub/p3.txt"}) {
            const QByteArray text = QByteArray("caption of ") + QByteArray(caption).replace("sub/", "").replace(".txt", "");
            QVERIFY(writeText(QStringLiteral("good/") + QLatin1String(caption), text));
            good.add(QLatin1String(caption), text);
        }
        m_goodZip = path(QStringLiteral("good.zip"));
        QVERIFY(good.write(m_goodZip));

        const QString shortWav = path(QStringLiteral("short.wav")), shortFlac = path(QStringLiteral("short.flac"));
        QVERIFY(test::writeClip(shortWav, test::noise(16000, 1, 2.0, 0.4f, 7), QStringLiteral("wav")));
        QVERIFY(test::writeClip(shortFlac, test::noise(16000, 2, 2.0, 0.4f, 8), QStringLiteral("flac")));
        m_shortZip = path(QStringLiteral("short.zip"));
        QVERIFY(test::ZipBuilder()
                    .addFile(QStringLiteral("s1_start.wav"), shortWav).addFile(QStringLiteral("s1_end.wav"), shortWav)
                    .addFile(QStringLiteral("s2_start.flac"), shortFlac).addFile(QStringLiteral("s2_end.flac"), shortFlac)
                    .write(m_shortZip));

        m_orphanZip = path(QStringLiteral("orphan.zip"));
        QVERIFY(test::ZipBuilder()
                    .addFile(QStringLiteral("p1_start.wav"), m_goodFolder + QStringLiteral("/p1_start.wav"))
                    .addFile(QStringLiteral("p1_end.wav"), m_goodFolder + QStringLiteral("/p1_end.wav"))
                    .addFile(QStringLiteral("x_end.wav"), m_goodFolder + QStringLiteral("/p1_end.wav"))
                    .write(m_orphanZip));

        m_fakeZip = path(QStringLiteral("fake.zip"));
        QVERIFY(writeText(QStringLiteral("fake.zip"), "this is a text file with a .zip name, not an archive\n"));
    }

    void topLevelHelp()
    {
        for (const QString &flag : {QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("help")}) {
            const Run r = expect({flag}, 0);
            QVERIFY2(r.out.contains(QLatin1String("usage: a2a-train COMMAND")), qPrintable(r.out));
            QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^\\s+inspect DATASET"), QRegularExpression::MultilineOption)));
            QVERIFY(r.out.contains(QRegularExpression(QStringLiteral("^\\s+validate REQUEST.json"), QRegularExpression::MultilineOption)));
        }
        const Run none = expect({}, 2);  // no command is a usage error, with the usage shown
        QVERIFY(none.out.contains(QLatin1String("inspect")));
        const Run version = expect({QStringLiteral("--version")}, 0);
        QVERIFY2(version.out.startsWith(QLatin1String("a2a-train ")), qPrintable(version.out));
    }

    void commandHelp()
    {
        const Run inspect = expect({QStringLiteral("inspect"), QStringLiteral("--help")}, 0);
        for (const char *s : {"--duration <S>", "--json", "--no-preserve-pitch", "--trigger", "DATASET"})
            QVERIFY2(inspect.out.contains(QLatin1String(s)), s);
        QVERIFY2(inspect.out.contains(QString::fromUtf8("0.5\u201360 [5]")), qPrintable(inspect.out));  // range and default
        const Run validate = expect({QStringLiteral("validate"), QStringLiteral("--help")}, 0);
        for (const char *s : {"REQUEST.json", "--print", "exits 1"})
            QVERIFY2(validate.out.contains(QLatin1String(s)), s);
    }

    void usageErrors()
    {
        const Run unknown = expect({QStringLiteral("frobnicate")}, 2);
        QVERIFY2(unknown.err.contains(QLatin1String("unknown command 'frobnicate'")), qPrintable(unknown.err));
        QVERIFY(unknown.err.contains(QLatin1String("usage: a2a-train")));
        QVERIFY(expect({QStringLiteral("inspect")}, 2).err.contains(QLatin1String("exactly one DATASET")));
        QVERIFY(expect({QStringLiteral("inspect"), m_goodZip, m_shortZip}, 2).err.contains(QLatin1String("exactly one DATASET")));
        QVERIFY(expect({QStringLiteral("inspect"), QStringLiteral("--bogus"), m_goodZip}, 2).err.contains(QLatin1String("bogus")));
        QVERIFY(expect({QStringLiteral("validate")}, 2).err.contains(QLatin1String("exactly one REQUEST.json")));
    }

    void durationOutOfRange()
    {
        const Run low = expect({QStringLiteral("inspect"), QStringLiteral("--duration"), QStringLiteral("0.1"), m_goodZip}, 2);
        QVERIFY2(low.err.contains(QString::fromUtf8("audio_duration_seconds is 0.1; allowed range is 0.5\u201360 seconds")), qPrintable(low.err));
        QVERIFY(low.out.isEmpty());
        const Run high = expect({QStringLiteral("inspect"), QStringLiteral("--duration=61"), m_goodZip}, 2);
        QVERIFY2(high.err.contains(QLatin1String("audio_duration_seconds is 61")), qPrintable(high.err));
        const Run word = expect({QStringLiteral("inspect"), QStringLiteral("--duration"), QStringLiteral("five"), m_goodZip}, 2);
        QVERIFY2(word.err.contains(QLatin1String("--duration must be a number")), qPrintable(word.err));
    }

    void inspectGoodZipText()
    {
        const QStringList before = fingerprint(m_goodZip);
        const Run r = expect({QStringLiteral("inspect"), m_goodZip}, 0);
        const QString &o = r.out;
        QVERIFY2(o.contains(QStringLiteral("Dataset   ") + m_goodZip), qPrintable(o));
        QVERIFY(o.contains(QLatin1String("Bucket    5.00 s (audio_duration_seconds)")));
        for (const char *name : {"p1", "p2", "p3"})
            QVERIFY2(o.contains(QRegularExpression(QStringLiteral("^\\[ok\\s*\\] %1$").arg(QLatin1String(name)), QRegularExpression::MultilineOption)),
                     qPrintable(o));
        for (const char *clip : {"p1_start.wav", "p1_end.wav", "p2_start.flac", "p2_end.flac", "sub/p3_start.mp3", "sub/p3_end.mp3"})
            QVERIFY2(o.contains(QLatin1String(clip)), clip);
        QCOMPARE(o.count(QString::fromUtf8("trim 0.00\u20135.00 s")), 6);
        QCOMPARE(o.count(QRegularExpression(QStringLiteral("\\b6\\.0\\d s"))), 6);
        QVERIFY(o.contains(QLatin1String("16000 Hz, 1 ch")) && o.contains(QLatin1String("16000 Hz, 2 ch")));
        QVERIFY(o.contains(QLatin1String("caption   \"caption of p2\"")));
        QVERIFY(o.contains(QLatin1String("Summary   3 usable, 0 skipped (too short), 0 with errors, 0 excluded, of 3 pairs")));
        QVERIFY(o.contains(QLatin1String("only 3 usable pair(s)")));  // the few-pairs warning, not an error
        QVERIFY(o.contains(QLatin1String("Verdict   ready to train on 3 pair(s)")));
        QVERIFY(!o.contains(QLatin1String("REFUSED")));
        QCOMPARE(fingerprint(m_goodZip), before);
    }

    void inspectGoodZipJson()
    {
        const QStringList before = fingerprint(m_goodZip);
        const Run r = expect({QStringLiteral("inspect"), QStringLiteral("--json"), QStringLiteral("--trigger"), QStringLiteral("tonech4nge"), m_goodZip}, 0);
        const QJsonObject j = parseJson(r.out);
        QVERIFY(!j.isEmpty());
        QCOMPARE(j.value(QLatin1String("source")).toString(), m_goodZip);
        QCOMPARE(j.value(QLatin1String("bucket_seconds")).toDouble(), 5.0);
        QCOMPARE(j.value(QLatin1String("usable")).toInt(-1), 3);
        QCOMPARE(j.value(QLatin1String("skipped")).toInt(-1), 0);
        QCOMPARE(j.value(QLatin1String("errors")).toInt(-1), 0);
        QCOMPARE(j.value(QLatin1String("total")).toInt(-1), 3);
        QVERIFY(j.value(QLatin1String("refused")).isBool());
        QCOMPARE(j.value(QLatin1String("refused")).toBool(true), false);
        QCOMPARE(j.value(QLatin1String("trigger_phrase")).toString(), QStringLiteral("tonech4nge"));
        const QJsonArray pairs = j.value(QLatin1String("pairs")).toArray();
        QCOMPARE(pairs.size(), 3);
        const QStringList formats{QStringLiteral("wav"), QStringLiteral("flac"), QStringLiteral("mp3")};
        for (int i = 0; i < 3; ++i) {
            const QJsonObject p = pairs[i].toObject();
            const QString name = QStringLiteral("p%1").arg(i + 1);
            QCOMPARE(p.value(QLatin1String("name")).toString(), name);
            QCOMPARE(p.value(QLatin1String("status")).toString(), QStringLiteral("ok"));
            QCOMPARE(p.value(QLatin1String("final_caption")).toString(), QStringLiteral("tonech4nge caption of ") + name);
            QVERIFY(std::abs(p.value(QLatin1String("max_bucket_seconds")).toDouble() - 6.0) < 0.1);
            for (const char *side : {"reference", "target"}) {
                const QJsonObject c = p.value(QLatin1String(side)).toObject();
                QVERIFY2(c.value(QLatin1String("readable")).toBool(), side);
                QVERIFY(c.value(QLatin1String("path")).toString().contains(name + (side[0] == 'r' ? QStringLiteral("_start.") : QStringLiteral("_end."))));
                QVERIFY2(std::abs(c.value(QLatin1String("duration_seconds")).toDouble() - 6.0) < 0.1, qPrintable(QJsonDocument(c).toJson()));
                QCOMPARE(c.value(QLatin1String("format")).toString(), formats[i]);
                QCOMPARE(c.value(QLatin1String("sample_rate")).toInt(), 16000);
                QCOMPARE(c.value(QLatin1String("fit")).toString(), QStringLiteral("trim"));
                QCOMPARE(c.value(QLatin1String("fit_detail")).toString(), QString::fromUtf8("trim 0.00\u20135.00 s"));
            }
        }
        QCOMPARE(fingerprint(m_goodZip), before);
    }

    void inspectShortClipsRefused()
    {
        const QStringList before = fingerprint(m_shortZip);
        const Run r = expect({QStringLiteral("inspect"), m_shortZip}, 1);
        QVERIFY2(r.out.contains(QLatin1String("a bucket of 2.0 s would keep all 2 skipped pair(s)")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("(fits a bucket of at most 2.0 s)")));
        QVERIFY(r.out.contains(QLatin1String("too short by 3.00 s")));
        QVERIFY(r.out.contains(QLatin1String("set audio_duration_seconds to 2.0")));
        QVERIFY(r.out.contains(QLatin1String("Summary   0 usable, 2 skipped")));
        QVERIFY(r.out.contains(QLatin1String("REFUSED")));

        const QJsonObject j = parseJson(expect({QStringLiteral("inspect"), QStringLiteral("--json"), m_shortZip}, 1).out);
        QCOMPARE(j.value(QLatin1String("refused")).toBool(), true);
        QCOMPARE(j.value(QLatin1String("usable")).toInt(-1), 0);
        QCOMPARE(j.value(QLatin1String("skipped")).toInt(-1), 2);
        QCOMPARE(j.value(QLatin1String("suggestion")).toObject().value(QLatin1String("keep_all_bucket_seconds")).toDouble(), 2.0);
        QCOMPARE(j.value(QLatin1String("pairs")).toArray().at(0).toObject().value(QLatin1String("reference")).toObject()
                     .value(QLatin1String("fit")).toString(), QStringLiteral("skip"));

        // Following the suggestion makes the same dataset acceptable.
        const Run fixed = expect({QStringLiteral("inspect"), QStringLiteral("--duration"), QStringLiteral("2"), m_shortZip}, 0);
        QVERIFY2(fixed.out.contains(QLatin1String("Summary   2 usable, 0 skipped")), qPrintable(fixed.out));
        QVERIFY(fixed.out.contains(QLatin1String("Bucket    2.00 s")));
        QVERIFY(!fixed.out.contains(QLatin1String("REFUSED")));
        QCOMPARE(fingerprint(m_shortZip), before);
    }

    void inspectEndWithoutStart()
    {
        const Run r = expect({QStringLiteral("inspect"), m_orphanZip}, 1);
        QVERIFY2(r.out.contains(QLatin1String("error: x_end.wav: the target has no matching reference x_start")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("REFUSED")));
        const QJsonObject j = parseJson(expect({QStringLiteral("inspect"), QStringLiteral("--json"), m_orphanZip}, 1).out);
        bool found = false;
        for (const QJsonValue &v : j.value(QLatin1String("issues")).toArray()) {
            const QJsonObject i = v.toObject();
            if (i.value(QLatin1String("code")).toString() == QLatin1String("end-without-start")) {
                found = true;
                QCOMPARE(i.value(QLatin1String("file")).toString(), QStringLiteral("x_end.wav"));
                QCOMPARE(i.value(QLatin1String("severity")).toString(), QStringLiteral("error"));
            }
        }
        QVERIFY(found);
        QCOMPARE(j.value(QLatin1String("usable")).toInt(-1), 1);  // the good pair is fine; the dataset is still refused
        QCOMPARE(j.value(QLatin1String("refused")).toBool(), true);
    }

    void inspectNotAZip()
    {
        const QByteArray before = fileBytes(m_fakeZip);
        const Run r = expect({QStringLiteral("inspect"), m_fakeZip}, 1);
        QVERIFY2(r.out.contains(QLatin1String("error: fake.zip: this is not a .zip archive")), qPrintable(r.out));
        QVERIFY(r.out.contains(QLatin1String("REFUSED")));
        QCOMPARE(fileBytes(m_fakeZip), before);

        const Run missing = expect({QStringLiteral("inspect"), path(QStringLiteral("nowhere.zip"))}, 1);
        QVERIFY2(missing.out.contains(QLatin1String("no such file or folder")), qPrintable(missing.out));
    }

    void inspectFolder()
    {
        const QStringList before = fingerprint(m_goodFolder);
        const Run r = expect({QStringLiteral("inspect"), m_goodFolder}, 0);
        QVERIFY2(r.out.contains(QLatin1String("Summary   3 usable, 0 skipped")), qPrintable(r.out));
        QCOMPARE(r.out.count(QString::fromUtf8("trim 0.00\u20135.00 s")), 6);
        const QJsonObject j = parseJson(expect({QStringLiteral("inspect"), QStringLiteral("--json"), m_goodFolder}, 0).out);
        QCOMPARE(j.value(QLatin1String("usable")).toInt(-1), 3);
        QCOMPARE(j.value(QLatin1String("source")).toString(), m_goodFolder);
        QCOMPARE(fingerprint(m_goodFolder), before);  // nothing added, changed or removed
    }

    void inspectFileUrl()
    {
        const QStringList before = fingerprint(m_goodZip);
        const QString url = QUrl::fromLocalFile(m_goodZip).toString();
        QVERIFY(url.startsWith(QLatin1String("file:///")));
        const Run r = expect({QStringLiteral("inspect"), url}, 0);
        QVERIFY2(r.out.contains(QLatin1String("Summary   3 usable")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Dataset   ") + url));
        const Run folder = expect({QStringLiteral("inspect"), QUrl::fromLocalFile(m_goodFolder).toString()}, 0);
        QVERIFY(folder.out.contains(QLatin1String("Summary   3 usable")));
        QCOMPARE(fingerprint(m_goodZip), before);
    }

    void inspectNoPreservePitch()
    {
        // 5.4 s is within the 10 % stretch tolerance of a 5 s bucket: stretched, or trimmed without pitch keeping.
        const QString clip = path(QStringLiteral("near.wav"));
        QVERIFY(test::writeClip(clip, test::noise(16000, 1, 5.4, 0.4f, 9), QStringLiteral("wav")));
        const QString zip = path(QStringLiteral("near.zip"));
        QVERIFY(test::ZipBuilder().addFile(QStringLiteral("n_start.wav"), clip).addFile(QStringLiteral("n_end.wav"), clip).write(zip));
        const Run stretch = expect({QStringLiteral("inspect"), zip}, 0);
        QVERIFY2(stretch.out.contains(QString::fromUtf8("stretch \u00d70.926")), qPrintable(stretch.out));
        const Run trim = expect({QStringLiteral("inspect"), QStringLiteral("--no-preserve-pitch"), zip}, 0);
        QVERIFY2(trim.out.contains(QString::fromUtf8("trim 0.00\u20135.00 s")), qPrintable(trim.out));
        QVERIFY(trim.out.contains(QLatin1String("pitch-preserving stretch off")));
    }

    void validateRequests()
    {
        QVERIFY(writeText(QStringLiteral("good.json"),
                          "{\"training_data_url\": \"https://example.com/pairs.zip\", \"trigger_phrase\": \"tonech4nge\", \"rank\": 32,"
                          " \"number_of_steps\": 2000, \"learning_rate\": 0.0002, \"audio_duration_seconds\": 5.0,"
                          " \"validation\": [{\"prompt\": \"p\", \"reference_audio_url\": \"ref.wav\"}]}"));
        const QByteArray goodBefore = fileBytes(path(QStringLiteral("good.json")));
        const Run ok = expect({QStringLiteral("validate"), path(QStringLiteral("good.json"))}, 0);
        QVERIFY2(ok.out.contains(QLatin1String("ok: the request is valid (preview length 4.708 s)")), qPrintable(ok.out));
        QVERIFY(ok.err.isEmpty());
        QCOMPARE(fileBytes(path(QStringLiteral("good.json"))), goodBefore);

        const Run printed = expect({QStringLiteral("validate"), QStringLiteral("--print"), path(QStringLiteral("good.json"))}, 0);
        const QJsonObject full = parseJson(printed.out.mid(printed.out.indexOf(QLatin1Char('{'))));
        QCOMPARE(full.value(QLatin1String("rank")).toInt(), 32);
        QCOMPARE(full.value(QLatin1String("validation_frame_rate")).toInt(), 24);  // a default filled in
        QCOMPARE(full.value(QLatin1String("trigger_phrase")).toString(), QStringLiteral("tonech4nge"));

        QVERIFY(writeText(QStringLiteral("bad.json"), "{\"training_data_url\": \"https://example.com/pairs.zip\", \"rank\": 12}"));
        const Run bad = expect({QStringLiteral("validate"), path(QStringLiteral("bad.json"))}, 1);
        QVERIFY2(bad.err.contains(QLatin1String("error: rank is 12; allowed values are 8, 16, 32, 64, 128")), qPrintable(bad.err));
        QVERIFY(!bad.out.contains(QLatin1String("ok:")));

        QVERIFY(writeText(QStringLiteral("many.json"), "{\"rank\": 12, \"stg_scale\": 4, \"rnak\": 8}"));
        const Run many = expect({QStringLiteral("validate"), path(QStringLiteral("many.json"))}, 1);
        for (const char *s : {"rank is 12", "stg_scale is 4", "did you mean rank?", "training_data_url is required"})
            QVERIFY2(many.err.contains(QLatin1String(s)), qPrintable(many.err + QStringLiteral(" lacks ") + QLatin1String(s)));

        QVERIFY(writeText(QStringLiteral("video.json"), "{\"training_data_url\": \"x.zip\", \"number_of_frames\": 121}"));
        const Run video = expect({QStringLiteral("validate"), path(QStringLiteral("video.json"))}, 0);
        QVERIFY2(video.err.contains(QLatin1String("note: number_of_frames is a video field")), qPrintable(video.err));

        QVERIFY(writeText(QStringLiteral("broken.json"), "{\"rank\": "));
        QVERIFY(expect({QStringLiteral("validate"), path(QStringLiteral("broken.json"))}, 1).err.contains(QLatin1String("not valid JSON")));

        const Run stdinRun = expect({QStringLiteral("validate"), QStringLiteral("-")}, 0,
                                    "{\"training_data_url\": \"x.zip\", \"audio_duration_seconds\": 1, \"validation_frame_rate\": 24}");
        QVERIFY2(stdinRun.out.contains(QLatin1String("preview length 0.708 s")), qPrintable(stdinRun.out));  // 17 frames

        const Run missing = expect({QStringLiteral("validate"), path(QStringLiteral("absent.json"))}, 3);
        QVERIFY2(missing.err.contains(QLatin1String("cannot read")), qPrintable(missing.err));
    }

    void inspectNeverModifiesInputs()
    {
        // After every run above, the inputs are byte for byte and time for time what they were.
        const QStringList zips{m_goodZip, m_shortZip, m_orphanZip, m_fakeZip};
        QStringList before;
        for (const QString &z : zips)
            before << fingerprint(z);
        for (const QString &z : zips)
            run({QStringLiteral("inspect"), QStringLiteral("--json"), z});
        QStringList after;
        for (const QString &z : zips)
            after << fingerprint(z);
        QCOMPARE(after, before);
        // Nothing was written next to the inputs either.
        QStringList top = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        top.sort();
        for (const QString &name : top)
            QVERIFY2(!name.startsWith(QLatin1String("a2a")) && !name.endsWith(QLatin1String(".part")), qPrintable(name));
        QVERIFY(QDir(m_tmp).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden));
    }
};

A2A_TEST_MAIN(TestCli)
#include "test_cli.moc"
