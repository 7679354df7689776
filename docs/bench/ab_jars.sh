#!/usr/bin/env bash
# A/B of two builds of the app, interleaved, ROUNDS times: bench gemm (OpenBLAS only, 30 runs per shape) and
# bench step for each preset. Usage: A=a.jar B=b.jar [ROUNDS=3] [PRESETS="mlp lenet lenet-relu"]
# [OUT=target/ab.jsonl] docs/bench/ab_jars.sh. Each JSON line gets "jar" (a or b) and "round" fields.
set -euo pipefail
: "${A:?set A to the first jar}" "${B:?set B to the second jar}"
ROUNDS=${ROUNDS:-3}
PRESETS=${PRESETS:-mlp lenet lenet-relu}
OUT=${OUT:-target/ab.jsonl}
mkdir -p "$(dirname "$OUT")"
: > "$OUT"
ab() {  # ab ROUND ARGS...: the same command on jar a, then on jar b
  local round=$1 jar file
  shift
  for jar in a b; do
    file=$A
    [[ $jar == b ]] && file=$B
    java -jar "$file" "$@" --json | sed "s/^{/{\"jar\":\"$jar\",\"round\":$round,/" >> "$OUT"
  done
}
for round in $(seq 1 "$ROUNDS"); do
  uptime >&2
  ab "$round" bench gemm --backend openblas --runs 30
  for preset in $PRESETS; do
    ab "$round" bench step --preset "$preset"
  done
done
