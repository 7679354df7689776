"""Reading and writing IDX files (the MNIST format), raw or gzip, with the Python 3 standard library."""
import gzip
import struct

IMAGES_MAGIC = 0x00000803
LABELS_MAGIC = 0x00000801


def _open(path):
    with open(path, "rb") as f:
        head = f.read(2)
    return gzip.open(path, "rb") if head == b"\x1f\x8b" else open(path, "rb")


def read_images(path):
    """Returns (rows, cols, list of bytes objects, one per image)."""
    with _open(path) as f:
        magic, count, rows, cols = struct.unpack(">IIII", f.read(16))
        if magic != IMAGES_MAGIC:
            raise ValueError(f"{path}: magic 0x{magic:08X}, expected 0x{IMAGES_MAGIC:08X}")
        data = f.read()
    size = rows * cols
    if len(data) != count * size:
        raise ValueError(f"{path}: {len(data)} pixel bytes, expected {count * size}")
    return rows, cols, [data[i * size:(i + 1) * size] for i in range(count)]


def read_labels(path):
    with _open(path) as f:
        magic, count = struct.unpack(">II", f.read(8))
        if magic != LABELS_MAGIC:
            raise ValueError(f"{path}: magic 0x{magic:08X}, expected 0x{LABELS_MAGIC:08X}")
        data = f.read()
    if len(data) != count:
        raise ValueError(f"{path}: {len(data)} labels, expected {count}")
    return list(data)


def _write_gz(path, payload):
    # mtime=0 and no file name in the header: the same input gives the same bytes.
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", compresslevel=9, fileobj=raw, mtime=0) as gz:
            gz.write(payload)


def write_images(path, rows, cols, images):
    header = struct.pack(">IIII", IMAGES_MAGIC, len(images), rows, cols)
    _write_gz(path, header + b"".join(images))


def write_labels(path, labels):
    _write_gz(path, struct.pack(">II", LABELS_MAGIC, len(labels)) + bytes(labels))
