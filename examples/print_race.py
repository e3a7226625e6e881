"""The thread-safety problem of the earlier lesson: many threads printing.

print() writes the text and then the line end as two separate writes.  With
output that goes straight to the console (a terminal, or `python3 -u`),
each write is a system call, and while one thread is in it another thread
can write too.  Without a lock, lines get glued together and line ends go
missing; with a lock held around the whole line, every line comes out whole.

Here the console is a file under examples/out/, written exactly that way
(write the text, flush, write the line end, flush), so that the damage can
be counted afterwards.

    python3 examples/print_race.py [--threads N] [--lines N]

The last line is machine-readable:
    RESULT garbled_nolock=G garbled_lock=H lines=L
"""
import os
import sys
import threading

THREADS = 8
LINES = 200
for _i, _a in enumerate(sys.argv):
    if _a == "--threads":
        THREADS = int(sys.argv[_i + 1])
    elif _a == "--lines":
        LINES = int(sys.argv[_i + 1])

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "out")


def say(console, text):
    # what print(text) does on an unbuffered console: two writes
    console.write(text)
    console.flush()
    console.write("\n")
    console.flush()


def chatter(console, k, lock):
    for i in range(LINES):
        if lock is None:
            say(console, "thread %d says hello %d" % (k, i))
        else:
            with lock:
                say(console, "thread %d says hello %d" % (k, i))


def run(lock, path):
    with open(path, "w") as console:
        threads = [threading.Thread(target=chatter, args=(console, k, lock))
                   for k in range(THREADS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    with open(path) as f:
        lines = f.read().split("\n")[:-1]
    good = 0
    garbled = []
    for line in lines:
        words = line.split(" ")
        if (len(words) == 5 and words[0] == "thread" and words[2] == "says"
                and words[3] == "hello" and words[1].isdigit() and words[4].isdigit()):
            good += 1
        else:
            garbled.append(line)
    # every intended line that did not come out whole counts as damaged
    return THREADS * LINES - good, garbled


if not os.path.isdir(OUT):
    os.makedirs(OUT)

print("%d threads each print %d lines" % (THREADS, LINES))
bad_nolock, sample = run(None, os.path.join(OUT, "print_race_nolock.txt"))
print()
print("without a lock: %d of %d lines damaged" % (bad_nolock, THREADS * LINES))
for line in sample[:5]:
    print("   |" + line)
bad_lock, sample = run(threading.Lock(), os.path.join(OUT, "print_race_lock.txt"))
print()
print("with a lock:    %d of %d lines damaged" % (bad_lock, THREADS * LINES))
for line in sample[:5]:
    print("   |" + line)
print()
print("RESULT garbled_nolock=%d garbled_lock=%d lines=%d" % (bad_nolock, bad_lock, THREADS * LINES))
