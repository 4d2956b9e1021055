#pragma once
// Qt 6.4's ffmpeg media backend prints debug chatter (">>>> listing codecs") on stderr. The CLI
// and tests drop Qt debug messages unless A2A_DEBUG is set; warnings and errors still show.

namespace a2a {
void installQuietQtMessageHandler();
}
