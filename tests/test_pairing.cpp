// The pairing rules of the reference service (DESIGN §2) on plain path lists.

#include "support/TestMain.h"

#include "dataset/PairMatcher.h"

using namespace a2a;

namespace {

const Issue *findIssue(const PairMatch &m, const QString &code)
{
    for (const Issue &i : m.issues)
        if (i.code == code)
            return &i;
    return nullptr;
}

}  // namespace

class TestPairing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pairsWithCaptionsAcrossFormats()
    {
        const PairMatch m = matchPairs({QStringLiteral("sample01_start.wav"), QStringLiteral("sample01_end.wav"), QStringLiteral("sample01.txt"),
                                        QStringLiteral("sample02_start.mp3"), QStringLiteral("sample02_end.wav"), QStringLiteral("sample02.txt"),
                                        QStringLiteral("sample10_start.flac"), QStringLiteral("sample10_end.ogg")});
        QCOMPARE(m.pairs.size(), 3);
        QCOMPARE(m.pairs[0].name, QStringLiteral("sample01"));
        QCOMPARE(m.pairs[0].captionPath, QStringLiteral("sample01.txt"));
        QCOMPARE(m.pairs[1].startPath, QStringLiteral("sample02_start.mp3"));
        QCOMPARE(m.pairs[2].name, QStringLiteral("sample10"));
        QVERIFY(m.pairs[2].captionPath.isEmpty());
        QVERIFY(!hasErrors(m.issues));
    }

    void naturalOrder()
    {
        const PairMatch m = matchPairs({QStringLiteral("a10_start.wav"), QStringLiteral("a10_end.wav"), QStringLiteral("a2_start.wav"), QStringLiteral("a2_end.wav")});
        QCOMPARE(m.pairs[0].name, QStringLiteral("a2"));
        QCOMPARE(m.pairs[1].name, QStringLiteral("a10"));
    }

    void upperCaseExtensionsAndSuffixes()
    {
        const PairMatch m = matchPairs({QStringLiteral("Take1_START.WAV"), QStringLiteral("Take1_End.Mp3"), QStringLiteral("Take1.TXT"),
                                        QStringLiteral("x_start.M4A"), QStringLiteral("x_end.AAC")});
        QCOMPARE(m.pairs.size(), 2);
        QCOMPARE(m.pairs[0].name, QStringLiteral("Take1"));
        QCOMPARE(m.pairs[0].captionPath, QStringLiteral("Take1.TXT"));
        QCOMPARE(m.pairs[1].endPath, QStringLiteral("x_end.AAC"));
    }

    void endWithoutStartIsAnErrorNamingIt()
    {
        const PairMatch m = matchPairs({QStringLiteral("a_start.wav"), QStringLiteral("a_end.wav"), QStringLiteral("dir/b_end.flac")});
        const Issue *i = findIssue(m, QStringLiteral("end-without-start"));
        QVERIFY(i);
        QCOMPARE(i->severity, Severity::Error);
        QCOMPARE(i->file, QStringLiteral("dir/b_end.flac"));
        QVERIFY(i->message.contains(QStringLiteral("b_start")));
        QCOMPARE(m.pairs.size(), 1);
    }

    void orphanStartIsAWarningAndSkipped()
    {
        const PairMatch m = matchPairs({QStringLiteral("a_start.wav"), QStringLiteral("a_end.wav"), QStringLiteral("lonely_start.wav"), QStringLiteral("lonely.txt")});
        const Issue *i = findIssue(m, QStringLiteral("start-without-end"));
        QVERIFY(i);
        QCOMPARE(i->severity, Severity::Warning);
        QCOMPARE(m.orphanStarts, QStringList{QStringLiteral("lonely_start.wav")});
        QCOMPARE(m.pairs.size(), 1);
        QVERIFY(!hasErrors(m.issues));
        QVERIFY(!findIssue(m, QStringLiteral("caption-without-pair")));  // its caption belongs to the orphan
    }

    void sameNameInTwoFoldersIsAnErrorNamingBoth()
    {
        const PairMatch m = matchPairs({QStringLiteral("one/a_start.wav"), QStringLiteral("one/a_end.wav"), QStringLiteral("two/a_start.wav")});
        const Issue *i = findIssue(m, QStringLiteral("name-not-unique"));
        QVERIFY(i);
        QCOMPARE(i->severity, Severity::Error);
        QVERIFY(i->message.contains(QStringLiteral("one/a_start.wav")));
        QVERIFY(i->message.contains(QStringLiteral("two/a_start.wav")));
    }

    void twoReferencesForOnePairIsAnError()
    {
        const PairMatch m = matchPairs({QStringLiteral("a_start.wav"), QStringLiteral("a_start.mp3"), QStringLiteral("a_end.wav")});
        const Issue *i = findIssue(m, QStringLiteral("pair-ambiguous"));
        QVERIFY(i);
        QVERIFY(i->message.contains(QStringLiteral("a_start.mp3")));
    }

    void pairsAcrossFolders()
    {
        const PairMatch m = matchPairs({QStringLiteral("refs/a_start.wav"), QStringLiteral("targets/a_end.wav"), QStringLiteral("captions/a.txt")});
        QCOMPARE(m.pairs.size(), 1);
        QCOMPARE(m.pairs[0].captionPath, QStringLiteral("captions/a.txt"));
    }

    void macosAndHiddenFilesAreIgnored()
    {
        const PairMatch m = matchPairs({QStringLiteral("pairs/a_start.wav"), QStringLiteral("pairs/a_end.wav"),
                                        QStringLiteral("__MACOSX/pairs/._a_start.wav"), QStringLiteral("__MACOSX/pairs/._a_end.wav"),
                                        QStringLiteral("pairs/._a_start.wav"), QStringLiteral("pairs/.DS_Store"), QStringLiteral(".hidden/b_end.wav"),
                                        QStringLiteral("Thumbs.db"), QStringLiteral("pairs/desktop.ini")});
        QCOMPARE(m.pairs.size(), 1);
        QVERIFY(m.issues.isEmpty());  // no duplicate-name error from the ._ twins, no orphan from .hidden
        QVERIFY(isIgnoredPath(QStringLiteral("__MACOSX/x")));
        QVERIFY(isIgnoredPath(QStringLiteral("a/._x_start.wav")));
        QVERIFY(!isIgnoredPath(QStringLiteral("a/x_start.wav")));
    }

    void otherFilesAreNotedNotFatal()
    {
        const PairMatch m = matchPairs({QStringLiteral("a_start.wav"), QStringLiteral("a_end.wav"), QStringLiteral("notes.pdf"),
                                        QStringLiteral("song.wav"), QStringLiteral("b.txt")});
        QCOMPARE(findIssue(m, QStringLiteral("file-ignored"))->severity, Severity::Info);
        QCOMPARE(findIssue(m, QStringLiteral("audio-unpaired-name"))->severity, Severity::Warning);
        QCOMPARE(findIssue(m, QStringLiteral("caption-without-pair"))->severity, Severity::Warning);
        QVERIFY(!hasErrors(m.issues));
    }

    void manifestIsRecognised()
    {
        const PairMatch m = matchPairs({QStringLiteral("a_start.wav"), QStringLiteral("a_end.wav"), kDatasetManifestName});
        QCOMPARE(m.manifestPath, kDatasetManifestName);
        QVERIFY(m.issues.isEmpty());
    }

    void bareSuffixIsNotAPair()
    {
        const PairMatch m = matchPairs({QStringLiteral("_start.wav"), QStringLiteral("_end.wav")});
        QVERIFY(m.pairs.isEmpty());
        QVERIFY(findIssue(m, QStringLiteral("audio-unpaired-name")));
    }
};

A2A_TEST_MAIN(TestPairing)
#include "test_pairing.moc"
