#!/usr/bin/env bash
# Screenshots of A2A Studio for docs and visual checks. Run from anywhere after a build:
#   bash tests/ui/screenshots.sh [OUT_DIR]        (default: /tmp/a2a-screenshots)
# Makes a generated sample dataset (a2a-train make-sample radio) and a "messy" zip derived from
# it (short clips, a long clip to trim, a stretched one, an orphan, an unreadable clip, caption
# problems), then runs the real app under Xvfb with its --screenshot options and saves PNGs.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BUILD="${A2A_BUILD_DIR:-$ROOT/build}"
OUT="${1:-/tmp/a2a-screenshots}"
TRAIN="$BUILD/src/cli/a2a-train"
STUDIO="$BUILD/src/ui/a2a-studio"
for tool in "$TRAIN" "$STUDIO"; do
  [[ -x "$tool" ]] || { echo "missing $tool: build first (cmake --build build)" >&2; exit 1; }
done
command -v xvfb-run >/dev/null || { echo "xvfb-run is not installed (apt install xvfb xauth)" >&2; exit 1; }
command -v ffmpeg >/dev/null || { echo "ffmpeg is not installed" >&2; exit 1; }

mkdir -p "$OUT"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

# 1. The generated sample dataset, as File > New Sample Dataset makes it.
"$TRAIN" make-sample radio "$WORK/radio.zip" -n 12 >/dev/null

# 2. A messy dataset derived from it.
mkdir -p "$WORK/src" "$WORK/messy" "$WORK/runtime"
chmod 700 "$WORK/runtime"
python3 - "$WORK/radio.zip" "$WORK/src" <<'PY'
import sys, zipfile
zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])
PY
mapfile -t STARTS < <(find "$WORK/src" -name '*_start.*' | sort)
mapfile -t ENDS < <(find "$WORK/src" -name '*_end.*' | sort)
cut() {  # cut IN OUT SECONDS [extra ffmpeg args]
  ffmpeg -v error -y -i "$1" -t "$3" "${@:4}" "$2"
}
loop() {  # loop IN OUT: the clip three times (a long take to trim)
  ffmpeg -v error -y -stream_loop 2 -i "$1" -c:a pcm_s16le "$2"
}
M="$WORK/messy"
cut "${STARTS[0]}" "$M/take01_start.wav" 6
cut "${ENDS[0]}" "$M/take01_end.flac" 6
echo "a warm vintage-radio version of the voice" > "$M/take01.txt"
loop "${STARTS[1]}" "$M/long_take02_start.wav"
loop "${ENDS[1]}" "$M/long_take02_end.wav"
echo "a warm vintage-radio version of the voice" > "$M/long_take02.txt"
cut "${STARTS[2]}" "$M/take03_start.wav" 3.2
cut "${ENDS[2]}" "$M/take03_end.wav" 6
echo "the same voice through an old AM radio with hum and hiss" > "$M/take03.txt"
cut "${STARTS[3]}" "$M/take04_start.mp3" 2.4
cut "${ENDS[3]}" "$M/take04_end.mp3" 2.4
cut "${STARTS[4]}" "$M/take05_start.ogg" 5.3 -c:a libvorbis
cut "${ENDS[4]}" "$M/take05_end.ogg" 5.3 -c:a libvorbis
echo "tonech4nge radio voice" > "$M/take05.txt"
cut "${STARTS[5]}" "$M/take06_start.wav" 6
cut "${ENDS[5]}" "$M/take06_end.m4a" 6 -c:a aac
cut "${STARTS[6]}" "$M/lonely_start.wav" 6
echo "not audio at all" > "$M/broken_start.wav"
cut "${ENDS[6]}" "$M/broken_end.wav" 6
python3 - "$M" "$WORK/messy.zip" <<'PY'
import os, sys, zipfile
src, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name in sorted(os.listdir(src)):
        z.write(os.path.join(src, name), "messy/" + name)
PY

# 3. The app, each run with fresh settings and data folders so no earlier layout or run leaks in.
N=0
run() {
  N=$((N + 1))
  XDG_CONFIG_HOME="$WORK/config$N" XDG_DATA_HOME="$WORK/data$N" XDG_RUNTIME_DIR="$WORK/runtime" QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1400x900x24" "$STUDIO" "$@"
}
run --screenshot "$OUT/01-empty.png"
run "$WORK/radio.zip" --screenshot "$OUT/02-sample-dataset.png"
run "$WORK/messy.zip" --screenshot "$OUT/03-messy-dataset.png" --screenshot-inspector "$OUT/04-short-pair-inspector.png"
run "$WORK/messy.zip" --select long_take02 --screenshot-inspector "$OUT/05-long-pair-trim.png"
run "$WORK/messy.zip" --only-problems --show-report --select take03 --screenshot "$OUT/06-only-problems-report.png"
run "$WORK/messy.zip" --bucket 2.0 --screenshot "$OUT/07-bucket-2s.png"
run "$WORK/radio.zip" --show-dock trainingSettingsDock --screenshot "$OUT/08-training-settings.png"
run "$WORK/radio.zip" --show-dock tryItDock --screenshot "$OUT/09-try-it.png"
# Training from the window on the embedded base (about a minute on 2 cores): the live chart,
# diagnosis and preview timeline at half of 100 steps, then the finished run with its outputs.
run "$WORK/radio.zip" --runs-dir "$WORK/runs" --train-steps 100 \
  --screenshot-training "$OUT/10-training-live.png" --screenshot-training-done "$OUT/11-training-done.png"
# The German interface (--language de; translations/a2a-studio_de.ts): labels must fit in German too.
run "$WORK/messy.zip" --language de --screenshot "$OUT/12-de-messy-dataset.png" --screenshot-inspector "$OUT/13-de-short-pair-inspector.png"
run "$WORK/radio.zip" --language de --show-dock trainingSettingsDock --screenshot "$OUT/14-de-training-settings.png"
run "$WORK/radio.zip" --language de --show-dock tryItDock --screenshot "$OUT/15-de-try-it.png"

ls -1 "$OUT"/*.png
