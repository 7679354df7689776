"""Samples/s of one PyTorch training step, mirroring `dlplayground bench step`.

A step is: zero gradients, forward, cross-entropy, backward, torch.optim.SGD(lr=0.1) update, on one fixed
batch of random 1×28×28 images; samples/s = batch / median step time over the timed steps after warm-up.
Networks as in BenchNetworks.java: mlp (784-256-10, ReLU), lenet (the book's LeNet: sigmoid, average pooling),
lenet-relu (ReLU, max pooling).

Usage: python3 docs/bench/torch_step.py --preset mlp [--batch 256] [--seconds 3] [--warmup 3] [--threads T] [--json]
PyTorch's intra-op threads are set with --threads; the BLAS pool by OPENBLAS_NUM_THREADS in the environment.
Without --threads the script tries 1 and 2 threads (each with OPENBLAS_NUM_THREADS=1 and 2) in fresh
processes and reports the best.
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def network(name, nn):
    if name == "mlp":
        return nn.Sequential(nn.Flatten(), nn.Linear(784, 256), nn.ReLU(), nn.Linear(256, 10))
    act = nn.Sigmoid if name == "lenet" else nn.ReLU
    pool = nn.AvgPool2d if name == "lenet" else nn.MaxPool2d
    if name not in ("lenet", "lenet-relu"):
        raise SystemExit(f"unknown preset {name!r}: choose mlp, lenet or lenet-relu")
    return nn.Sequential(
        nn.Conv2d(1, 6, kernel_size=5, padding=2), act(), pool(kernel_size=2, stride=2),
        nn.Conv2d(6, 16, kernel_size=5), act(), pool(kernel_size=2, stride=2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), act(),
        nn.Linear(120, 84), act(),
        nn.Linear(84, 10))


def run_one(preset, batch, seconds, threads, warmup):
    import torch
    from torch import nn
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    net = network(preset, nn)
    for m in net:
        if isinstance(m, (nn.Linear, nn.Conv2d)):
            nn.init.xavier_uniform_(m.weight)
    images = torch.rand(batch, 1, 28, 28)
    labels = torch.randint(0, 10, (batch,))
    optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
    loss_fn = nn.CrossEntropyLoss()

    def step():
        optimizer.zero_grad()
        loss = loss_fn(net(images), labels)
        loss.backward()
        optimizer.step()

    warm_up_end = time.perf_counter() + warmup
    i = 0
    while i < 3 or time.perf_counter() < warm_up_end:
        step()
        i += 1
    times = []
    end = time.perf_counter() + seconds
    while len(times) < 5 or time.perf_counter() < end:
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    return {"backend": "torch", "preset": preset, "batch": batch, "samples_per_s": round(batch / median, 1),
            "ms_per_step": round(median * 1e3, 2), "steps": len(times), "torch_threads": threads,
            "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"), "torch": torch.__version__}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", required=True)
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--seconds", type=float, default=3)
    parser.add_argument("--warmup", type=float, default=3)
    parser.add_argument("--threads", type=int)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.threads is not None:
        result = run_one(args.preset, args.batch, args.seconds, args.threads, args.warmup)
    else:
        results = []
        for threads in (1, 2):
            for blas in ("1", "2"):
                env = dict(os.environ, OPENBLAS_NUM_THREADS=blas)
                out = subprocess.run([sys.executable, __file__, "--preset", args.preset, "--batch", str(args.batch),
                                      "--seconds", str(args.seconds), "--warmup", str(args.warmup),
                                      "--threads", str(threads), "--json"],
                                     env=env, check=True, capture_output=True, text=True).stdout
                results.append(json.loads(out.strip().splitlines()[-1]))
        result = max(results, key=lambda r: r["samples_per_s"])
        result["tried"] = [[r["torch_threads"], r["blas_threads"], r["samples_per_s"]] for r in results]
    if args.json:
        print(json.dumps(result), flush=True)
    else:
        print(f"torch {result['torch']}, {result['torch_threads']} torch threads, "
              f"OPENBLAS_NUM_THREADS={result['blas_threads']}")
        print(f"{'preset':10} {'batch':6} {'samples/s':>12} {'ms/step median':>16} {'steps':>6}")
        print(f"{args.preset:10} {args.batch:<6d} {result['samples_per_s']:12.1f} {result['ms_per_step']:16.2f} "
              f"{result['steps']:6d}", flush=True)


if __name__ == "__main__":
    main()
