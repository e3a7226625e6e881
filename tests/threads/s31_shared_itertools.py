# itertools iterators shared by four threads: each next() is atomic, as a step of
# CPython's C iterators is under the GIL, so the threads together get every item exactly
# once (sorted, they are the single-threaded result), whole, and nothing raises.
import itertools as it
import operator
import threading
import time

N = 20000


def drain(iterator, nthreads=4, use_for=False):
    out = []
    errors = []
    lock = threading.Lock()

    def work():
        local = []
        try:
            if use_for:
                for x in iterator:
                    local.append(x)
            else:
                while True:
                    try:
                        x = next(iterator)
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


def check(name, make, use_for=False):
    expected = sorted(make())
    out, errors = drain(make(), use_for=use_for)
    print(name, len(out), sorted(out) == expected, errors)


check("islice", lambda: it.islice(range(3 * N), 5, None, 3))
check("islice for", lambda: it.islice(list(range(N)), N), use_for=True)
check("chain", lambda: it.chain(range(N // 2), list(range(N // 2, N))))
check("chain.from_iterable", lambda: it.chain.from_iterable(map(range, range(0, N, 10), range(10, N + 10, 10))))
check("cycle", lambda: it.islice(it.cycle(range(100)), N))
check("cycle first pass", lambda: it.islice(it.cycle(range(N)), 3 * N))
check("accumulate", lambda: it.accumulate(range(N)))
check("accumulate func initial", lambda: it.accumulate(range(N), operator.sub, initial=7))
check("repeat", lambda: it.repeat("x", N))
check("product", lambda: it.product(range(100), range(N // 100)))
check("permutations", lambda: it.permutations(range(7)))
check("combinations", lambda: it.combinations(range(50), 3))
check("combinations_with_replacement", lambda: it.combinations_with_replacement(range(30), 3))
check("pairwise", lambda: it.pairwise(range(N)))
check("starmap", lambda: it.starmap(pow, zip(range(N), it.repeat(2))))
check("takewhile", lambda: it.takewhile(lambda x: x < N, it.count()))
check("dropwhile", lambda: it.dropwhile(lambda x: x < 100, range(N)))
check("filterfalse", lambda: it.filterfalse(lambda x: x % 3, range(N)))
check("compress", lambda: it.compress(range(N), it.cycle([1, 0, 1])))
check("zip_longest", lambda: it.zip_longest(range(N), range(N // 2), fillvalue=-1))
check("groupby keys", lambda: map(operator.itemgetter(0), it.groupby(sorted(list(range(N // 2)) * 3))))
check("tee one copy", lambda: it.tee(range(N))[1])
check("count in islice", lambda: it.islice(it.count(), N))

# groupby itself shared: the keys, each once
out, errors = drain(it.groupby(sorted(list(range(N // 2)) * 3)))
print("groupby", len(out), sorted(k for k, g in out) == list(range(N // 2)), errors)

# one group shared
k, group = next(it.groupby([1] * N + [2]))
out, errors = drain(group)
print("_grouper", len(out), out == [1] * N, errors)

# tee: four copies, each read by its own thread, all see every item in order
copies = it.tee(iter(range(N)), 4)
results = [None] * 4


def read(i):
    results[i] = list(copies[i])


ts = [threading.Thread(target=read, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join(60)
print("tee copies", [r == list(range(N)) for r in results])
