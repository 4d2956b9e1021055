#include "TestFiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTest>

namespace a2a::test {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList listFiles(const QString &root)
{
    QStringList paths;
    if (QFileInfo(root).isDir()) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            paths << it.next();
    } else if (QFileInfo::exists(root)) {
        paths << root;
    }
    paths.sort();
    return paths;
}

QStringList fingerprint(const QString &root)
{
    QStringList lines;
    for (const QString &p : listFiles(root)) {
        const QFileInfo fi(p);
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(p)
                     .arg(fi.size())
                     .arg(fi.lastModified().toMSecsSinceEpoch())
                     .arg(QString::fromLatin1(QCryptographicHash::hash(fileBytes(p), QCryptographicHash::Sha256).toHex()));
    }
    return lines;
}

void writeDeadLock(const QString &lockPath)
{
    QByteArray contents;
    {
        QLockFile live(lockPath);
        QVERIFY(live.tryLock(0));
        QFile f(lockPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        contents = f.readAll();
        live.unlock();
    }
    QProcess p;
    p.start(QStringLiteral("true"), {});
    QVERIFY(p.waitForStarted());
    const qint64 deadPid = p.processId();
    QVERIFY(p.waitForFinished());
    QList<QByteArray> lines = contents.split('\n');
    lines[0] = QByteArray::number(deadPid);
    QFile f(lockPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(lines.join('\n'));
}

}  // namespace a2a::test
