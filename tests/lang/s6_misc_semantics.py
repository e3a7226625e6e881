# assorted language semantics a user script hits
from dataclasses import dataclass, field
from collections import namedtuple, OrderedDict, Counter, defaultdict
import enum

@dataclass(order=True)
class Item:
    price: float
    name: str = field(compare=False)
    tags: list = field(default_factory=list, repr=False)
inv = [Item(3.5, "pen"), Item(1.25, "clip", ["x"]), Item(10, "book")]
print(sorted(inv), max(inv).name, inv[0] == Item(3.5, "other"), Item(1, "a") < Item(2, "b"))
Point = namedtuple("Point", "x y", defaults=[0])
pt = Point(1); print(pt, pt._replace(y=5), pt._asdict(), Point._fields, pt + (9,), pt.x, pt[1], Point(*range(2)))
try: Point()
except TypeError as e: print("TypeError:", e)
class Color(enum.Enum):
    RED = 1; GREEN = 2; BLUE = 3
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), Color.RED.name, Color.RED.value, Color.RED in Color, len(Color))
try: Color(9)
except ValueError as e: print("ValueError:", e)
class Perm(enum.IntFlag):
    R = 4; W = 2; X = 1
print(Perm.R | Perm.W, int(Perm.R | Perm.X), Perm(7), Perm.R & 6, repr(Perm(0)))
cnt = Counter("abracadabra"); print(cnt.most_common(3), cnt["z"], sorted(cnt.elements())[:5], cnt + Counter("aaz"), cnt - Counter("a" * 10))
dd = defaultdict(list); [dd[len(w)].append(w) for w in "the quick brown fox jumps".split()]; print(dict(dd), dd.default_factory)
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od), od.popitem(last=False))
def kwonly(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
print(kwonly(1, c=3), kwonly(1, 2, 3, 4, c=5, e=6), kwonly(*[1], **{"c": 0}))
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
for bad in [lambda: kwonly(1), lambda: kwonly(), lambda: kwonly(1, c=1, a=2), lambda: posonly(a=1, b=2, c=3), lambda: posonly(1, 2, 3, 4), lambda: (lambda: 0)(1), lambda: (lambda x: 0)(y=1), lambda: kwonly(1, **{"c": 1}, **{"c": 2}), lambda: dict(**{1: 2})]:
    try: bad()
    except TypeError as e: print("TypeError:", e)
first, *mid, last = range(6); print(first, mid, last); (a, b), c = "xy", 3; print(a, b, c)
try: x, y = [1, 2, 3]
except ValueError as e: print("ValueError:", e)
try: x, y, z = [1]
except ValueError as e: print("ValueError:", e)
try: x, *y, z = [1]
except ValueError as e: print("ValueError:", e)
try: a, b = 5
except TypeError as e: print("TypeError:", e)
print(*[1, 2], *"ab", sep="|", end="!\n"); print({**{"a": 1}, **{"b": 2}}, [*range(3), *{}], (*"xy",))
print(1 if [] else 2, [] or "default", 0 and 1, None or 0 or "", not None, 3 > 2 > 1, 1 < 3 > 2 == 2, "a" < "b" != "c")
i = 0
while True:
    i += 1
    if i > 5: break
else: print("never")
for j in []: pass
else: print("for-else ran")
print(i, type(lambda: 0).__name__, (lambda *a, **k: (a, k))(1, x=2))
def deco(tag):
    def wrap(fn):
        import functools
        @functools.wraps(fn)
        def inner(*a, **k): return f"<{tag}>{fn(*a, **k)}</{tag}>"
        return inner
    return wrap
@deco("b")
@deco("i")
def hello(n): "doc"; return f"hi {n}"
print(hello("x"), hello.__name__, hello.__doc__, hello.__wrapped__.__name__)
class Stack(list):
    def push(self, x): self.append(x); return self
    def __repr__(self): return f"Stack({list.__repr__(self)})"
s = Stack([1]); s.push(2).push(3); print(s, len(s), s[-1], isinstance(s, list), s + [4], type(s + [4]).__name__, s * 2, s == [1, 2, 3])
class UpperStr(str):
    def __new__(cls, v): return super().__new__(cls, v.upper())
u = UpperStr("abc"); print(u, repr(u), u + "d", type(u + "d").__name__, u.lower(), isinstance(u, str), len(u), u == "ABC", {u: 1}["ABC"])
class MyInt(int):
    def __add__(self, o): return MyInt(int(self) + int(o) + 1000)
    def __repr__(self): return f"MyInt({int(self)})"
mi = MyInt(5); print(mi + 1, 1 + mi, mi * 2, repr(mi), str(mi), f"{mi:04d}", mi == 5, hash(mi) == hash(5), bool(MyInt(0)))
class MyDict(dict):
    def __missing__(self, k): return k * 2
md = MyDict(a=1); print(md["a"], md["zz"], md.get("zz"), "zz" in md, md)
print(type("X", (object,), {"v": 1})().v, type(3).__name__, type.__name__, object.__name__, int.__mro__, bool.__mro__)
g = {"__builtins__": __builtins__}; exec("def f(): return 42", g); print(g["f"](), eval("f() + 1", g))
print(globals().get("undefined_name", "nope"), __name__, __doc__, sorted(k for k in dir() if k.startswith("P")))
try: undefined_name
except NameError as e: print("NameError:", e)
def uses_before():
    try: print(loc)
    except UnboundLocalError as e: print("UnboundLocalError:", e)
    loc = 1
uses_before()
try: print(undefined_fn())
except NameError as e: print("NameError:", e, e.name)
try: "abc".uper()
except AttributeError as e: print("AttributeError:", e, e.name)
try: import nonexistent_mod_xyz
except ModuleNotFoundError as e: print("ModuleNotFoundError:", e, e.name)
try: from os import nonexistent_name
except ImportError as e: print("ImportError:", str(e).split(" (")[0])
