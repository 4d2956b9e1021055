// Hostile and broken archives: zip slip, absolute paths, symlinks, zip bombs, encryption,
// corruption and truncation. Each gives a specific error and nothing is written outside the
// private work folder.

#include "support/TestFiles.h"
#include "support/TestMain.h"
#include "support/TestSignals.h"
#include "support/ZipBuilder.h"

#include "dataset/DatasetIngestor.h"
#include "dataset/DatasetReport.h"
#include "dataset/ZipArchive.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

using namespace a2a;

namespace {

bool hasIssue(const IssueList &issues, const QString &code, const QString &fileContains = {})
{
    for (const Issue &i : issues)
        if (i.code == code && i.severity == Severity::Error && (fileContains.isEmpty() || i.file.contains(fileContains)
                                                                || i.message.contains(fileContains)))
            return true;
    return false;
}

QByteArray wavBytes(double seconds, uint32_t seed = 1)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.wav"));
    test::writeClip(path, test::noise(16000, 1, seconds, 0.5f, seed));
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

}  // namespace

class TestZipSafety : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;       // where the fixtures live ("the user's folder")
    QTemporaryDir m_tempRoot;  // the ingest's private temp root
    QByteArray m_wav;

    IngestResult ingest(const QString &zip, const ArchiveLimits &limits = {})
    {
        IngestOptions options;
        options.limits = limits;
        options.tempRoot = m_tempRoot.path();
        return ingestDataset(zip, options, {});
    }

private Q_SLOTS:
    void initTestCase() { m_wav = wavBytes(6.0); }

    void zipSlipIsRejectedAndNeverWritten_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("reasonWord");
        QTest::newRow("../ escape") << "../../evil_start.wav" << "..";
        QTest::newRow("nested ..") << "pairs/../../evil_start.wav" << "..";
        QTest::newRow("absolute") << "/tmp/evil_start.wav" << "absolute";
        QTest::newRow("drive letter") << "C:/evil_start.wav" << "drive";
        QTest::newRow("backslash") << "..\\..\\evil_start.wav" << "backslash";
    }
    void zipSlipIsRejectedAndNeverWritten()
    {
        QFETCH(QString, entry);
        QFETCH(QString, reasonWord);
        const QString zip = m_dir.filePath(QStringLiteral("slip.zip"));
        QVERIFY(test::ZipBuilder().add(entry, m_wav).add(QStringLiteral("ok_start.wav"), m_wav).add(QStringLiteral("ok_end.wav"), m_wav).write(zip));
        const QStringList before = test::listFiles(m_dir.path());
        const IngestResult r = ingest(zip);
        QVERIFY(hasIssue(r.dataset.issues, QStringLiteral("entry-unsafe-path"), entry));
        bool reasonNamed = false;
        for (const Issue &i : r.dataset.issues)
            reasonNamed = reasonNamed || (i.code == QLatin1String("entry-unsafe-path") && i.message.contains(reasonWord));
        QVERIFY(reasonNamed);
        QVERIFY(summarizeDataset(r.dataset, FitOptions{}).refused);
        QCOMPARE(test::listFiles(m_dir.path()), before);  // nothing appeared beside the zip or above it
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/evil_start.wav")));
        // The safe pair is still listed, so the report can show everything at once.
        QCOMPARE(r.dataset.pairs.size(), 1);
    }

    void symlinkEntryIsRejected()
    {
        const QString zip = m_dir.filePath(QStringLiteral("link.zip"));
        QVERIFY(test::ZipBuilder()
                    .addSymlink(QStringLiteral("a_start.wav"), QStringLiteral("/etc/passwd"))
                    .add(QStringLiteral("a_end.wav"), m_wav)
                    .write(zip));
        const IngestResult r = ingest(zip);
        QVERIFY(hasIssue(r.dataset.issues, QStringLiteral("entry-symlink"), QStringLiteral("a_start.wav")));
        // The symlink is never extracted, so its _end is an orphan, which is an error too.
        QVERIFY(hasIssue(r.dataset.issues, QStringLiteral("end-without-start"), QStringLiteral("a_end.wav")));
        QVERIFY(summarizeDataset(r.dataset, FitOptions{}).refused);
    }

    void declaredZipBombIsRefused()
    {
        const QString zip = m_dir.filePath(QStringLiteral("bomb.zip"));
        QVERIFY(test::ZipBuilder().add(QStringLiteral("a_start.wav"), QByteArray(4 << 20, '\0')).add(QStringLiteral("a_end.wav"), wavBytes(0.1)).write(zip));
        QVERIFY(QFileInfo(zip).size() < 64 * 1024);  // 4 MB of zeros squeezed to a few KB
        ArchiveLimits limits;
        limits.maxEntryBytes = 1 << 20;
        const IngestResult r = ingest(zip, limits);
        QVERIFY(hasIssue(r.dataset.issues, QStringLiteral("archive-too-large"), QStringLiteral("a_start.wav")));
        QVERIFY(r.dataset.pairs.isEmpty());
        ArchiveLimits total;
        total.maxTotalBytes = 2 << 20;
        QVERIFY(hasIssue(ingest(zip, total).dataset.issues, QStringLiteral("archive-too-large")));
    }

    void forgedSizeBombIsStoppedWhileInflating()
    {
        // Headers claim 1 KB; the data inflates to 4 MB. Extraction must stop at the declared size.
        const QString zip = m_dir.filePath(QStringLiteral("forged.zip"));
        QVERIFY(test::ZipBuilder().add(QStringLiteral("a_start.wav"), QByteArray(4 << 20, '\0')).add(QStringLiteral("a_end.wav"), QByteArray(4 << 20, '\0')).write(zip));
        QVERIFY(test::forgeUncompressedSizes(zip, 1024));
        const IngestResult r = ingest(zip);
        QVERIFY(hasErrors(r.dataset.issues) || hasErrors(allIssues(r.dataset.pairs.value(0))));
        // Nothing larger than the declared size was ever written in the private folder.
        for (const QString &f : test::listFiles(m_tempRoot.path()))
            QVERIFY(QFileInfo(f).size() <= 1024);
    }

    void encryptedArchiveIsRefused()
    {
        const QString zip = m_dir.filePath(QStringLiteral("secret.zip"));
        QVERIFY(test::ZipBuilder()
                    .addEncrypted(QStringLiteral("a_start.wav"), m_wav, QStringLiteral("hunter2"))
                    .addEncrypted(QStringLiteral("a_end.wav"), m_wav, QStringLiteral("hunter2"))
                    .write(zip));
        const IngestResult r = ingest(zip);
        QVERIFY(hasIssue(r.dataset.issues, QStringLiteral("archive-encrypted")));
        QVERIFY(r.dataset.issues.first().hint.contains(QStringLiteral("without a password")));
    }

    void notAZipIsRefused()
    {
        const QString zip = m_dir.filePath(QStringLiteral("text.zip"));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("definitely not a zip file\n");
        f.close();
        const IngestResult r = ingest(zip);
        QVERIFY(hasIssue(r.dataset.issues, QStringLiteral("archive-not-zip")));
    }

    void corruptAndTruncatedArchives_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated to half") << "half";
        QTest::newRow("truncated by 10 bytes") << "tail";
        QTest::newRow("payload bytes flipped") << "flip";
        QTest::newRow("central directory smashed") << "directory";
    }
    void corruptAndTruncatedArchives()
    {
        QFETCH(QString, damage);
        const QString zip = m_dir.filePath(QStringLiteral("damaged.zip"));
        QVERIFY(test::ZipBuilder().add(QStringLiteral("a_start.wav"), wavBytes(6.0, 1)).add(QStringLiteral("a_end.wav"), wavBytes(6.0, 2)).write(zip));
        QFile f(zip);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray d = f.readAll();
        if (damage == QLatin1String("half"))
            d.truncate(d.size() / 2);
        else if (damage == QLatin1String("tail"))
            d.chop(10);
        else if (damage == QLatin1String("flip"))
            for (int i = 200; i < 400; ++i)
                d[i] = char(d[i] ^ 0x5A);
        else {
            const int cd = d.lastIndexOf(QByteArray("PK\x01\x02", 4));
            for (int i = cd + 4; i < cd + 40; ++i)
                d[i] = char(0xFF);
        }
        f.resize(0);
        f.seek(0);
        f.write(d);
        f.close();
        const IngestResult r = ingest(zip);
        IssueList all = r.dataset.issues;
        for (const DatasetPair &p : r.dataset.pairs)
            all += allIssues(p);
        QVERIFY2(hasErrors(all), "a damaged archive must produce an error");
        bool clear = false;
        for (const Issue &i : all)
            clear = clear || i.message.contains(QStringLiteral("damaged")) || i.message.contains(QStringLiteral("corrupt"))
                    || i.message.contains(QStringLiteral("truncated")) || i.message.contains(QStringLiteral("checksum"));
        if (!clear)
            for (const Issue &i : all)
                qWarning() << i.toText();
        QVERIFY(clear);
        QVERIFY(summarizeDataset(r.dataset, FitOptions{}).refused || summarizeDataset(r.dataset, FitOptions{}).errors > 0);
    }

    void unicodeNamesSurvive()
    {
        const QString zip = m_dir.filePath(QStringLiteral("unicode.zip"));
        QVERIFY(test::ZipBuilder()
                    .add(QStringLiteral("Grüße_日本_start.wav"), m_wav)
                    .add(QStringLiteral("Grüße_日本_end.wav"), m_wav)
                    .add(QStringLiteral("Grüße_日本.txt"), QStringLiteral("café crème ☕").toUtf8())
                    .write(zip));
        const IngestResult r = ingest(zip);
        QCOMPARE(r.dataset.pairs.size(), 1);
        QCOMPARE(r.dataset.pairs[0].name, QStringLiteral("Grüße_日本"));
        QCOMPARE(r.dataset.pairs[0].caption, QStringLiteral("café crème ☕"));
        QVERIFY(r.dataset.pairs[0].reference.decoded);
    }

    void unsafePathReasons()
    {
        QVERIFY(unsafeEntryPathReason(QStringLiteral("a/b_start.wav")).isEmpty());
        QVERIFY(unsafeEntryPathReason(QStringLiteral("a..b_start.wav")).isEmpty());  // ".." inside a name is fine
        QVERIFY(!unsafeEntryPathReason(QStringLiteral("a/../../b")).isEmpty());
        QVERIFY(!unsafeEntryPathReason(QStringLiteral("/etc/passwd")).isEmpty());
        QVERIFY(!unsafeEntryPathReason(QString::fromUtf8("a\x01" "b")).isEmpty());
        QVERIFY(!unsafeEntryPathReason(QString()).isEmpty());
    }

    void privateFolderIsRemovedWithTheDataset()
    {
        const QString zip = m_dir.filePath(QStringLiteral("fine.zip"));
        QVERIFY(test::ZipBuilder().add(QStringLiteral("a_start.wav"), m_wav).add(QStringLiteral("a_end.wav"), m_wav).write(zip));
        QString work;
        {
            const IngestResult r = ingest(zip);
            QVERIFY(r.dataset.workDir);
            work = r.dataset.workDir->path();
            QVERIFY(work.startsWith(m_tempRoot.path()));
            QVERIFY(QFileInfo(r.dataset.pairs[0].reference.localPath).absolutePath() == work);
        }
        QVERIFY(!QFileInfo::exists(work));
    }
};

A2A_TEST_MAIN(TestZipSafety)
#include "test_zip_safety.moc"
