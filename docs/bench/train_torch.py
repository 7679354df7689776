"""Train a preset with PyTorch as `dlplayground train --preset NAME` does, for docs/benchmarks.md ("Training").

The network, optimizer, batch size, epochs, weight init and seed come from the same preset file
(assets/presets/NAME.json). Data: the official Fashion-MNIST IDX files (default /usr/share/datasets/fashion-mnist,
Debian's dataset-fashion-mnist), scaled to [0, 1] per batch as torchvision's ToTensor does. Each epoch draws a
new random order (torch.randperm), runs every minibatch (the last one smaller), then evaluates the test set
with dropout off. Init as the engine's: "normal" N(0, 0.01²) weights, "xavier" Xavier-uniform weights, "he"
Kaiming-normal weights, all with zero biases; "default" keeps PyTorch's own.

Prints one JSON object per epoch {epoch, train_loss, train_acc, test_acc, seconds} (seconds: the epoch's
training steps, without the evaluation) and a final {test_acc, mean_seconds, threads}.

With --device cuda the network and each minibatch go to the GPU (the images stay in host memory as bytes, as
the engine keeps them) and every epoch ends with torch.cuda.synchronize() before its time is taken.

Usage: python3 docs/bench/train_torch.py --preset mlp [--epochs 10] [--threads 1] [--data DIR] [--device cuda] [--seed N]
Set OPENBLAS_NUM_THREADS in the environment to the same number as --threads (two busy pools on two cores
slow each other down).
"""
import argparse
import gzip
import json
import os
import struct
import sys
import time

import numpy as np
import torch
from torch import nn

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def read_idx(path):
    if not os.path.exists(path) and path.endswith(".gz"):
        path = path[:-3]
    with (gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")) as f:
        data = f.read()
    magic = struct.unpack(">I", data[:4])[0]
    if magic == 0x803:
        n, rows, cols = struct.unpack(">III", data[4:16])
        return np.frombuffer(data, dtype=np.uint8, offset=16).reshape(n, rows, cols)
    if magic == 0x801:
        return np.frombuffer(data, dtype=np.uint8, offset=8)
    raise SystemExit(f"{path}: magic 0x{magic:08X} is not IDX")


def load(folder):
    def part(name):
        return torch.from_numpy(read_idx(os.path.join(folder, name + ".gz")).copy())
    return (part("train-images-idx3-ubyte"), part("train-labels-idx1-ubyte").long(),
            part("t10k-images-idx3-ubyte"), part("t10k-labels-idx1-ubyte").long())


def pair(v):
    return tuple(v) if isinstance(v, list) else (v, v)


def build(layers):
    out = []
    for spec in layers:
        t = spec["type"]
        if t == "linear":
            out.append(nn.Linear(spec["in_features"], spec["out_features"]))
        elif t == "conv2d":
            out.append(nn.Conv2d(spec["in_channels"], spec["out_channels"], pair(spec["kernel_size"]),
                                 stride=pair(spec.get("stride", 1)), padding=pair(spec.get("padding", 0))))
        elif t in ("maxpool2d", "avgpool2d"):
            cls = nn.MaxPool2d if t == "maxpool2d" else nn.AvgPool2d
            k = pair(spec["kernel_size"])
            out.append(cls(k, stride=pair(spec.get("stride", spec["kernel_size"])), padding=pair(spec.get("padding", 0))))
        elif t == "relu":
            out.append(nn.ReLU())
        elif t == "leaky_relu":
            out.append(nn.LeakyReLU(spec["negative_slope"]))
        elif t == "sigmoid":
            out.append(nn.Sigmoid())
        elif t == "tanh":
            out.append(nn.Tanh())
        elif t == "dropout":
            out.append(nn.Dropout(spec["p"]))
        elif t == "flatten":
            out.append(nn.Flatten())
        else:
            raise SystemExit(f"unknown layer type {t}")
    return nn.Sequential(*out)


def initialise(net, init):
    if init == "default":
        return
    for m in net:
        if isinstance(m, (nn.Linear, nn.Conv2d)):
            if init == "normal":
                nn.init.normal_(m.weight, std=0.01)
            elif init == "xavier":
                nn.init.xavier_uniform_(m.weight)
            elif init == "he":
                nn.init.kaiming_normal_(m.weight, nonlinearity="relu")
            nn.init.zeros_(m.bias)


def optimizer(params, cfg):
    kind = cfg["kind"]
    wd = cfg.get("weight_decay", 0)
    if kind in ("sgd", "momentum", "nesterov"):
        momentum = cfg.get("momentum", 0.9 if kind != "sgd" else 0)
        return torch.optim.SGD(params, lr=cfg["lr"], momentum=momentum, weight_decay=wd, nesterov=kind == "nesterov")
    if kind == "adam":
        return torch.optim.Adam(params, lr=cfg.get("lr", 1e-3), weight_decay=wd)
    if kind == "adagrad":
        return torch.optim.Adagrad(params, lr=cfg.get("lr", 1e-2), weight_decay=wd)
    if kind == "rmsprop":
        return torch.optim.RMSprop(params, lr=cfg.get("lr", 1e-2), weight_decay=wd)
    if kind == "adadelta":
        return torch.optim.Adadelta(params, lr=cfg.get("lr", 1.0), weight_decay=wd)
    raise SystemExit(f"unknown optimizer {kind}")


def evaluate(net, images, labels, device):
    net.eval()
    correct = 0
    with torch.no_grad():
        for i in range(0, len(labels), 500):
            x = images[i:i + 500].to(device).float().div(255).unsqueeze(1)
            correct += (net(x).argmax(dim=1) == labels[i:i + 500].to(device)).sum().item()
    net.train()
    return correct / len(labels)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--preset", required=True)
    parser.add_argument("--epochs", type=int)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--seed", type=int, help="instead of the preset's seed")
    args = parser.parse_args()
    with open(os.path.join(ROOT, "assets", "presets", args.preset + ".json")) as f:
        preset = json.load(f)
    training = preset["training"]
    epochs = args.epochs or training["epochs"]
    batch = training["batch_size"]
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed if args.seed is not None else training.get("seed", 1))
    train_x, train_y, test_x, test_y = load(args.data)
    device = torch.device(args.device)
    net = build(preset["network"]["layers"])
    initialise(net, training.get("init", "default"))
    net.to(device)
    opt = optimizer(net.parameters(), training["optimizer"])
    loss_fn = nn.CrossEntropyLoss()
    seconds = []
    acc = None
    for epoch in range(1, epochs + 1):
        start = time.perf_counter()
        order = torch.randperm(len(train_y))
        loss_sum, correct = 0.0, 0
        for i in range(0, len(order), batch):
            idx = order[i:i + batch]
            x = train_x[idx].to(device).float().div(255).unsqueeze(1)
            y = train_y[idx].to(device)
            out = net(x)
            loss = loss_fn(out, y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            loss_sum += loss.item() * len(idx)
            correct += (out.argmax(dim=1) == y).sum().item()
        if device.type == "cuda":
            torch.cuda.synchronize()
        seconds.append(time.perf_counter() - start)
        acc = evaluate(net, test_x, test_y, device)
        print(json.dumps({"epoch": epoch, "train_loss": loss_sum / len(order), "train_acc": correct / len(order),
                          "test_acc": acc, "seconds": seconds[-1]}), flush=True)
    print(json.dumps({"test_acc": acc, "mean_seconds": sum(seconds) / len(seconds), "threads": args.threads,
                      "openblas_threads": os.environ.get("OPENBLAS_NUM_THREADS"), "torch": torch.__version__,
                      "device": torch.cuda.get_device_name() if device.type == "cuda" else "cpu"}))


if __name__ == "__main__":
    sys.exit(main())
