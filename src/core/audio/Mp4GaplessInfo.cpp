#include "Mp4GaplessInfo.h"

#include <QFile>

namespace a2a {
namespace {

// Big-endian readers over a bounded byte range; out-of-range reads return 0 and mark the cursor bad.
struct Cursor {
    const uchar *data;
    int64_t size;
    bool bad = false;
    uint64_t be(int64_t at, int bytes)
    {
        if (at < 0 || at + bytes > size) {
            bad = true;
            return 0;
        }
        uint64_t v = 0;
        for (int i = 0; i < bytes; ++i)
            v = (v << 8) | data[at + i];
        return v;
    }
};

struct TrackFacts {
    bool isAudio = false;
    int64_t timescale = 0;
    int64_t duration = 0;
    int64_t mediaTime = -1;
    int64_t segmentDuration = 0;  // movie timescale
};

struct Walker {
    Cursor c{nullptr, 0};
    int64_t movieTimescale = 0;
    TrackFacts current;
    std::optional<TrackFacts> audioTrack;
    QByteArray itunSmpb;
    int depth = 0;

    void walk(int64_t begin, int64_t end)
    {
        if (++depth > 16) {  // hostile nesting
            --depth;
            return;
        }
        int64_t off = begin;
        while (off + 8 <= end && !c.bad) {
            int64_t size = int64_t(c.be(off, 4));
            const uint32_t type = uint32_t(c.be(off + 4, 4));
            int64_t header = 8;
            if (size == 1) {
                size = int64_t(c.be(off + 8, 8));
                header = 16;
            } else if (size == 0) {
                size = end - off;
            }
            if (size < header || off + size > end)
                break;
            visit(type, off + header, off + size);
            off += size;
        }
        --depth;
    }

    static constexpr uint32_t fourcc(const char *s)
    {
        return uint32_t(uchar(s[0])) << 24 | uint32_t(uchar(s[1])) << 16 | uint32_t(uchar(s[2])) << 8 | uchar(s[3]);
    }

    void visit(uint32_t type, int64_t body, int64_t end)
    {
        if (type == fourcc("moov") || type == fourcc("mdia") || type == fourcc("minf") || type == fourcc("edts")
            || type == fourcc("udta") || type == fourcc("ilst")) {
            walk(body, end);
        } else if (type == fourcc("trak")) {
            current = TrackFacts{};
            walk(body, end);
            if (current.isAudio && !audioTrack)
                audioTrack = current;
        } else if (type == fourcc("meta")) {
            walk(body + 4, end);  // full box: version + flags first
        } else if (type == fourcc("mvhd")) {
            const int version = int(c.be(body, 1));
            movieTimescale = int64_t(c.be(body + (version == 1 ? 20 : 12), 4));
        } else if (type == fourcc("mdhd")) {
            const int version = int(c.be(body, 1));
            if (version == 1) {
                current.timescale = int64_t(c.be(body + 20, 4));
                current.duration = int64_t(c.be(body + 24, 8));
            } else {
                current.timescale = int64_t(c.be(body + 12, 4));
                current.duration = int64_t(c.be(body + 16, 4));
            }
        } else if (type == fourcc("hdlr")) {
            current.isAudio = c.be(body + 8, 4) == fourcc("soun");
        } else if (type == fourcc("elst")) {
            const int version = int(c.be(body, 1));
            const int64_t entries = int64_t(c.be(body + 4, 4));
            int64_t at = body + 8;
            // An empty edit (media_time -1) first delays the track; the first real edit gives the priming.
            for (int64_t i = 0; i < entries && i < 8 && !c.bad; ++i) {
                const int64_t seg = int64_t(c.be(at, version == 1 ? 8 : 4));
                int64_t mt = version == 1 ? int64_t(c.be(at + 8, 8)) : int64_t(int32_t(c.be(at + 4, 4)));
                at += version == 1 ? 20 : 12;
                if (mt >= 0) {
                    current.mediaTime = mt;
                    current.segmentDuration = seg;
                    break;
                }
            }
        } else if (type == fourcc("----")) {
            // iTunes free-form tag: mean / name / data children; the value of iTunSMPB is what we want.
            const QByteArray box(reinterpret_cast<const char *>(c.data + body), int(end - body));
            if (box.contains("iTunSMPB")) {
                const int dataAt = box.indexOf("data");
                if (dataAt >= 0)
                    itunSmpb = box.mid(dataAt + 12).trimmed();
            }
        }
    }
};

}  // namespace

std::optional<Mp4GaplessInfo> readMp4GaplessInfo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() < 16)
        return std::nullopt;
    const uchar *map = file.map(0, file.size());
    if (!map)
        return std::nullopt;
    Walker w;
    w.c = Cursor{map, file.size()};
    w.walk(0, file.size());
    if (!w.audioTrack || w.audioTrack->timescale <= 0)
        return std::nullopt;

    Mp4GaplessInfo info;
    info.timescale = w.audioTrack->timescale;
    const TrackFacts &t = *w.audioTrack;
    if (t.mediaTime >= 0) {
        info.primingSamples = t.mediaTime;
        int64_t valid = t.duration - t.mediaTime;
        if (t.segmentDuration > 0 && w.movieTimescale > 0) {
            // The edit's duration is in the coarser movie timescale: use it only to shorten.
            const int64_t fromEdit = t.segmentDuration * t.timescale / w.movieTimescale;
            if (fromEdit > 0 && fromEdit < valid - t.timescale / 100)
                valid = fromEdit;
        }
        info.validSamples = std::max<int64_t>(valid, 0);
        return info;
    }
    if (!w.itunSmpb.isEmpty()) {
        // " 00000000 00000840 000001CA 00000000003F31F6 ...": priming, padding, valid sample count (hex).
        const QList<QByteArray> parts = w.itunSmpb.simplified().split(' ');
        if (parts.size() >= 4) {
            bool ok1 = false, ok2 = false;
            info.primingSamples = parts[1].toLongLong(&ok1, 16);
            info.validSamples = parts[3].toLongLong(&ok2, 16);
            if (ok1 && ok2)
                return info;
        }
    }
    info.primingSamples = 0;
    info.validSamples = t.duration;
    return info;
}

}  // namespace a2a
