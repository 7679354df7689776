#!/usr/bin/env bash
# Runs the engine benchmarks and the reference ones (numpy GEMM, PyTorch training steps) interleaved, ROUNDS
# times, writing one JSON object per line to OUT; then prints the medians over the rounds as Markdown tables.
# Build first: mvn -B -q -pl engine,visuals,app -am -DskipTests package
# Needs: python3 with numpy for GEMM (NUMPY_PY), /usr/bin/python3 with torch (apt-get install python3-torch
# libopenblas0-pthread) for the steps (TORCH_PY).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS=${ROUNDS:-5}
JAR=${JAR:-app/target/dlplayground.jar}
NUMPY_PY=${NUMPY_PY:-python3}
TORCH_PY=${TORCH_PY:-/usr/bin/python3}
OUT=${OUT:-target/engine-bench.jsonl}
PRESETS=${PRESETS:-mlp lenet lenet-relu}
mkdir -p "$(dirname "$OUT")"
: > "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS" >&2
  java -jar "$JAR" bench gemm --json --openblas-paths >> "$OUT"
  OPENBLAS_NUM_THREADS=2 "$NUMPY_PY" docs/bench/numpy_gemm.py --json >> "$OUT"
  for preset in $PRESETS; do
    java -jar "$JAR" bench step --preset "$preset" --batch 256 --json >> "$OUT"
    "$TORCH_PY" docs/bench/torch_step.py --preset "$preset" --batch 256 --json >> "$OUT"
  done
done
"$NUMPY_PY" docs/bench/summarize.py "$OUT"
