"""The lesson's first experiment: read Emails.csv in one thread, then in two.

* A function opens and reads the file `Emails.csv`.
* It runs 100 times, timed each time: the list `times`.
* Two threads both call the function, 100 rounds: the list `threaded_times`.
* The medians of `times` and `threaded_times` are printed.

In each threaded round the file is read twice (once per thread), so with
perfect parallelism `threaded_times` would match `times`; if only one
thread can run at a time it would be twice as long.

    python3 examples/read_emails.py [--rounds N] [--data PATH] [--threaded-only]

The last line is machine-readable: RESULT single=S threaded=T work=2
"""
import statistics
import sys
import threading
import time

import gen_emails

ROUNDS = 100
for _i, _a in enumerate(sys.argv):
    if _a == "--rounds":
        ROUNDS = int(sys.argv[_i + 1])
THREADED_ONLY = "--threaded-only" in sys.argv
EMAILS = gen_emails.data_path(sys.argv[1:])


def open_emails():
    emails = []
    with open(EMAILS) as f:
        data = f.read()
    return data


print("file:", EMAILS, "(%d characters)" % len(open_emails()))

times = []
if not THREADED_ONLY:
    for i in range(ROUNDS):
        start = time.time()
        open_emails()
        times.append(time.time() - start)

    print("median of", ROUNDS, "single reads:", statistics.median(times))

threaded_times = []

for i in range(ROUNDS):

    start = time.time()

    thread1 = threading.Thread(target=open_emails)
    thread2 = threading.Thread(target=open_emails)
    thread1.start()
    thread2.start()
    thread1.join()
    thread2.join()

    threaded_times.append(time.time() - start)

print("median of", ROUNDS, "rounds of two threads:", statistics.median(threaded_times))

if times:
    print("RESULT single=%.6f threaded=%.6f work=2" % (statistics.median(times),
                                                      statistics.median(threaded_times)))
