# bisect.insort into one list from four threads: each insort finds its place and
# inserts under the list's lock (CPython's C insort does both under the GIL), so the
# list ends sorted with every item in it.
import bisect
import threading
import time

N = 4000


def run(name, insort, make_item):
    shared = []
    errors = []

    def work(t):
        try:
            for i in range(N):
                # interleaved values, so the threads insert all over the list
                insort(shared, make_item((i * 7919 + t * 104729) % (4 * N)))
                if i % 500 == 0:
                    time.sleep(0)
        except Exception as e:
            errors.append(repr(e))

    ts = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join(60)
    expected = sorted(make_item((i * 7919 + t * 104729) % (4 * N)) for t in range(4) for i in range(N))
    print(name, len(shared), shared == expected, errors)


run("insort ints", bisect.insort, lambda v: v)
run("insort_left ints", bisect.insort_left, lambda v: v)
run("insort_right floats", bisect.insort_right, lambda v: v / 4)
run("insort strs", bisect.insort, lambda v: "k%06d" % v)
run("insort tuples", bisect.insort, lambda v: (v % 50, v))

# the general path still works (a key, a list subclass, Python-level comparisons)
a = []
for v in [5, 1, 4]:
    bisect.insort(a, v, key=lambda x: -x)
print(a)


class L(list):
    pass


b = L([1, 3])
bisect.insort(b, 2)
print(b, type(b).__name__)


class V:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v

    def __repr__(self):
        return "V(%d)" % self.v


c = [V(1), V(3)]
bisect.insort(c, V(2))
bisect.insort_left(c, V(0), 1)
print(c, bisect.bisect(c, V(2)), bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect([1, 2, 2, 3], 2, 0, 2))
d = [1, 5]
bisect.insort(d, 9, 5)
bisect.insort(d, 0, 1, 1)
print(d, bisect.bisect([1, 2.5, 3], 2), bisect.bisect(["a", "c"], "b"))
