#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root):
#   bash scripts/setup.sh run [DATASET]   install every dependency, build, launch A2A Studio on a
#                                         generated radio sample (or DATASET)
#   bash scripts/setup.sh test   install every dependency, build, run the whole test suite
#   bash scripts/setup.sh build  install and build only
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

install_deps() {
  local pkgs
  pkgs=$(grep -v '^\s*#' packaging/debian-deps.txt | tr -s ' \n' ' ')
  # Skip apt entirely when everything is already installed (fast re-runs, no root needed).
  if dpkg-query -W -f='${Status}\n' $pkgs 2>/dev/null | grep -qv 'install ok installed' \
     || [ "$(dpkg-query -W -f='${Status}\n' $pkgs 2>/dev/null | wc -l)" -ne "$(echo $pkgs | wc -w)" ]; then
    if [ "$(id -u)" -ne 0 ]; then
      echo "Installing packages needs root: run this script as root (or with sudo)." >&2
      exit 1
    fi
    echo "==> Installing Debian packages (packaging/debian-deps.txt)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends $pkgs
  fi
}

build() {
  echo "==> Building (build/)"
  cmake --preset default
  cmake --build --preset default -j"$(nproc)"
}

case "$mode" in
  run)
    install_deps
    build
    # A dataset to press Train on at once: 12 speech → vintage-radio pairs, generated locally.
    dataset="${2:-build/samples/radio.zip}"
    if [ ! -e "$dataset" ]; then
      echo "==> Generating a sample dataset ($dataset)"
      mkdir -p "$(dirname "$dataset")"
      ./build/src/cli/a2a-train make-sample radio "$dataset" --n 12
    fi
    echo "==> Launching A2A Studio on $dataset"
    if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
      exec ./build/src/ui/a2a-studio "$dataset"
    else
      echo "No display found (DISPLAY is empty): running under a virtual X server (xvfb-run)." >&2
      echo "On a desktop session the window opens normally." >&2
      exec xvfb-run -a -s "-screen 0 1400x900x24" ./build/src/ui/a2a-studio "$dataset"
    fi
    ;;
  test)
    install_deps
    build
    echo "==> Running the test suite"
    export QT_QPA_PLATFORM=offscreen
    ctest --test-dir build --output-on-failure --timeout 1200
    ;;
  build)
    install_deps
    build
    ;;
  *)
    echo "usage: $0 run|test|build" >&2
    exit 2
    ;;
esac
