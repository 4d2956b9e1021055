#include "Resampler.h"

#include <samplerate.h>

#include <cmath>

namespace a2a {

AudioBuffer resample(const AudioBuffer &in, int targetRate, ResampleQuality quality, QString *error)
{
    if (in.sampleRate == targetRate || in.isEmpty()) {
        AudioBuffer out = in;
        out.sampleRate = targetRate;
        return out;
    }
    const double ratio = double(targetRate) / double(in.sampleRate);
    AudioBuffer out;
    out.sampleRate = targetRate;
    out.channels = in.channels;
    const int64_t outFrames = int64_t(std::llround(double(in.frames()) * ratio));
    out.samples.resize(size_t((outFrames + 16) * in.channels));

    SRC_DATA data{};
    data.data_in = in.samples.data();
    data.input_frames = long(in.frames());
    data.data_out = out.samples.data();
    data.output_frames = long(outFrames + 16);
    data.src_ratio = ratio;
    data.end_of_input = 1;
    const int converter = quality == ResampleQuality::Best     ? SRC_SINC_BEST_QUALITY
                          : quality == ResampleQuality::Medium ? SRC_SINC_MEDIUM_QUALITY
                                                               : SRC_SINC_FASTEST;
    const int rc = src_simple(&data, converter, in.channels);
    if (rc != 0) {
        if (error)
            *error = QStringLiteral("resampling failed: %1").arg(QString::fromUtf8(src_strerror(rc)));
        return {};
    }
    // Keep the length exactly proportional so paired clips stay aligned frame for frame.
    out.samples.resize(size_t(outFrames * in.channels), 0.f);
    return out;
}

}  // namespace a2a
