"""Compare lib/pickle.py with CPython's pickle: byte-identical dumps and round trips.
Run with python3 from the repository root."""
import importlib.util, pickle, collections, sys
spec = importlib.util.spec_from_file_location("weft_pickle", "lib/pickle.py")
w = importlib.util.module_from_spec(spec); spec.loader.exec_module(w)

class Plain:
    def __init__(self, a=1): self.a = a; self.b = [a, str(a)]
    def __eq__(self, o): return type(o) is Plain and o.__dict__ == self.__dict__
class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self): self.x = 1; self.y = 'y'
    def __eq__(self, o): return (o.x, o.y) == (self.x, self.y)
class MyErr(Exception): pass
P = collections.namedtuple('P', 'x y')
shared = [1, 2]
rec = []; rec.append(rec)
values = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31, 2**63, -2**100, 10**400,
          0.5, -1e300, float('inf'), '', 'abc', 'é€𝄞', 'x' * 300, b'', b'abc', b'y' * 300,
          bytearray(b'ab'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2, [3]]],
          list(range(2500)), {}, {'a': 1, 2: [3]}, {i: str(i) for i in range(1200)}, set(), {1, 2},
          frozenset(), frozenset({1}), (shared, shared), [shared, (shared,)], Plain(), Plain('z'),
          Slotted(), ValueError('bad', 2), MyErr('m'), KeyError('k'), P(1, 2),
          collections.OrderedDict(a=1), collections.Counter('hello'), collections.deque([1, 2]),
          int, str, len, zip, map, chr, sys.intern, collections.UserList, bytes, range, OSError, Exception,  Plain, type(None), complex(1, 2), range(1, 10, 2), slice(1, 2), rec,
          [['x'] * 3], ('a', 'a', 'a'), 'a' * 70000]
bad = 0
for v in values:
    for proto in range(0, 6):
        try:
            a = pickle.dumps(v, proto)
        except Exception as e:
            a = e
        try:
            b = w.dumps(v, proto)
        except Exception as e:
            b = e
        if type(a) is not bytes:
            continue
        if a != b:
            bad += 1
            if bad < 25: print("dumps differ", proto, repr(v)[:60], a[:80], b if not isinstance(b, bytes) else b[:80])
        try:
            r = w.loads(a)
            if v is rec:
                ok = r[0] is r
            elif isinstance(v, float) and v != v:
                ok = True
            else:
                ok = (r == v and type(r) is type(v)) or repr(r) == repr(v)
        except Exception as e:
            ok = False; r = e
        if not ok:
            bad += 1
            if bad < 25: print("loads differ", proto, repr(v)[:60], repr(r)[:80])
print("mismatches:", bad)
