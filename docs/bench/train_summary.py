"""Summarises the JSON lines written by train_compare.sh: per preset and program, the final test accuracy, the
mean test accuracy of the last three epochs (less noisy than the last one) and the mean and median seconds
per epoch (training steps only).

Usage: python3 docs/bench/train_summary.py OUT_DIR
"""
import glob
import json
import os
import statistics
import sys


def main():
    rows = []
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*-t*.jsonl"))):
        name = os.path.basename(path)[:-len(".jsonl")]
        preset, program, threads = name.rsplit("-", 2)
        with open(path) as f:
            lines = [json.loads(line) for line in f if line.strip()]
        epochs = [line for line in lines if "epoch" in line]
        if not epochs:
            continue
        seconds = [e["seconds"] for e in epochs]
        last3 = statistics.mean(e["test_acc"] for e in epochs[-3:])
        rows.append((preset, program, threads[1:], len(epochs), epochs[-1]["test_acc"], last3,
                     statistics.mean(seconds), statistics.median(seconds)))
    print("| preset | program | threads | epochs | test acc | mean of last 3 | s/epoch mean | s/epoch median |")
    print("|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r[0]} | {r[1]} | {r[2]} | {r[3]} | {r[4]:.4f} | {r[5]:.4f} | {r[6]:.2f} | {r[7]:.2f} |")


if __name__ == "__main__":
    main()
