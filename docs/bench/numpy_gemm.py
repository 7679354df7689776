"""SGEMM GFLOP/s of numpy on the shapes `dlplayground bench gemm` times (best and median of several runs).

Usage: OPENBLAS_NUM_THREADS=2 python3 docs/bench/numpy_gemm.py [--runs 10] [--json]
Set the BLAS thread count in the environment: numpy's OpenBLAS reads it when it loads.
"""
import argparse
import json
import statistics
import time

import numpy as np

SHAPES = [(256, 784, 256), (256, 256, 10), (6, 25, 200704), (16, 150, 25600), (1024, 1024, 1024)]


def measure(m, k, n, runs):
    rng = np.random.default_rng(1)
    a = (rng.random((m, k), dtype=np.float32) - 0.5)
    b = (rng.random((k, n), dtype=np.float32) - 0.5)
    c = np.empty((m, n), dtype=np.float32)
    np.matmul(a, b, out=c)
    np.matmul(a, b, out=c)
    gflops = []
    for _ in range(runs):
        start = time.perf_counter()
        np.matmul(a, b, out=c)
        gflops.append(2.0 * m * n * k / (time.perf_counter() - start) / 1e9)
    return max(gflops), statistics.median(gflops)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if not args.json:
        print(f"numpy {np.__version__}")
        print(f"{'backend':22} {'m×k·k×n':18} {'GFLOP/s best':>12} {'GFLOP/s median':>14}")
    for m, k, n in SHAPES:
        best, median = measure(m, k, n, args.runs)
        if args.json:
            print(json.dumps({"backend": "numpy", "m": m, "k": k, "n": n,
                              "gflops_best": round(best, 1), "gflops_median": round(median, 1)}), flush=True)
        else:
            print(f"{'numpy':22} {f'{m}×{k}·{k}×{n}':18} {best:12.1f} {median:14.1f}", flush=True)


if __name__ == "__main__":
    main()
