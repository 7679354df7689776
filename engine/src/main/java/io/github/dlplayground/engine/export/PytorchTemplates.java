package io.github.dlplayground.engine.export;

/**
 * The fixed parts of the exported PyTorch program: imports, the IDX reader, the stratified training-set split,
 * the training loop and the final evaluation. Its printed lines match {@link RunLog}, which writes the app's
 * own run in the same format.
 */
final class PytorchTemplates {
    static final String IMPORTS = """
            import gzip
            import os
            import struct

            import numpy as np
            import torch
            from torch import nn""";

    static final String DATA = """
            def read_idx(path):
                \"""An IDX file (raw or gzip) as unsigned bytes: images [n, rows, cols] or labels [n].\"""
                with (gzip.open(path, 'rb') if path.endswith('.gz') else open(path, 'rb')) as f:
                    data = f.read()
                magic, n = struct.unpack('>II', data[:8])
                if magic == 0x803:
                    rows, cols = struct.unpack('>II', data[8:16])
                    return np.frombuffer(data, dtype=np.uint8, count=n * rows * cols, offset=16).reshape(n, rows, cols)
                if magic == 0x801:
                    return np.frombuffer(data, dtype=np.uint8, count=n, offset=8)
                raise ValueError(f'{path}: magic number 0x{magic:08x} is not that of IDX images or labels')


            def idx_path(name):
                for candidate in (name + '.gz', name):
                    path = os.path.join(DATA_DIR, candidate)
                    if os.path.isfile(path):
                        return path
                raise FileNotFoundError(f'{name}.gz is not in {DATA_DIR}: set DATA_DIR to the folder with the four '
                                        'IDX files (Debian/Ubuntu: sudo apt-get install dataset-fashion-mnist)')


            def load_images_and_labels(images, labels):
                \"""Images as float32 [n, *INPUT_SHAPE] scaled to [0, 1] (as torchvision's ToTensor), labels as int64.\"""
                X = read_idx(idx_path(images)).astype(np.float32) / 255
                y = read_idx(idx_path(labels)).astype(np.int64)
                return torch.from_numpy(X).reshape(len(y), *INPUT_SHAPE), torch.from_numpy(y)


            train_X, train_y = load_images_and_labels('train-images-idx3-ubyte', 'train-labels-idx1-ubyte')
            test_X, test_y = load_images_and_labels('t10k-images-idx3-ubyte', 't10k-labels-idx1-ubyte')
            print(f'{len(train_y)} training and {len(test_y)} test images from {DATA_DIR}')""";

    static final String EVALUATE = """
            test_loss, test_acc, predicted = evaluate(net, test_X, test_y)
            print(f'test accuracy {test_acc:.4f}, test loss {test_loss:.4f} ({len(test_y)} images)')
            k = len(CLASS_NAMES)
            confusion = torch.bincount(test_y * k + predicted, minlength=k * k).reshape(k, k)
            print('accuracy per class')
            for c, name in enumerate(CLASS_NAMES):
                total = confusion[c].sum().item()
                print(f'  {c} {name:<12} {confusion[c, c].item() / max(total, 1):.4f}  ({total} images)')
            print('confusion matrix (rows: true class, columns: predicted class)')
            for row in confusion.tolist():
                print(' '.join(f'{v:5d}' for v in row))""";

    private PytorchTemplates() {
    }

    /** Keeps TRAINING_SET_SIZE examples in a class-balanced seeded order and holds out the validation share. */
    static String split(boolean validation) {
        String head = """
                def stratified_order(labels, seed):
                    \"""A seeded order of all examples in which every prefix holds about equal shares of each class.\"""
                    rng = np.random.default_rng(seed)
                    position = np.empty(len(labels))
                    for c in np.unique(labels):
                        members = np.flatnonzero(labels == c)
                        rng.shuffle(members)
                        position[members] = (np.arange(len(members)) + 0.5) / len(members)
                    return torch.from_numpy(np.lexsort((rng.random(len(labels)), position)))


                order = stratified_order(train_y.numpy(), SEED)
                n = len(order) if TRAINING_SET_SIZE <= 0 else min(TRAINING_SET_SIZE, len(order))
                """;
        return head + (validation ? """
                held = min(int(VALIDATION_FRACTION * n), n - 1)
                valid_X, valid_y = train_X[order[:held]], train_y[order[:held]]
                train_X, train_y = train_X[order[held:n]], train_y[order[held:n]]
                print(f'{len(train_y)} training and {len(valid_y)} validation examples')"""
                : """
                train_X, train_y = train_X[order[:n]], train_y[order[:n]]
                print(f'{len(train_y)} training examples')""");
    }

    /** The book's evaluate-and-train functions and the loop over the epochs. */
    static String train(boolean validation, boolean scheduler) {
        String functions = """
                def evaluate(net, X, y, batch_size=500):
                    \"""Mean cross-entropy loss, accuracy and predicted classes of net on (X, y) in eval mode:
                    dropout off, BatchNorm with its running statistics.\"""
                    net.eval()
                    loss_sum, predictions = 0.0, []
                    with torch.no_grad():
                        for i in range(0, len(y), batch_size):
                            X_batch, y_batch = X[i:i + batch_size].to(device), y[i:i + batch_size].to(device)
                            y_hat = net(X_batch)
                            loss_sum += loss(y_hat, y_batch).item() * len(y_batch)
                            predictions.append(y_hat.argmax(dim=1).cpu())
                    predicted = torch.cat(predictions)
                    return loss_sum / len(y), (predicted == y).float().mean().item(), predicted


                def train_epoch(net, X, y, generator):
                    \"""One pass over (X, y) in shuffled minibatches; the running means of loss and accuracy.\"""
                    net.train()
                    loss_sum, correct = 0.0, 0
                    order = torch.randperm(len(y), generator=generator)
                    for i in range(0, len(y), BATCH_SIZE):
                        batch = order[i:i + BATCH_SIZE]
                        X_batch, y_batch = X[batch].to(device), y[batch].to(device)
                        y_hat = net(X_batch)
                        l = loss(y_hat, y_batch)
                        trainer.zero_grad()
                        l.backward()
                        trainer.step()
                        loss_sum += l.item() * len(batch)
                        correct += (y_hat.argmax(dim=1) == y_batch).sum().item()
                    return loss_sum / len(y), correct / len(y)


                print(f'training on {device}')
                generator = torch.Generator().manual_seed(SEED)
                for epoch in range(NUM_EPOCHS):
                    train_loss, train_acc = train_epoch(net, train_X, train_y, generator)
                """;
        String step = scheduler ? "    scheduler.step()\n" : "";
        String set = validation ? "valid" : "test";
        String eval = "    _, eval_acc, _ = evaluate(net, " + set + "_X, " + set + "_y)\n"
                + "    print(f'epoch {epoch + 1}, loss {train_loss:.3f}, train acc {train_acc:.3f}, " + set
                + " acc {eval_acc:.3f}')";
        return functions + step + eval;
    }
}
