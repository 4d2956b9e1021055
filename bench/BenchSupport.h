#pragma once
// Small helpers every benchmark prints with.

#include <algorithm>
#include <cmath>
#include <vector>

#include <sys/resource.h>

namespace a2a::bench {

// Peak resident set size of this process so far, in MB.
inline double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

// Mean and sample standard deviation of repeated timings.
struct Timing {
    double mean = 0, sd = 0;
    int n = 0;
};

inline Timing meanSd(const std::vector<double> &v)
{
    Timing r;
    r.n = int(v.size());
    for (double x : v)
        r.mean += x;
    r.mean /= double(std::max<size_t>(1, v.size()));
    double sq = 0;
    for (double x : v)
        sq += (x - r.mean) * (x - r.mean);
    r.sd = v.size() > 1 ? std::sqrt(sq / double(v.size() - 1)) : 0.0;
    return r;
}

}  // namespace a2a::bench
