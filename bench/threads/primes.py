"""Count primes below N by trial division, the range split among T threads.

Independent work: each thread touches only its own numbers and writes its
count into its own slot of a results list.

    python3 bench/threads/primes.py [--threads T] [N]

Prints the prime count, then `elapsed: SECONDS` for the threaded part.
"""
import sys
import threading
import time

BLOCK = 1000


def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    i = 3
    while i * i <= n:
        if n % i == 0:
            return False
        i += 2
    return True


def worker(k, nthreads, limit, results):
    # block-cyclic split: thread k takes blocks k, k+T, k+2T, ... so that
    # every thread gets a similar mix of small and large numbers
    count = 0
    start = k * BLOCK
    while start < limit:
        end = start + BLOCK
        if end > limit:
            end = limit
        for n in range(start, end):
            if is_prime(n):
                count += 1
        start += nthreads * BLOCK
    results[k] = count


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
    nthreads, limit = parse(sys.argv[1:], 400000)
    results = [0] * nthreads
    threads = [threading.Thread(target=worker, args=(k, nthreads, limit, results))
               for k in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    print("primes below %d: %d" % (limit, sum(results)))
    print("elapsed: %.6f" % elapsed)


if __name__ == "__main__":
    main()
