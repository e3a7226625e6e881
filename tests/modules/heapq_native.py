# heapq's primitives (native in weft): heap layout identical to CPython's, argument
# errors, comparisons through `<` (rich comparison, exceptions propagating), list
# subclasses, and the Python-level merge/nsmallest/nlargest built on them.
import heapq
import random


def show(label, f):
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


rnd = random.Random(7)
data = [rnd.randrange(100) for _ in range(40)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(data))] == sorted(data))
h = list(data); heapq.heapify(h); print(h)
print(heapq.heappushpop(h, -1), heapq.heappushpop(h, 50), heapq.heapreplace(h, 99), h[:8])
h = [rnd.random() for _ in range(20)]; heapq.heapify(h)
print(all(h[i] <= h[c] for i in range(20) for c in (2 * i + 1, 2 * i + 2) if c < 20))
strs = ["pear", "apple", "fig", "kiwi", "banana", "cherry"]
heapq.heapify(strs); print(strs, [heapq.heappop(strs) for _ in range(6)])
tup = [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "q")]
heapq.heapify(tup); print(tup, heapq.heappop(tup), tup)
mixed = [3, 1.5, 2, True, 0.5, -1]
heapq.heapify(mixed); print(mixed)
print(heapq.heappushpop([], 5), heapq.heappushpop([1], 0), heapq.heappushpop([1], 2))

# errors
show("push int", lambda: heapq.heappush(1, 2))
show("pop None", lambda: heapq.heappop(None))
show("pop empty", lambda: heapq.heappop([]))
show("replace empty", lambda: heapq.heapreplace([], 1))
show("pushpop tuple", lambda: heapq.heappushpop((), 1))
show("heapify tuple", lambda: heapq.heapify((1, 2)))
show("push 1 arg", lambda: heapq.heappush([]))
show("pop 0 args", lambda: heapq.heappop())
show("heapify 2 args", lambda: heapq.heapify([], []))
show("push kw", lambda: heapq.heappush([], 1, x=1))
show("uncomparable", lambda: heapq.heappush([1], "a"))
show("uncomparable heapify", lambda: heapq.heapify([1, "a", None]))
show("max pop empty", lambda: heapq._heappop_max([]))
show("max heapify int", lambda: heapq._heapify_max(1))
print(heapq.heappush, heapq.heappop.__name__)


class Cmp:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.calls += 1
        return self.v < other.v
    def __repr__(self):
        return "C%d" % self.v


h = []
for v in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(h, Cmp(v))
print(h, Cmp.calls)
print([heapq.heappop(h) for _ in range(7)], Cmp.calls)


class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return self.v > other.v
    def __repr__(self):
        return "G%d" % self.v


h = [OnlyGt(v) for v in [4, 2, 6, 1]]
heapq.heapify(h); print(h)


class Boom:
    def __lt__(self, other):
        raise ZeroDivisionError("no order")


h = [1]
show("raising lt", lambda: heapq.heappush(h, Boom()))
print(len(h))


class Shrinks:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v
    def __lt__(self, other):
        if self.heap:
            self.heap.pop()
        return True


h = []
h.extend([Shrinks(h, 1), Shrinks(h, 2), Shrinks(h, 3)])
show("list changed", lambda: heapq.heapify(h))
h = [Shrinks(None, 0)]
h.append(Shrinks(h, 1))
show("push changed", lambda: heapq.heappush(h, Shrinks(h, 2)))


class MyList(list):
    pass


ml = MyList([5, 1, 4]); heapq.heapify(ml); heapq.heappush(ml, 0)
print(ml, type(ml).__name__, heapq.heappop(ml))

# max-heap helpers and the Python-level functions
mh = [3, 9, 1, 7]; heapq._heapify_max(mh); print(mh, heapq._heappop_max(mh), heapq._heapreplace_max(mh, 0), mh)
print(heapq.nlargest(3, data), heapq.nsmallest(3, data), heapq.nlargest(2, strs + ["z", "a"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["a", "bb"], ["ccc"], key=len)))
