# Method calls on built-in types through one call site: the cached method lookup
# must follow the receiver's type (subclasses overriding the method, other types,
# objects that shadow the name), and descriptors must check their self argument.


def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print("  ", type(e).__name__, e)
    else:
        print("  ok", repr(r))


class LoudStr(str):
    def lower(self):
        return "LOUD:" + str.lower(self)

    def strip(self, chars=None):
        return "<" + str.strip(self, chars) + ">"


class PlainStr(str):
    pass


class Counter(dict):
    def get(self, key, default=None):
        return ("counted", key, default)


class Thing:
    def lower(self):
        return "thing-lower"

    def get(self, key, default=None):
        return "thing-get"


def lower_all(items):
    # one LOAD_METHOD site that meets many receiver types
    out = []
    for x in items:
        out.append(x.lower())
    return out


print("polymorphic lower site:")
print(lower_all(["ABC", LoudStr("DeF"), PlainStr("GhI"), Thing(), b"JKL", bytearray(b"MnO"), "ÉTÉ", ""]))
print(lower_all(["X", "Y", LoudStr("Z"), "W"]))


def get_all(maps, key):
    return [m.get(key, 0) for m in maps]


print("polymorphic get site:")
print(get_all([{"a": 1}, Counter(a=2), Thing(), {"b": 3}, {}], "a"))
print(type(get_all([{"a": 1}], "a")[0]).__name__)


def strip_all(items, chars):
    return [x.strip(chars) for x in items]


print("strip site:")
print(strip_all(["..a..", LoudStr("..b.."), PlainStr("..c.."), "", "....", "é.", ".é"], "."))
print(strip_all(["  a  ", LoudStr("\t b \n"), "\u3000x\u3000", "\x85y\xa0", "\x1cz\x1f"], None))
print([type(x).__name__ for x in strip_all(["a", PlainStr("b"), PlainStr(".c")], ".")])

# A module-level function stored on an instance of a type with a __dict__.
def shout(x):
    return "shout " + x


def f():
    pass


f.lower = lambda: "f.lower from the function's dict"
print(lower_all([f]))

# Method descriptors called unbound with the wrong self.
print("unbound descriptors:")
err(str.lower, 5)
err(str.lower)
err(str.strip, b"  x  ")
err(str.strip, "  x  ", 5)
err(str.strip, "  x  ", ".", ".")
err(str.strip, "  x  ", chars=".")
err(str.lower, "A", "B")
err(str.upper, PlainStr("abc"))
err(dict.get, [], "a")
err(dict.get, {"a": 1})
err(dict.get, {"a": 1}, "a", 2, 3)
err(dict.get, {"a": 1}, key="a")
err(dict.get, Counter(a=5), "a")
err(list.append, (), 1)
err(str.join, ",", ["a", 1])
err(str.join, ",", "abc")

# Bound built-in methods kept and called later.
m = "MiXeD".lower
print(m(), m.__self__, m.__name__)
g = {"k": 1}.get
print(g("k"), g("z"), g("z", "dflt"))
err(g)
err(m, 1)

# Receivers that are not objects on the heap.
print((255).bit_length(), (3.5).is_integer(), True.bit_length(), (-7).to_bytes(2, "big", signed=True))

# The cache survives many types at one site and then the first type again.
for x in [1, 2.5, "s", b"b", [1], (1,), {1: 2}, {3}, 1, "t"]:
    print(type(x).__name__, x.__class__.__name__, x.__sizeof__() > 0)

# Setting attributes on built-in types is refused, so their methods cannot change.
try:
    str.lower = lambda self: "patched"
except TypeError as e:
    print("TypeError", e)
print("STILL".lower())
