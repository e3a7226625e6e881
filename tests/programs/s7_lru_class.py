"""An LRU cache class with TTL-free eviction stats, used as a decorator with per-function state."""
from collections import OrderedDict
import functools


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError(f"capacity must be positive, got {capacity}")
        self.capacity = capacity
        self._data = OrderedDict()
        self.hits = self.misses = self.evictions = 0

    def __contains__(self, key):
        return key in self._data

    def __len__(self):
        return len(self._data)

    def __getitem__(self, key):
        try:
            value = self._data[key]
        except KeyError:
            self.misses += 1
            raise
        self._data.move_to_end(key)
        self.hits += 1
        return value

    def __setitem__(self, key, value):
        if key in self._data:
            self._data.move_to_end(key)
        self._data[key] = value
        if len(self._data) > self.capacity:
            old, _ = self._data.popitem(last=False)
            self.evictions += 1
            print(f"    evict {old!r}")

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(reversed(self._data))

    def __repr__(self):
        body = ", ".join(f"{k!r}: {v!r}" for k, v in reversed(self._data.items()))
        return f"LRUCache({self.capacity}, {{{body}}})"

    def stats(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} evictions={self.evictions} ratio={ratio:.0%}"


def memoize(capacity=128):
    def deco(fn):
        cache = LRUCache(capacity)

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items()))
            try:
                return cache[key]
            except KeyError:
                pass
            except TypeError:
                return fn(*args, **kwargs)
            result = cache[key] = fn(*args, **kwargs)
            return result
        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k, v in [("a", 1), ("b", 2), ("c", 3)]:
    c[k] = v
print(c, len(c), list(c))
print(c["a"])
c["d"] = 4
print(c, "b" in c, "a" in c)
try:
    c["zzz"]
except KeyError as e:
    print("KeyError", e)
c["c"] = 30
c["e"] = 5
print(c, c.stats())
del c["e"]
print(c)
try:
    LRUCache(0)
except ValueError as e:
    print(e)


@memoize(capacity=4)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib.cache.stats(), fib.__name__, len(fib.cache))


@memoize(2)
def describe(x, *, style="plain"):
    print(f"    computing describe({x!r}, style={style!r})")
    return f"<{style}:{x}>"


print(describe(1), describe(1), describe(1, style="bold"), describe([1, 2]), describe(2), describe(1))
print(describe.cache.stats(), list(describe.cache))
