# One native generator shared by threads: 4 threads drawing 2000 values each from one
# Random(1) together get exactly the 8000 values of the single-thread sequence (each
# once, none torn), for random() (two words a draw), getrandbits(32) (one) and
# getrandbits(96) (three); generators of their own stay deterministic per thread.
import hashlib
import random
import threading

THREADS, EACH = 4, 2000


def summary(values):
    s = sorted(values)
    return len(s), len(set(s)), hashlib.sha256(repr(s).encode()).hexdigest()[:16]


def shared(draw_name):
    ref_gen = random.Random(1)
    ref_draw = getattr(ref_gen, draw_name[0])
    ref = [ref_draw(*draw_name[1:]) for _ in range(THREADS * EACH)]
    gen = random.Random(1)
    draw = getattr(gen, draw_name[0])
    results = [None] * THREADS
    start = threading.Barrier(THREADS, timeout=30)

    def work(i):
        start.wait()
        results[i] = [draw(*draw_name[1:]) for _ in range(EACH)]

    ts = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(timeout=60)
    out = [x for r in results for x in r]
    print(draw_name, summary(ref), summary(out) == summary(ref), sorted(out) == sorted(ref))
    # the next value after all of them is the single thread's next one
    print(" next", draw(*draw_name[1:]) == ref_draw(*draw_name[1:]))


shared(("random",))
shared(("getrandbits", 32))
shared(("getrandbits", 96))

# the module's own generator, shared the same way
random.seed(1)
ref = [random.random() for _ in range(THREADS * EACH)]
random.seed(1)
results = [None] * THREADS


def module_work(i):
    results[i] = [random.random() for _ in range(EACH)]


ts = [threading.Thread(target=module_work, args=(i,)) for i in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join(timeout=60)
out = [x for r in results for x in r]
print("module", summary(out) == summary(ref), summary(out))

# a generator per thread: each thread's sequence is its seed's
own = [None] * THREADS


def own_work(i):
    g = random.Random(i)
    own[i] = [g.random() for _ in range(EACH)] + [g.randrange(10**9) for _ in range(50)]


ts = [threading.Thread(target=own_work, args=(i,)) for i in range(THREADS)]
for t in ts:
    t.start()
for t in ts:
    t.join(timeout=60)
for i in range(THREADS):
    g = random.Random(i)
    expect = [g.random() for _ in range(EACH)] + [g.randrange(10**9) for _ in range(50)]
    print("own", i, own[i] == expect, summary(own[i]))
