#pragma once
// Qt 6.4's ffmpeg media backend prints debug chatter (">>>> listing codecs") on stderr. The CLI
// and tests drop Qt debug messages unless A2A_DEBUG is set; warnings and errors still show.

namespace a2a {
void installQuietQtMessageHandler();

// libavformat prints warnings such as "Estimating duration from bitrate" straight to stderr
// while Qt's ffmpeg backend decodes. Lowers ffmpeg's log level to errors once its library is
// loaded (a no-op before that, and when A2A_DEBUG is set). Safe to call repeatedly.
void quietFfmpegLogs();
}
