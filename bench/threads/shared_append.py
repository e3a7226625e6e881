"""T threads compute values and append them all to one shared list.

Shared mutable object: every thread appends to the same list (list.append
is atomic in CPython, and must stay so without a GIL).

    python3 bench/threads/shared_append.py [--threads T] [ITEMS]

Prints the list length and an order-independent checksum, then
`elapsed: SECONDS` for the threaded part.
"""
import sys
import threading
import time


def value(i):
    # a little pure-Python work per item
    x = i
    for _ in range(20):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x


def worker(k, nthreads, n, out):
    for i in range(k, n, nthreads):
        out.append(value(i))


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
    nthreads, n = parse(sys.argv[1:], 300000)
    out = []
    threads = [threading.Thread(target=worker, args=(k, nthreads, n, out))
               for k in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print("items: %d checksum: %d" % (len(out), sum(out) % 1000000007))
    print("elapsed: %.6f" % elapsed)


if __name__ == "__main__":
    main()
