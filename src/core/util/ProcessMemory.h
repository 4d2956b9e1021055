#pragma once
// This process's resident memory as Linux reports it in /proc/self/status (VmRSS now, VmHWM the
// high-water mark), for memory estimates and benchmarks. Elsewhere every call returns 0 / false.
// Thread rule: any thread.

#include <QtGlobal>

namespace a2a {

qint64 residentBytes();      // VmRSS
qint64 peakResidentBytes();  // VmHWM: the peak since start or since the last resetPeakResident()

// Sets the high-water mark to the current resident size (writes 5 to /proc/self/clear_refs),
// so a later peakResidentBytes() measures only what follows. False when the kernel refuses.
bool resetPeakResident();

// Hands freed heap pages back to the system, so that a measurement that follows starts from
// what is really in use.
void releaseFreeHeap();

}  // namespace a2a
