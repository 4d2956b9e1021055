#pragma once
// Small helpers every benchmark prints with.

#include <sys/resource.h>

namespace a2a::bench {

// Peak resident set size of this process so far, in MB.
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

}  // namespace a2a::bench
