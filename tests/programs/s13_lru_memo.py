"""An LRU cache built on OrderedDict, compared against functools.lru_cache."""
from collections import OrderedDict
import functools


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, not {capacity!r}")
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key, default=None):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return default

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        evicted = None
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
        return evicted

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self.data.items())
        return f"LRUCache({self.capacity}, {{{items}}})"

    def __len__(self):
        return len(self.data)


def lru_memo(maxsize):
    def deco(fn):
        cache = LRUCache(maxsize)

        @functools.wraps(fn)
        def wrapper(*args):
            sentinel = object()
            r = cache.get(args, sentinel)
            if r is sentinel:
                r = fn(*args)
                cache.put(args, r)
            return r
        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c.put(k, v)
print(c, c.get("a"))
print("evicted:", c.put("d", 4))
print("evicted:", c.put("a", 10))
print(c, c.get("b"), c.get("b", "gone"), (c.hits, c.misses))
od = OrderedDict.fromkeys("abcde", 0)
od.move_to_end("b")
od.move_to_end("d", last=False)
print(list(od), od.popitem(), od.popitem(last=False))
print(od == OrderedDict([("a", 0), ("c", 0)]), od == {"c": 0, "a": 0}, OrderedDict(a=1) == OrderedDict(a=1))
print(OrderedDict([("a", 0), ("c", 0)]) == OrderedDict([("c", 0), ("a", 0)]))
print(repr(OrderedDict()), repr(OrderedDict(x=[1, 2])), list(reversed(OrderedDict(p=1, q=2))))
od2 = OrderedDict(z=1)
od2 |= {"y": 2}
print(od2, type(od2 | {"x": 3}).__name__)


@lru_memo(50)
def edit_distance(a, b):
    """Levenshtein distance, memoized with the hand-made LRU."""
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@functools.lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


@functools.lru_cache(maxsize=2)
def square(x):
    print(f"  computing {x}^2")
    return x * x


for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution")]:
    print(f"{a} -> {b}: {edit_distance(a, b)}")
print(edit_distance.__name__, edit_distance.__doc__, len(edit_distance.cache), edit_distance.cache.hits > 0)
print([partitions(n) for n in range(0, 15)], partitions(100))
print(partitions.cache_info().hits > 0, partitions.cache_info().maxsize)
for x in [2, 3, 2, 4, 2, 3]:
    print(square(x), end=" ")
print()
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__wrapped__(9))


@functools.lru_cache(maxsize=4, typed=True)
def kind(x):
    return type(x).__name__


print(kind(1), kind(1.0), kind(True), kind(1), kind.cache_info().currsize)
try:
    hash_fail = square([1, 2])
except TypeError as e:
    print("TypeError:", e)
LRUCache(0)
