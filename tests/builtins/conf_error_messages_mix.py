def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__ + ":", e)
class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return 2**70
class L3:
    def __len__(self): return "x"
class I:
    def __index__(self): return 3.5
class R:
    def __repr__(self): return 5
class H:
    __hash__ = None
class F:
    def __format__(self, spec): return 7
class It:
    def __iter__(self): return 5
class Nx:
    def __iter__(self): return self
t(lambda: bool(B()))
t(lambda: len(L()))
t(lambda: len(L2()))
t(lambda: len(L3()))
t(lambda: [1, 2][I()])
t(lambda: repr(R()))
t(lambda: hash(H()))
t(lambda: {H(): 1})
t(lambda: format(F()))
t(lambda: iter(It()))
t(lambda: iter(Nx()))
t(lambda: list(Nx()))
t(lambda: next(5))
t(lambda: type("X", (int, str), {}))
class A: pass
class Bb(A): pass
t(lambda: type("X", (A, Bb), {}))
t(lambda: super(int, "x"))
t(lambda: object.__new__(int))
t(lambda: int.__new__(str))
t(lambda: 1 + "a")
t(lambda: "a" + 1)
t(lambda: [1] + (2,))
t(lambda: 2 ** "x")
t(lambda: -"x")
t(lambda: ~1.5)
t(lambda: [] < 1)
t(lambda: None < None)
t(lambda: {} < {})
t(lambda: 1 @ 2)
t(lambda: "x" * 2.0)
t(lambda: [1] * "a")
t(lambda: divmod(1, 0))
t(lambda: 1 % 0)
t(lambda: 1.0 // 0)
t(lambda: 0 ** -1)
t(lambda: 0.0 ** -1)
t(lambda: (-8) ** (1/3))
t(lambda: 10 ** 400 * 1.0)
t(lambda: float(10 ** 400))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: round(float("inf")))
t(lambda: 1 << -1)
t(lambda: 1 << 10**10)
t(lambda: "abc"[5])
t(lambda: "abc"["x"])
t(lambda: (1,)[1])
t(lambda: {}.pop("k"))
t(lambda: [].pop())
t(lambda: [1].remove(2))
t(lambda: (1).foo)
t(lambda: None.foo)
t(lambda: A.foo)
t(lambda: A().foo)
t(lambda: setattr(1, "x", 2))
t(lambda: setattr(A, 5, 1))
t(lambda: delattr(A(), "zz"))
t(lambda: object().x)
t(lambda: getattr(A(), "x", 1, 2))
t(lambda: int("5", 1))
t(lambda: int(5, 10))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: ord("ab"))
t(lambda: ord(""))
t(lambda: sum(["a", "b"], ""))
t(lambda: min([]))
t(lambda: max(1))
t(lambda: sorted([1, "a"]))
t(lambda: [3, 1].sort(key=1))
t(lambda: dict([(1, 2, 3)]))
t(lambda: dict([1]))
t(lambda: dict(a=1, **{"a": 2}))
t(lambda: (lambda x: x)(1, 2))
t(lambda: (lambda x: x)(y=1))
t(lambda: (lambda *, k: k)(1))
t(lambda: (lambda a, /, b: 0)(a=1, b=2))
t(lambda: print(sep=5))
t(lambda: isinstance(1, 1))
t(lambda: issubclass(1, int))
t(lambda: hash([]))
t(lambda: {[]: 1})
t(lambda: {[]} )
t(lambda: frozenset([[1]]))
t(lambda: memoryview("x"))
t(lambda: bytes("x"))
t(lambda: bytes(-1))
t(lambda: bytearray([256]))
t(lambda: range(1.5))
t(lambda: range(0, 10, 0))
t(lambda: slice(1, 2)[0])
t(lambda: complex("x"))
t(lambda: abs("x"))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: round(1.5, "x"))
t(lambda: enumerate(5))
t(lambda: zip(1))
t(lambda: list(zip([1], [2, 3], strict=True)))
t(lambda: map(1, [1]).__next__())
t(lambda: vars(1))
t(lambda: open("/nonexistent/x"))
t(lambda: open(".", "zz"))
t(lambda: __import__("nonexistent_mod_x"))
t(lambda: int.from_bytes("ab", "big"))
t(lambda: (255).to_bytes(1, "middle"))
t(lambda: (256).to_bytes(1, "big"))
t(lambda: (-1).to_bytes(1, "big"))
for bases in ["int, str", "int, float", "list, dict", "Exception, dict", "OSError, ValueError", "int, object", "dict, object", "list, Exception", "tuple, int"]:
    try:
        exec(f"class X({bases}): pass"); print(bases, "ok")
    except TypeError as e:
        print(bases, e)
class M(type): pass
try:
    class Y(M, int): pass
except TypeError as e: print(e)
class Meta(type): pass
class A(metaclass=Meta): pass
print(type("Z", (A, int), {}).__mro__)
