#pragma once
// What views may know about playback (after Sonic Visualiser's AudioPlaySource): whether it plays,
// which side, and where, with the output's latency compensated. Views draw the playhead from it
// and never touch the audio device. Thread rule: GUI thread.

namespace a2a {

class Transport {
public:
    virtual ~Transport() = default;
    virtual bool isPlaying() const = 0;
    virtual int activeSide() const = 0;           // 0 = reference, 1 = target
    virtual double playedSeconds() const = 0;     // position in the prepared buffers
};

}  // namespace a2a
