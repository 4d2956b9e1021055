#pragma once
// Helpers the libtorch benchmarks share: the machine's fp32 matmul rate (every speed figure is
// reported beside it), this process's CPU time, and OpenBLAS's own thread count.

#include <torch/torch.h>

#include <QElapsedTimer>

#include <ctime>
#include <dlfcn.h>

namespace a2a::bench {

// 1024³ fp32 matmul rate in GFLOP/s with the current thread settings (≥ 1.5 s of work).
inline double matmulGflops()
{
    const auto a = torch::randn({1024, 1024}), b = torch::randn({1024, 1024});
    torch::mm(a, b);  // warm-up
    QElapsedTimer t;
    t.start();
    int runs = 0;
    while (t.elapsed() < 1500 || runs < 3) {
        torch::mm(a, b);
        ++runs;
    }
    return 2.0 * 1024 * 1024 * 1024 * runs / (t.nsecsElapsed() / 1e9) / 1e9;
}

// CPU time of this process (all threads), ms: next to the wall time it shows how much of a step
// other processes on a shared machine took.
inline double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// torch::set_num_threads does not reach the OpenBLAS that Debian's libtorch calls for matmuls:
// its own pool keeps every core (measured: CPU/wall up to 1.14 at "1 thread", and noisy). Set it
// too, through the symbol when the process has one. Returns the count it had before, 0 if absent.
inline int setBlasThreads(int threads)
{
    using SetFn = void (*)(int);
    using GetFn = int (*)();
    const auto set = reinterpret_cast<SetFn>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    const auto get = reinterpret_cast<GetFn>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
    if (!set)
        return 0;
    const int before = get ? get() : -1;
    set(threads);
    return before;
}

}  // namespace a2a::bench
