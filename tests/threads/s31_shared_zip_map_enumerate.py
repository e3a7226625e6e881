# zip, map and enumerate shared by four threads: each step takes its items from all the
# sources at once (as under CPython's GIL), so every tuple is whole (i, i, ...) and
# every item is handed out exactly once; filter, reversed and iter(callable, sentinel)
# too (nothing past the sentinel).
import itertools
import threading
import time

N = 20000


def drain(it, nthreads=4):
    out = []
    errors = []
    lock = threading.Lock()

    def work():
        local = []
        try:
            while True:
                try:
                    x = next(it)
                except StopIteration:
                    break
                local.append(x)
                if len(local) % 500 == 0:
                    time.sleep(0)
        except Exception as e:
            errors.append(repr(e))
        with lock:
            out.extend(local)

    ts = [threading.Thread(target=work) for _ in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    return out, errors


def drain_for(it, nthreads=4):
    # the same with for-loops (FOR_ITER's own steps: the pair of a two-way zip or of
    # enumerate is unpacked without a tuple)
    out = []
    lock = threading.Lock()

    def work():
        local = []
        for a, b in it:
            local.append((a, b))
        with lock:
            out.extend(local)

    ts = [threading.Thread(target=work) for _ in range(nthreads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    return out


def pow2(a, b):
    return a ** b


cases = [
    ("zip range range", lambda: zip(range(N), range(N)), [(i, i) for i in range(N)]),
    ("zip list tuple range", lambda: zip(list(range(N)), tuple(range(N)), range(N)),
     [(i, i, i) for i in range(N)]),
    ("zip strict", lambda: zip(range(N), list(range(N)), strict=True), [(i, i) for i in range(N)]),
    ("zip shorter", lambda: zip(range(N), range(N // 2)), [(i, i) for i in range(N // 2)]),
    ("enumerate range", lambda: enumerate(range(N)), [(i, i) for i in range(N)]),
    ("enumerate list start", lambda: enumerate(list(range(5, N + 5)), 5), [(i, i) for i in range(5, N + 5)]),
    ("map 2 args", lambda: map(pow2, range(N), [2] * N), [i * i for i in range(N)]),
    ("map 3 args", lambda: map(lambda a, b, c: (a, b, c), range(N), list(range(N)), tuple(range(N))),
     [(i, i, i) for i in range(N)]),
    ("map 1 arg", lambda: map(abs, range(-N, 0)), list(range(1, N + 1))),
    ("filter", lambda: filter(lambda x: x % 3, range(N)), [x for x in range(N) if x % 3]),
    ("reversed", lambda: reversed(list(range(N))), list(range(N))),
    ("iter sentinel", lambda: iter(itertools.count().__next__, N), list(range(N))),
]
for name, make, expected in cases:
    out, errors = drain(make())
    print(name, len(out), sorted(out) == sorted(expected), errors)

for name, make in [
    ("for zip", lambda: zip(range(N), list(range(N)))),
    ("for enumerate", lambda: enumerate(range(N))),
]:
    out = drain_for(make())
    print(name, len(out), sorted(out) == [(i, i) for i in range(N)])

# enumerate past the machine ints, shared
big = 2 ** 63 - 100
out, errors = drain(enumerate(range(2000), big))
print("enumerate big", len(out), sorted(out) == [(big + i, i) for i in range(2000)], errors)


# A generator feeding an enumerate that it steps itself: CPython raises "generator
# already executing" (no deadlock).
def feed():
    yield 1
    next(e)
    yield 2


e = enumerate(feed())
print(next(e))
try:
    next(e)
except ValueError as exc:
    print("ValueError", exc)
