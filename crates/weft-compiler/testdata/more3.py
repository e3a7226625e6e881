"""Module docstring."""
from __future__ import annotations
import os, sys as system
def cellarg(a, b):
    def inner():
        return a
    a = 2
    return inner
def big_call(x):
    return x(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32)
def big_dict(a):
    return {1: a, 2: a, 3: a, 4: a, 5: a, 6: a, 7: a, 8: a, 9: a, 10: a, 11: a, 12: a, 13: a, 14: a, 15: a, 16: a, 17: a}
def ann_future(x: List[int]) -> Dict:
    y: int = 1
    return y
class Ann:
    z: Set[int] = set()
    w: int
def deletes(a):
    global g
    del a, g
    del a.b, a[1], a[1:2]
def cmp(a, b):
    if a is None and b is not None:
        return 1
    if not a:
        return 2
    if a < b < 3:
        return 3
    if a or (b and a):
        return 4
    while a is not None:
        a = a.next
    return [x for x in a if x if not x] or None
def slices(a):
    return a[1:], a[:2], a[::], a[1:2, 3], a[...], a[:, None]
def tryelse():
    try:
        x = 1
    except ValueError as e:
        print(e)
    except (TypeError, KeyError):
        pass
    else:
        return x
def nested_with():
    with a() as (x, y), b() as z[0]:
        return x
def gen_expr_nested(xss):
    return list(x for xs in xss for x in xs if x)
def strings():
    return 'a\nb', "it's", b'\x00', r'\d', 'ü', "\N{BULLET}", '''tri
ple''', f"{'x'!r}"
def numbers():
    return 0, -0, -0.0, 1_000, 0o17, 0b101, 0xdead, 1e100, 1j, 3.14j, 10**20, 2**63, -2**63, -(2**63), 9223372036854775807, 9223372036854775808
def starred(*a, **k):
    print(*a, *a, **k, **k)
    return [*a, 1], {*a, 2}, (*a, 3), {**k, 'x': 1}
