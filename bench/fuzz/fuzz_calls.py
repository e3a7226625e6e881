#!/usr/bin/env python3
"""Call every method of the built-in types (and some module functions) with nasty
arguments under weft, and report calls that crash the process instead of raising.

    python3 bench/fuzz/fuzz_calls.py [--weft PATH] [--only NAME]

Runs the calls in one weft process that logs each call before making it; when the process
dies (signal, abort, panic) or hangs, the last logged call is reported and the run resumes
after it. Not part of the test suite.
"""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Runs under weft: makes call number START onwards, writing "N" before each to stderr.
CHILD = r'''
import sys, math, itertools, operator, struct, textwrap, string, collections, functools
START = int(sys.argv[1])
ONLY = sys.argv[2] if len(sys.argv) > 2 else ""
VALS = [2**62, -2**62, 10**15, 2**40, 2**63, -1, 0, 10**30, 7, "x\t", b"\t", None, 1e308,
        float("nan"), -0.0, [], (), "\udcff"]
RECV = ["ab\tc", b"ab\tc", bytearray(b"ab"), [1, 2], (1, 2), {1: 2}, {1}, frozenset([1]), 5,
        2**70, 1.5, 1j, range(10), memoryview(b"abc"), slice(1, 2), True, "%s%d",
        collections.deque([1]), collections.Counter("ab"), collections.OrderedDict(a=1)]
MODS = [math, itertools, operator, struct, textwrap, string, functools]
calls = []
for r in RECV:
    for name in sorted(dir(type(r))):
        if name in ("__del__", "__init_subclass__", "__subclasshook__", "clear", "__reduce__",
                    "__reduce_ex__", "__setstate__"):
            continue
        calls.append((type(r).__name__ + "." + name, r, name))
for m in MODS:
    for name in sorted(dir(m)):
        if not name.startswith("_") and callable(getattr(m, name)):
            calls.append((m.__name__ + "." + name, m, name))
n = 0
for label, r, name in calls:
    if ONLY and ONLY not in label:
        continue
    try:
        f = getattr(r, name, None)
    except BaseException:
        continue
    if not callable(f):
        continue
    arglists = [()] + [(v,) for v in VALS] + [(a, b) for a in VALS[:9] for b in VALS[:9]]
    for args in arglists:
        n += 1
        if n < START:
            continue
        sys.stderr.write("%d %s%r\n" % (n, label, args))
        sys.stderr.flush()
        try:
            res = f(*args)
            if hasattr(res, "__next__"):
                for _ in itertools.islice(res, 3):
                    pass
        except BaseException:
            pass
sys.stderr.write("DONE\n")
'''


def main():
    weft = os.path.join(ROOT, "target/release/weft")
    only = ""
    a = sys.argv[1:]
    while a:
        if a[0] == "--weft":
            weft = a[1]
            a = a[2:]
        elif a[0] == "--only":
            only = a[1]
            a = a[2:]
        else:
            sys.exit(__doc__)
    path = "/tmp/weft_fuzz_calls_child.py"
    with open(path, "w") as fh:
        fh.write(CHILD)
    start, bad = 1, 0
    while True:
        try:
            p = subprocess.run([weft, path, str(start), only], capture_output=True, timeout=60,
                               stdin=subprocess.DEVNULL)
            err, rc, hung = p.stderr.decode("utf-8", "replace"), p.returncode, False
        except subprocess.TimeoutExpired as e:
            err, rc, hung = (e.stderr or b"").decode("utf-8", "replace"), None, True
        lines = err.splitlines()
        if lines and lines[-1] == "DONE":
            break
        logged = [ln for ln in lines if ln[:1].isdigit() and " " in ln]
        if not logged:
            print("could not start:", err[-500:])
            return 2
        last = logged[-1]
        tail = [ln for ln in lines if not (ln[:1].isdigit() and " " in ln)]
        why = "hang" if hung else f"rc={rc} " + " | ".join(tail[:2])[:200]
        print(f"CRASH {last[:200]}: {why}", flush=True)
        bad += 1
        start = int(last.split()[0]) + 1
    print(f"{bad} crashing calls")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
