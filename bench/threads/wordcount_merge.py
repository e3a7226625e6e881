"""Word counting split among T threads: each thread counts the words of its
share of the lines into its own dict, then merges that dict into one shared
dict while holding a Lock.

    python3 bench/threads/wordcount_merge.py [--threads T] [LINES]

Prints the number of distinct words, the total and the three most common
words, then `elapsed: SECONDS` for the threaded part.
"""
import sys
import threading
import time

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "we", "zu",
             "an", "el", "is", "or", "um", "ba", "de", "fi", "go", "hu"]


def make_lines(n):
    x = 4242
    lines = []
    for _ in range(n):
        words = []
        for _ in range(12):
            x = x * 48271 % 2147483647
            k = x % 1000
            if k < 600:
                w = SYLLABLES[k % 20] + SYLLABLES[(k // 20) % 20]
            else:
                w = SYLLABLES[x % 20] + SYLLABLES[(x // 20) % 20] + SYLLABLES[(x // 400) % 20]
            if x % 11 == 0:
                w = w.upper()
            words.append(w)
        lines.append(" ".join(words))
    return lines


def worker(lines, lo, hi, shared, lock):
    counts = {}
    for i in range(lo, hi):
        for w in lines[i].split():
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
    with lock:
        for w, c in counts.items():
            shared[w] = shared.get(w, 0) + c


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
    nthreads, n = parse(sys.argv[1:], 150000)
    lines = make_lines(n)
    shared = {}
    lock = threading.Lock()
    threads = []
    for k in range(nthreads):
        lo = n * k // nthreads
        hi = n * (k + 1) // nthreads
        threads.append(threading.Thread(target=worker, args=(lines, lo, hi, shared, lock)))
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    top = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("distinct: %d total: %d top: %s" % (len(shared), sum(shared.values()), top))
    print("elapsed: %.6f" % elapsed)


if __name__ == "__main__":
    main()
