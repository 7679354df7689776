#!/usr/bin/env bash
# A/B of two builds of the app, interleaved, ROUNDS times: bench gemm (OpenBLAS only, 30 runs per shape) and
# bench step for each preset. Usage: A=a.jar B=b.jar [ROUNDS=3] [OUT=ab.jsonl] docs/bench/ab_jars.sh
# Each JSON line gets "jar" (a or b) and "round" fields.
set -euo pipefail
ROUNDS=${ROUNDS:-3}
OUT=${OUT:-target/ab.jsonl}
mkdir -p "$(dirname "$OUT")"
: > "$OUT"
tag() { sed "s/^{/{\"jar\":\"$1\",\"round\":$2,/"; }
for round in $(seq 1 "$ROUNDS"); do
  uptime >&2
  for jar in a b; do
    file=$([[ $jar == a ]] && echo "$A" || echo "$B")
    java -jar "$file" bench gemm --backend openblas --runs 30 --json | tag "$jar" "$round" >> "$OUT"
  done
  for preset in mlp lenet lenet-relu; do
    for jar in a b; do
      file=$([[ $jar == a ]] && echo "$A" || echo "$B")
      java -jar "$file" bench step --preset "$preset" --json | tag "$jar" "$round" >> "$OUT"
    done
  done
done
