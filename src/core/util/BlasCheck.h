#pragma once
// Which BLAS the process will get. Debian's libtorch uses the system BLAS through the
// libblas.so.3 alternative; the reference BLAS is ~30× slower than OpenBLAS for training, so
// the CLI and the app warn when it is what's installed. Thread rule: any thread.

#include <QString>

namespace a2a {

struct BlasInfo {
    QString library;      // resolved path of libblas.so.3, empty if not found
    bool isOptimized = false;  // OpenBLAS, BLIS or MKL
    QString warning;      // what to do, empty when fine
};

BlasInfo detectBlas();

}  // namespace a2a
