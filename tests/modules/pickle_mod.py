import pickle, collections, io
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1; self.b = [2]
class WithState:
    def __init__(self): self.v = 1; self.cache = "big"
    def __getstate__(self): return {"v": self.v}
    def __setstate__(self, st): self.v = st["v"]; self.cache = None
class AppError(Exception):
    def __init__(self, what): super().__init__(f"{what} failed"); self.what = what
Pair = collections.namedtuple("Pair", "left right")
shared = [1, 2]
values = [None, True, 0, 255, 65536, -2**31, 2**64, 1.5, "héllo", b"\x00\xff", bytearray(b"ab"),
          (), (1,), (1, 2, 3, 4), [1, [2]], {"a": 1, 2: (3,)}, {1, 2}, frozenset({3}),
          Point(1, 2), Pair(1, "r"), collections.OrderedDict(z=1, a=2), collections.Counter("aab"),
          collections.deque([1, 2], maxlen=5), complex(1, -2), range(2, 9, 3), int, len, Point]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, type(back).__name__, back if not isinstance(back, (set, frozenset)) else sorted(back),
              data == pickle.dumps(v, proto))
print(pickle.dumps([1, "a", (2.5, None)], 4))
print(pickle.dumps({"k": [True, False]}, 0))
print(pickle.dumps((1, 2), 2), pickle.dumps(Point, 4))
s = pickle.loads(pickle.dumps(Slotted())); print(s.a, s.b)
w = pickle.loads(pickle.dumps(WithState())); print(w.v, w.cache)
e = pickle.loads(pickle.dumps(AppError("job"))); print(type(e).__name__, e.args, e.what)
e = pickle.loads(pickle.dumps(ValueError("bad", 3))); print(repr(e))
l = pickle.loads(pickle.dumps([shared, shared])); print(l[0] is l[1])
r = []; r.append(r); r2 = pickle.loads(pickle.dumps(r)); print(r2[0] is r2)
buf = io.BytesIO(); pickle.dump({"x": 1}, buf); pickle.dump([2], buf); buf.seek(0)
print(pickle.load(buf), pickle.load(buf))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, issubclass(pickle.PicklingError, pickle.PickleError))
for bad in [lambda: 1, (x for x in [])]:
    try:
        pickle.dumps(bad)
    except (pickle.PicklingError, TypeError, AttributeError) as ex:
        print(type(ex).__name__)
for data in [b"", b"\x80\x04\x95", b"\x80\x04K"]:
    try:
        pickle.loads(data)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    pickle.loads("text")
except TypeError as ex:
    print("TypeError", ex)
