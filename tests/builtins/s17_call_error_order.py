# Which TypeError a bad call reports first, as CPython 3.11: keyword errors (unexpected,
# multiple values, positional-only) before too many positional arguments; zip() with
# several keywords; bytes()/bytearray() check encoding/errors are str before the source.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print("EXC", type(e).__name__, e)
def noarg(): pass
def k(x, y, z): pass
def g(a, b=2, *, c): pass
def po(a, /, b): pass
def kw(a, **k): return k
t(lambda: noarg(1, 2, a=1))
t(lambda: k(1, 2, 3, 4, zz=1))
t(lambda: k(1, 2, 3, 4, x=1))
t(lambda: k(1, 2, 3, 4, z=1))
t(lambda: g(1, 2, 3, c=1))
t(lambda: g(1, 2, 3, c=1, d=2))
t(lambda: g(1, 2, 3, a=1))
t(lambda: po(1, 2, 3, a=1))
t(lambda: po(1, 2, 3, b=1))
t(lambda: kw(1, 2, a=3))
t(lambda: kw(1, 2, b=3))
class C:
    def m(self, x): pass
t(lambda: C().m(1, 2, y=3))
t(lambda: C().m(1, 2, x=3))
t(lambda: (lambda: 0)(1, q=2))
t(lambda: bytes(1, 2))
t(lambda: bytes("x", 2))
t(lambda: bytes("x", "ascii", 3))
t(lambda: bytes(b"x", "ascii"))
t(lambda: bytes(b"x", errors=None))
t(lambda: bytes(encoding="ascii"))
t(lambda: bytes(encoding=1))
t(lambda: bytearray(1, 2))
t(lambda: bytearray([1], errors="strict"))
t(lambda: bytearray("é", "ascii", "replace"))
t(lambda: list(zip(strict=1, x=2)))
t(lambda: list(zip([1], x=2)))
t(lambda: list(zip([1], [2], strict=True)))
t(lambda: list(zip(a=1, b=2, c=3)))
