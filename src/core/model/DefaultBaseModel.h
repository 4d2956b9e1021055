#pragma once
// Where the embedded default base model is: $A2A_DEFAULT_BASE, then beside the installed app
// (<prefix>/share/a2a-studio/default-base.safetensors), then the source tree's resources/.
// Torch-free: the CLI and the app resolve it before any engine code runs. Thread rule: any thread.

#include <QString>

namespace a2a {

QString defaultBaseModelPath();  // empty if none is found

}  // namespace a2a
