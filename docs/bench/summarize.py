"""Medians over rounds of the JSON lines written by run_engine_bench.sh, as Markdown tables.

GEMM: median over rounds of each run's median GFLOP/s, and the ratio to numpy on the same shape.
Step: median over rounds of samples/s, ms per step, and the speed-up over PyTorch on the same preset.
Usage: python3 docs/bench/summarize.py target/engine-bench.jsonl
"""
import collections
import json
import statistics
import sys


def main(path):
    gemm = collections.defaultdict(list)
    step = collections.defaultdict(list)
    rounds = 0
    with open(path) as f:
        for line in f:
            row = json.loads(line)
            if "gflops_median" in row:
                gemm[(row["backend"], row["m"], row["k"], row["n"])].append(row["gflops_median"])
            else:
                step[(row["backend"], row["preset"], row["batch"])].append(row["samples_per_s"])
    shapes = sorted({k[1:] for k in gemm}, key=lambda s: (s[0] * s[1] * s[2], s))
    backends = sorted({k[0] for k in gemm}, key=lambda b: (b == "numpy", b))
    print("| backend | " + " | ".join(f"{m}×{k}·{k}×{n}" for m, k, n in shapes) + " |")
    print("|---|" + "---:|" * len(shapes))
    for b in backends:
        cells = []
        for s in shapes:
            values = gemm.get((b,) + s)
            numpy = gemm.get(("numpy",) + s)
            if not values:
                cells.append("–")
                continue
            cell = f"{statistics.median(values):.1f}"
            if numpy and b != "numpy":
                cell += f" ({statistics.median(values) / statistics.median(numpy):.2f}×)"
            cells.append(cell)
        print(f"| {b} | " + " | ".join(cells) + " |")
    print()
    print("| preset | backend | samples/s | ms/step | speed-up over torch | rounds |")
    print("|---|---|---:|---:|---:|---:|")
    for (b, preset, batch), values in sorted(step.items(), key=lambda kv: (kv[0][1], kv[0][0] == "torch")):
        median = statistics.median(values)
        torch = step.get(("torch", preset, batch))
        ratio = f"{median / statistics.median(torch):.2f}×" if torch and b != "torch" else ""
        print(f"| {preset} | {b} | {median:.0f} | {batch / median * 1e3:.2f} | {ratio} | {len(values)} |")


if __name__ == "__main__":
    main(sys.argv[1])
