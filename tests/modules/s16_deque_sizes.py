# deque sizes and indexes are C Py_ssize_t in CPython: ints beyond it raise
# OverflowError / IndexError("cannot fit ...") instead of being accepted.
from collections import deque
import sys
cases = [
    ("d[2**70]", lambda: deque([1, 2])[2**70]),
    ("d[-2**70]", lambda: deque([1, 2])[-2**70]),
    ("d[2**70] = 0", lambda: deque([1, 2]).__setitem__(2**70, 0)),
    ("del d[-2**64]", lambda: deque([1, 2]).__delitem__(-2**64)),
    ("rotate(2**70)", lambda: deque([1, 2]).rotate(2**70)),
    ("rotate(-2**63)", lambda: deque([1]).rotate(-2**63)),
    ("maxlen=2**70", lambda: deque(maxlen=2**70)),
    ("maxlen=-2**70", lambda: deque(maxlen=-2**70)),
    ("insert(2**70)", lambda: deque([1]).insert(2**70, 0)),
    ("d[2**63-1]", lambda: deque([1, 2])[2**63 - 1]),
    ("d[sys.maxsize+1]", lambda: deque([1])[sys.maxsize + 1]),
    ("rotate(2**62)", lambda: deque([1, 2, 3]).rotate(2**62 + 1)),
    ("maxlen=2**40", lambda: deque("abc", maxlen=2**40)),
]
for name, f in cases:
    try:
        print(name, "->", f())
    except (IndexError, OverflowError, ValueError) as e:
        print(name, "->", type(e).__name__, e)
d = deque(range(5), maxlen=4)
d.rotate(-1); d.insert(-2**10, "x") if len(d) < 4 else None
print(d, d[-1], d.index(2))
