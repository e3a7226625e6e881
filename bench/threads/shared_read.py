"""T threads compute while reading shared, never-changing objects: a dict of
constants, a tuple, a module-level function and a class attribute.

Shared read-only objects: in weft these reads must not make threads wait
for each other.

    python3 bench/threads/shared_read.py [--threads T] [N]

Prints an order-independent checksum, then `elapsed: SECONDS` for the
threaded part.
"""
import sys
import threading
import time

TABLE = {}
for _k in range(256):
    TABLE[_k] = (_k * 2654435761) % 1000003
WEIGHTS = tuple((k * 7) % 13 + 1 for k in range(64))


class Config:
    scale = 3
    offset = 11


def mix(a, b):
    return (a * 31 + b) % 1000003


def worker(k, nthreads, n, results):
    total = 0
    table = TABLE
    for i in range(k, n, nthreads):
        v = table[i & 255]
        w = WEIGHTS[i & 63]
        total += mix(v * w, Config.scale * i + Config.offset) + table[(i >> 8) & 255] % 7
    results[k] = total


def parse(argv, default_size):
    threads = 1
    size = default_size
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--threads":
            i += 1
            threads = int(argv[i])
        elif a.startswith("--threads="):
            threads = int(a[10:])
        else:
            size = int(a)
        i += 1
    return threads, size


def main():
    nthreads, n = parse(sys.argv[1:], 1500000)
    results = [0] * nthreads
    threads = [threading.Thread(target=worker, args=(k, nthreads, n, results))
               for k in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print("N=%d checksum: %d" % (n, sum(results)))
    print("elapsed: %.6f" % elapsed)


if __name__ == "__main__":
    main()
