# Subscripts far beyond a machine word: IndexError ("cannot fit 'int' into an
# index-sized integer") for every sequence's item access, assignment and deletion.
for obj in ([1, 2], (1, 2), "ab", b"ab", bytearray(b"ab"), range(3)):
    for i in (2**63, 2**64, -2**64, 2**100):
        ops = ("get", "set", "del") if isinstance(obj, (list, bytearray)) else ("get",)
        for op in ops:
            try:
                if op == "get":
                    obj[i]
                elif op == "set":
                    obj[i] = 1
                else:
                    del obj[i]
                r = "ok"
            except Exception as e:
                r = f"{type(e).__name__}: {e}"
            print(type(obj).__name__, op, i.bit_length(), r)
for src in ["[1].pop(2**64)", "bytearray(b'a').pop(2**64)", "'ab'[2**64:]", "[1][:2**100]",
            "[1, 2][::2**64]", "[1, 2][::-2**64]", "tuple(range(5))[2**64::-1]",
            "range(2**64)[2**64 - 1]"]:
    try:
        r = repr(eval(src))
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(src, "->", r)

# Item assignment/deletion on a type that has no such operation: for a type with
# CPython's sequence slots (str, bytes, tuple, range, sets, any class) an integer key is
# converted first, so a huge one (or an __index__ that raises) fails before the
# "does not support" TypeError.
class C:
    pass


class BadIndex:
    def __index__(self):
        raise ValueError("from __index__")


for obj in ((1, 2), "ab", b"ab", range(3), {1}, C(), 5, None, 1.5):
    for key in (0, 2**64, "k", BadIndex()):
        for op in ("set", "del"):
            try:
                if op == "set":
                    obj[key] = 1
                else:
                    del obj[key]
                r = "ok"
            except Exception as e:
                r = f"{type(e).__name__}: {e}"
            print(type(obj).__name__, op, type(key).__name__, r)
