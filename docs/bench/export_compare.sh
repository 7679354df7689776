#!/bin/sh
# The exported PyTorch program against the app's own run (issue 10): for each preset, trains with
# `dlplayground train` for EPOCHS epochs on full Fashion-MNIST, exports the model with `dlplayground export
# --pytorch`, runs the exported program with Debian's PyTorch (/usr/bin/python3) and prints one line per preset
# with both final test accuracies. One thread each (two busy pools on two cores slow each other down).
# Usage: [SEED=N] sh docs/bench/export_compare.sh OUT_DIR EPOCHS PRESET...   (SEED: the preset's seed, 1, if unset)
# Needs: the app jar (mvn -pl app -am -DskipTests package), dataset-fashion-mnist, python3-torch.
set -e
out=$1; epochs=$2; shift 2
seed=${SEED:-1}
mkdir -p "$out"
for preset in "$@"; do
  java -Ddlplayground.threads=1 -jar app/target/dlplayground.jar train --preset "$preset" --epochs "$epochs" \
    --seed "$seed" --no-download --json --out "$out/$preset.model.json" > "$out/$preset-app.jsonl"
  java -jar app/target/dlplayground.jar export --model "$out/$preset.model.json" --pytorch "$out/$preset.py" \
    > /dev/null
  OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 /usr/bin/python3 "$out/$preset.py" > "$out/$preset-torch.txt"
  app=$(tail -n 1 "$out/$preset-app.jsonl" | sed 's/.*"test_acc":\([0-9.]*\).*/\1/')
  torch=$(sed -n 's/^test accuracy \([0-9.]*\),.*/\1/p' "$out/$preset-torch.txt")
  echo "$preset epochs $epochs seed $seed app $app torch $torch"
done
