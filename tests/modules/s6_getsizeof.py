import sys
vals = [None, True, False, 0, 1, -1, 2**30 - 1, 2**30, 2**60, 2**64, 10**100, -(10**50), 0.0, 1.5, 1j,
        "", "a", "hello", "é", "héllo", "€", "日本", "\U0001F600", "a" * 100,
        b"", b"x", b"hello" * 10, bytearray(), bytearray(b"abc"), (), (1,), (1, 2, 3), [], [1], [1, 2, 3], [0] * 10, [i for i in range(10)],
        {}, {"a": 1}, dict.fromkeys(range(5)), dict.fromkeys(range(6)), dict.fromkeys(range(100)), set(), {1}, set(range(5)), set(range(10)), set(range(100)),
        frozenset(), frozenset({1, 2}), range(10), range(0), slice(1, 2), Ellipsis, NotImplemented, int, object(), iter([]), iter(()), iter(""), iter({}),
        zip(), map(str, []), enumerate([]), reversed([]), memoryview(b"ab"), property(), staticmethod(len), classmethod(len), len, print, [].append, sys]
for v in vals:
    try:
        r = repr(v)
    except Exception:
        r = type(v).__name__
    if " at 0x" in r:
        r = type(v).__name__
    print(r[:40], sys.getsizeof(v))
l = []
sizes = []
for i in range(40):
    l.append(i)
    sizes.append(sys.getsizeof(l))
print(sizes)
d = {}
ds = []
for i in range(30):
    d[i] = i
    ds.append(sys.getsizeof(d))
print(ds)
s = set()
ss = []
for i in range(30):
    s.add(i)
    ss.append(sys.getsizeof(s))
print(ss)
print(sys.getsizeof([0] * 10), sys.getsizeof([None] * 100), sys.getsizeof(list(range(7))), sys.getsizeof([x for x in range(10)]))
print(sys.getsizeof({i: i for i in range(10)}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof(tuple(range(50))))
print(sys.getsizeof("x" * 1000), sys.getsizeof(bytes(1000)), sys.getsizeof(2**1000))
class A: pass
class B:
    __slots__ = ("x", "y")
class C:
    def __sizeof__(self): return 100
print(sys.getsizeof(A()), sys.getsizeof(B()), sys.getsizeof(C()), sys.getsizeof(A))
def fn(): yield 1
print(sys.getsizeof(fn), sys.getsizeof(lambda: 0))
print(sys.getsizeof(1, 5), sys.getsizeof(object, 0) > 0)
class Neg:
    def __sizeof__(self): return -1
class Bad:
    def __sizeof__(self): return "x"
for o in [Neg(), Bad()]:
    try:
        sys.getsizeof(o)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getsizeof()
except TypeError as e:
    print("TypeError", e)
# a memory-use report like a user would write
def report(name, obj):
    print(f"{name:<12}{sys.getsizeof(obj):>8} bytes")
report("int", 12345)
report("big int", 2 ** 200)
report("str", "hello world")
report("tuple", (1, 2, 3))
report("list", [1, 2, 3])
report("dict", {"a": 1, "b": 2})
report("set", {1, 2, 3})
report("gen", (x * x for x in range(1000)))
report("listcomp", [x * x for x in range(1000)])
report("range", range(1000))
print(sum(sys.getsizeof(x) for x in [1, "a", 2.0, None, True]))
