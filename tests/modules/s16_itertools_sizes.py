# Size arguments CPython reads as C Py_ssize_t: beyond it OverflowError, and a tee()
# count too large for memory fails at once (this used to loop until memory ran out).
import itertools, sys
cases = [
    ("permutations r=2**70", lambda: itertools.permutations([1], 2**70)),
    ("permutations r=-1", lambda: itertools.permutations([1], -1)),
    ("permutations r='2'", lambda: itertools.permutations([1], "2")),
    ("permutations r=2.0", lambda: itertools.permutations([1], 2.0)),
    ("combinations r=2**70", lambda: itertools.combinations([1], 2**70)),
    ("combinations r=-2**70", lambda: itertools.combinations([1], -2**70)),
    ("cwr r=2**64", lambda: itertools.combinations_with_replacement([1], 2**64)),
    ("product repeat=2**70", lambda: itertools.product([1], repeat=2**70)),
    ("product repeat=2**40", lambda: itertools.product([1], repeat=2**40)),
    ("repeat times=2**70", lambda: itertools.repeat(1, 2**70)),
    ("repeat times=-2**70", lambda: itertools.repeat(1, -2**70)),
    ("tee n=2**70", lambda: itertools.tee([], 2**70)),
    ("tee n=2**40", lambda: itertools.tee([], 2**40)),
    ("tee n=sys.maxsize", lambda: itertools.tee([], sys.maxsize)),
    ("tee n=-1", lambda: itertools.tee([], -1)),
]
for name, f in cases:
    try:
        r = f()
        print(name, "->", type(r).__name__, len(r) if isinstance(r, tuple) else "")
    except (OverflowError, ValueError, TypeError, MemoryError) as e:
        print(name, "->", type(e).__name__, e)
a, b, c = itertools.tee(iter("xyz"), 3)
print(next(a), list(b), list(a), list(c), list(itertools.repeat("r", 3)), list(itertools.permutations("ab")), list(itertools.product("ab", repeat=2)))
