#pragma once
// File helpers for tests that prove user files are never touched and nothing is written beside them.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace a2a::test {

QByteArray fileBytes(const QString &path);  // empty if unreadable

// Every file under root (or root itself if it is a file), sorted.
QStringList listFiles(const QString &root);

// listFiles() with each file's size, mtime and SHA-256: any change to any file shows.
QStringList fingerprint(const QString &root);

// A lock file exactly as QLockFile writes it, but naming a process that has exited: what a crash
// or power loss leaves behind. Records a test failure if it cannot.
void writeDeadLock(const QString &lockPath);

}  // namespace a2a::test
