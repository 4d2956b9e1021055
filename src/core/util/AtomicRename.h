#pragma once
// Write-then-rename: the one place that moves a finished temp file over its destination.
// rename(2) replaces atomically on the same filesystem, so readers see the old or the new file,
// never a half-written one. Thread rule: any thread.

#include <QString>

namespace a2a {

// Returns an empty string on success, else the reason.
QString renameOver(const QString &finishedTemp, const QString &destination);

}  // namespace a2a
