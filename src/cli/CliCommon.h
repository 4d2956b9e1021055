#pragma once
// Small helpers shared by the a2a-train subcommands: output streams, a terminal progress line
// fed from core ProgressSink callbacks, and Ctrl-C turned into a cancel flag.

#include "util/Progress.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace a2a::cli {

QTextStream &out();
QTextStream &err();

// Exit codes shared by every subcommand.
enum ExitCode { Ok = 0, Refused = 1, UsageError = 2, Failed = 3, Cancelled = 130 };

// A progress sink that draws a one-line bar on a terminal (stderr), silent otherwise.
ProgressSink terminalProgress(std::shared_ptr<CancelFlag> cancel);

// SIGINT/SIGTERM set this flag instead of killing the process, so work stops cleanly.
std::shared_ptr<CancelFlag> installInterruptHandler();

// Parses args (without the subcommand name) and handles --help; returns false when the caller
// should exit with *exitCode.
bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int *exitCode);

}  // namespace a2a::cli
