"""The CPU-bound twin of the file-read experiment: count the words in the
bodies of the e-mails, first in one thread, then split among threads.

The e-mail bodies (the ExtractedBodyText column) are read once with
csv.reader.  Then, for a number of rounds:

* single: one thread counts every word into a dict;
* threaded: the bodies are split into T parts (default 2), each thread
  counts the words of its part into its own dict, and the dicts are merged
  at the end.

The total work is the same, so two threads can only be faster if they run
Python code at the same time.

    python3 examples/count_words.py [--rounds N] [--threads T] [--data PATH]
                                    [--threaded-only]

The last line is machine-readable: RESULT single=S threaded=T work=1
"""
import csv
import statistics
import sys
import threading
import time

import gen_emails

ROUNDS = 5
THREADS = 2
for _i, _a in enumerate(sys.argv):
    if _a == "--rounds":
        ROUNDS = int(sys.argv[_i + 1])
    elif _a == "--threads":
        THREADS = int(sys.argv[_i + 1])
THREADED_ONLY = "--threaded-only" in sys.argv
EMAILS = gen_emails.data_path(sys.argv[1:])


def read_bodies():
    with open(EMAILS, newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        column = header.index("ExtractedBodyText")
        return [row[column] for row in reader]


def count_words(bodies):
    counts = {}
    for body in bodies:
        for word in body.split():
            word = word.strip('.,:;!?"()').lower()
            if word:
                counts[word] = counts.get(word, 0) + 1
    return counts


def count_in_threads(bodies, n):
    results = [None] * n
    size = (len(bodies) + n - 1) // n

    def work(k):
        results[k] = count_words(bodies[k * size:(k + 1) * size])

    threads = [threading.Thread(target=work, args=(k,)) for k in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    merged = results[0]
    for other in results[1:]:
        for word, c in other.items():
            merged[word] = merged.get(word, 0) + c
    return merged


bodies = read_bodies()
print("file:", EMAILS, "(%d bodies)" % len(bodies))

times = []
single = None
if not THREADED_ONLY:
    for i in range(ROUNDS):
        start = time.time()
        single = count_words(bodies)
        times.append(time.time() - start)
    print("median of", ROUNDS, "single-thread counts:", statistics.median(times))

threaded_times = []
for i in range(ROUNDS):
    start = time.time()
    merged = count_in_threads(bodies, THREADS)
    threaded_times.append(time.time() - start)
print("median of", ROUNDS, "counts with", THREADS, "threads:", statistics.median(threaded_times))

top = sorted(merged.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print("words: %d distinct, %d in all; most common: %s" % (
    len(merged), sum(merged.values()), ", ".join("%s %d" % kv for kv in top)))
if single is not None and single != merged:
    print("ERROR: the threaded count differs from the single-thread count")

if times:
    print("RESULT single=%.6f threaded=%.6f work=1" % (statistics.median(times),
                                                      statistics.median(threaded_times)))
