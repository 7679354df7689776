#!/bin/sh
# Trains each preset for its 10 epochs on full Fashion-MNIST with `dlplayground train` and with
# docs/bench/train_torch.py, one after the other on the same machine, with the given thread count for both
# (engine pool: -Ddlplayground.threads; PyTorch: torch.set_num_threads and OPENBLAS_NUM_THREADS).
# Usage: sh docs/bench/train_compare.sh OUT_DIR THREADS PRESET...
# Needs: the app jar (mvn -pl app -am -DskipTests package), dataset-fashion-mnist, python3-torch and
# libopenblas0-pthread. Each run writes OUT_DIR/PRESET-{engine,torch}-tTHREADS.jsonl.
set -e
out=$1; threads=$2; shift 2
mkdir -p "$out"
for preset in "$@"; do
  java -Ddlplayground.threads="$threads" -jar app/target/dlplayground.jar train --preset "$preset" --json \
    --no-download --out "$out/$preset.model.json" > "$out/$preset-engine-t$threads.jsonl"
  OPENBLAS_NUM_THREADS="$threads" python3 docs/bench/train_torch.py --preset "$preset" --threads "$threads" \
    > "$out/$preset-torch-t$threads.jsonl"
done
