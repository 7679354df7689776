#!/usr/bin/env bash
# Regenerates the PTX of the engine's CUDA kernels (kernels.cu) into the engine's resources.
# Needs nvcc (CUDA 13 here, whose oldest target is compute_75: Turing and newer GPUs, PTX ISA 9.0, which a
# driver of the CUDA 13 generation, 580 or newer, compiles). The build and CI do not need nvcc: the PTX is
# committed. Usage: engine/src/main/cuda/build-ptx.sh [ARCH], ARCH defaults to compute_75.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
arch="${1:-compute_75}"
out="$here/../resources/io/github/dlplayground/engine/backend/cuda/kernels.ptx"
mkdir -p "$(dirname "$out")"
tmp="$(mktemp "${out}.XXXXXX")"
nvcc -ptx -arch="$arch" -o "$tmp" "$here/kernels.cu"
mv "$tmp" "$out"
grep -E '^\.(version|target)' "$out"
echo "wrote $out ($(grep -c '\.entry' "$out") kernels)"
