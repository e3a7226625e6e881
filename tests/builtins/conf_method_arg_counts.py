# Calling methods of built-in types with too many arguments: CPython's TypeError messages
objs = {"int": 5, "float": 1.5, "complex": 1j, "str": "abc", "bytes": b"ab", "bytearray": bytearray(b"ab"),
        "tuple": (1, 2), "range": range(3), "memoryview": memoryview(b"ab"), "bool": True, "slice": slice(1, 2)}
skip = {"__init_subclass__", "__subclasshook__", "__class__", "__new__", "__init__", "__delattr__", "__setattr__",
        "__getattribute__", "__sizeof__", "__dir__", "__format__", "__reduce_ex__", "__reduce__", "release", "clear",
        "pop", "popitem", "__exit__", "__enter__", "__pow__", "__rpow__", "__mul__", "__rmul__", "__setitem__", "maketrans", "__imul__"}
for nargs in (1, 5):
    for tn, o in objs.items():
        for name in sorted(dir(o)):
            if name in skip:
                continue
            m = getattr(o, name)
            if not callable(m) or isinstance(m, type):
                continue
            try:
                m(*range(1, nargs + 1))
                res = "ok"
            except TypeError as e:
                res = "TypeError: " + str(e)
            except Exception as e:
                res = type(e).__name__
            print(nargs, tn, name, res)
m = memoryview(b"ab")
for o in ["C", "F", "A", None, "x", 1]:
    try:
        print(m.tobytes(o))
    except Exception as e:
        print(type(e).__name__, e)
for f in [lambda: float.fromhex(), lambda: float.fromhex(1), lambda: float.__getformat__(1), lambda: float.__getformat__(),
          lambda: (5).to_bytes(1, "big", 1), lambda: (5).to_bytes(1, "big", signed=True, x=1), lambda: bytearray.fromhex(1, 2)]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
# every attribute dir() lists can be read; __doc__ of built-in objects never raises
class A: pass
class B:
    "doc B"
print(A.__doc__, A().__doc__, B.__doc__, B().__doc__, object.__doc__ == object().__doc__, object.__doc__.splitlines()[0])
import collections, io
bad = []
for o in [5, "s", [], {}, iter([]), iter({}), reversed([]), enumerate([]), zip(), map(len, []), range(3), iter(range(3)), {}.keys(),
          memoryview(b""), collections.deque(), io.StringIO(), 1j, 2.0, None, ..., NotImplemented, object(), slice(1), b"",
          bytearray(), frozenset(), property(), staticmethod(len), classmethod(len), A, A(), collections.OrderedDict(),
          collections.Counter(), collections.defaultdict()]:
    for n in dir(o):
        try:
            getattr(o, n)
        except AttributeError as e:
            bad.append((type(o).__name__, n))
print(bad)
