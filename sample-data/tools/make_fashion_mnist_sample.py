#!/usr/bin/env python3
"""Writes sample-data/fashion-mnist: a stratified subset of Fashion-MNIST, 1,000 training and 200 test
images per class, taken from the official files (e.g. Debian's dataset-fashion-mnist package).

Usage: python3 sample-data/tools/make_fashion_mnist_sample.py [/usr/share/datasets/fashion-mnist]

Per class, the examples are drawn without replacement with random.Random(SEED); the chosen examples keep
their order from the official file, so the subset is as shuffled as the original.
"""
import os
import random
import sys

sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import idx  # noqa: E402

SEED = 20240601
PER_CLASS = {"train": 1000, "t10k": 200}


def pick(labels, per_class, rng):
    chosen = []
    for c in range(10):
        members = [i for i, label in enumerate(labels) if label == c]
        chosen.extend(rng.sample(members, per_class))
    return sorted(chosen)


def main():
    source = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/datasets/fashion-mnist"
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fashion-mnist")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(SEED)
    for part, per_class in PER_CLASS.items():
        rows, cols, images = idx.read_images(os.path.join(source, f"{part}-images-idx3-ubyte.gz"))
        labels = idx.read_labels(os.path.join(source, f"{part}-labels-idx1-ubyte.gz"))
        chosen = pick(labels, per_class, rng)
        idx.write_images(os.path.join(out, f"{part}-images-idx3-ubyte.gz"), rows, cols, [images[i] for i in chosen])
        idx.write_labels(os.path.join(out, f"{part}-labels-idx1-ubyte.gz"), [labels[i] for i in chosen])
        print(f"{part}: {len(chosen)} of {len(labels)} images")


if __name__ == "__main__":
    main()
