#!/usr/bin/env bash
# Rebuilds resources/default-base.safetensors from nothing, as committed: three seeded stages of
# `a2a-train pretrain` on the synthetic corpus (see README, "The embedded default model").
# About 90 minutes on a 2-core machine. Usage: scripts/pretrain-default-base.sh [OUT]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${A2A_TRAIN:-$here/build/src/cli/a2a-train}"
out="${1:-$here/resources/default-base.safetensors}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# 1: from random weights, the broad corpus with 15 % identity pairs and clean references.
"$bin" pretrain --out "$work/stage1.safetensors" --steps 9925 --lr 5e-4 --sources 400 --seed 1 \
  --identity-share 0.15 --processed-reference-share 0
# 2: more identity (40 %) and a quarter of the references already processed.
"$bin" pretrain --out "$work/stage2.safetensors" --init "$work/stage1.safetensors" --steps 5000 --lr 3e-4 \
  --sources 400 --seed 2 --identity-share 0.4 --processed-reference-share 0.25
# 3: identity 60 %, so the base alone passes the reference through and a LoRA has to bring the transform.
"$bin" pretrain --out "$work/stage3.safetensors" --init "$work/stage2.safetensors" --steps 2500 --lr 2e-4 \
  --sources 400 --seed 3 --identity-share 0.6 --processed-reference-share 0.25
# 4: half the speech as phrases with pauses, often in a room, so the base also passes a real
# recording's pauses and quiet tails through instead of filling them in.
"$bin" pretrain --out "$out" --init "$work/stage3.safetensors" --steps 3000 --lr 2e-4 \
  --sources 400 --seed 4 --identity-share 0.6 --processed-reference-share 0.25 --paused-speech-share 0.5
