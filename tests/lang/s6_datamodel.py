# data model corner cases: protocol misuse and fallbacks, with CPython's messages
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2 ** 70
class StrLen:
    def __len__(self): return "3"
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadIter:
    def __iter__(self): return 5
class BadIndex:
    def __index__(self): return 1.5
class BadHash:
    def __hash__(self): return "h"
class NoHash:
    __hash__ = None
class EqOnly:
    def __eq__(self, o): return True
class BadInt:
    def __int__(self): return "x"
class BadFloat:
    def __float__(self): return 1
class BadNext:
    def __iter__(self): return self
class Plain: pass
NONE, FIVE, S, L, SET = None, 5, "s", [], {1}
checks = [
    ("bool", lambda: bool(BadBool())), ("if", lambda: 1 if BadBool() else 0), ("len", lambda: len(BadLen())),
    ("biglen", lambda: len(BigLen())), ("strlen", lambda: len(StrLen())), ("repr", lambda: repr(BadRepr())),
    ("str", lambda: str(BadStr())), ("print-str", lambda: "%s" % BadStr()), ("fstr", lambda: f"{BadStr()}"),
    ("iter", lambda: iter(BadIter())), ("for", lambda: [x for x in BadIter()]), ("index", lambda: [1][BadIndex()]),
    ("hash", lambda: hash(BadHash())), ("nohash", lambda: hash(NoHash())), ("nohash-set", lambda: {NoHash()}),
    ("eqonly-hash", lambda: hash(EqOnly())), ("int", lambda: int(BadInt())), ("float", lambda: float(BadFloat())),
    ("badnext", lambda: next(BadNext())), ("badnext-iter", lambda: iter(BadNext())),
    ("plain-call", lambda: Plain()()), ("plain-getitem", lambda: Plain()[0]), ("plain-setitem", lambda: Plain().__setitem__),
    ("plain-del", lambda: Plain().__delitem__), ("plain-len", lambda: len(Plain())), ("plain-iter", lambda: iter(Plain())),
    ("plain-in", lambda: 1 in Plain()), ("plain-neg", lambda: -Plain()), ("plain-lt", lambda: Plain() < Plain()),
    ("plain-add", lambda: Plain() + 1), ("plain-iadd", lambda: exec("p = Plain(); p += 1", {"Plain": Plain})),
    ("plain-format", lambda: format(Plain(), "x")), ("plain-abs", lambda: abs(Plain())), ("plain-int", lambda: int(Plain())),
    ("plain-float", lambda: float(Plain())), ("plain-complex", lambda: complex(Plain())), ("plain-round", lambda: round(Plain())),
    ("plain-reversed", lambda: reversed(Plain())), ("plain-matmul", lambda: Plain() @ Plain()), ("plain-pow", lambda: Plain() ** 2),
    ("plain-invert", lambda: ~Plain()), ("plain-sort", lambda: sorted([Plain(), Plain()])), ("plain-max", lambda: max(Plain(), Plain())),
    ("plain-attr", lambda: Plain().x), ("plain-cls-attr", lambda: Plain.x), ("plain-del-attr", lambda: delattr(Plain(), "x")),
    ("obj-setattr", lambda: setattr(object(), "x", 1)), ("int-attr", lambda: (5).x), ("none-attr", lambda: None.x),
    ("none-call", lambda: NONE()), ("int-call", lambda: FIVE()), ("str-call", lambda: S()), ("list-call", lambda: L(1)),
    ("none-sub", lambda: NONE[0]), ("int-sub", lambda: FIVE[0]), ("set-sub", lambda: SET[0]), ("type-sub", lambda: Plain[0]),
    ("int-setitem", lambda: exec("x = 5; x[0] = 1")), ("str-setitem", lambda: exec("x = 'ab'; x[0] = 'c'")),
    ("tuple-del", lambda: exec("x = (1,); del x[0]")), ("len-int", lambda: len(5)), ("neg-str", lambda: -"s"),
    ("str-lt-int", lambda: "a" < 1), ("list-lt-tuple", lambda: [1] < (1,)), ("none-lt", lambda: None < None),
    ("str-minus", lambda: "a" - "b"), ("list-plus-none", lambda: [] + None), ("str-mul-str", lambda: "a" * "b"),
    ("dict-plus", lambda: {} + {}), ("int-plus-str", lambda: 1 + "1"), ("float-mod-str", lambda: 1.0 % "x"),
    ("mod-tuple", lambda: "%s %s" % (1,)), ("bytes-plus-str", lambda: b"" + ""), ("int-and-float", lambda: 1 & 1.0),
    ("shift-float", lambda: 1 << 1.0), ("unpack-none", lambda: exec("a, b = None")), ("star-none", lambda: print(*None)),
    ("kwargs-list", lambda: print(**[])), ("call-kw-int", lambda: dict(**{"a": 1}, a=2)),
]
for name, fn in checks:
    try:
        r = fn()
        print(name, "ok", type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__ + ":", e)
class Fallback:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return NotImplemented if not isinstance(o, Fallback) else self.v < o.v
    def __gt__(self, o): return self.v > o
    def __eq__(self, o): return NotImplemented
    def __iter__(self): return iter(range(self.v))
print(Fallback(1) < Fallback(2), 5 < Fallback(3), Fallback(1) == Fallback(1), 2 in Fallback(3), 9 in Fallback(3), sorted([Fallback(2), Fallback(1)], key=lambda f: f.v)[0].v)
class Reflect:
    def __radd__(self, o): return ("radd", o)
    def __rsub__(self, o): return ("rsub", o)
    def __rmatmul__(self, o): return "rmatmul"
    def __rpow__(self, o, mod=None): return ("rpow", o)
    def __ror__(self, o): return "ror"
    def __rlshift__(self, o): return "rlshift"
print(1 + Reflect(), [] - Reflect(), 2 @ Reflect(), 2 ** Reflect(), {} | Reflect(), 1 << Reflect(), pow(3, Reflect()))
class Sub(int):
    def __radd__(self, o): return "sub radd wins"
print(1 + Sub(2), Sub(2) + 1)
class IAdd:
    def __init__(self): self.log = []
    def __iadd__(self, o): self.log.append(o); return self
    def __add__(self, o): return "add"
ia = IAdd(); ia += 1; ia += 2; print(ia.log, ia + 3)
class GetAttribute:
    def __init__(self): self.real = 1
    def __getattribute__(self, name):
        if name == "fake": return "intercepted"
        return object.__getattribute__(self, name)
    def __getattr__(self, name): return f"fallback:{name}"
ga = GetAttribute(); print(ga.fake, ga.real, ga.missing, getattr(ga, "other"), hasattr(ga, "anything"))
class SetAttr:
    def __setattr__(self, k, v):
        if k.startswith("_"): raise AttributeError(f"cannot set private {k!r}")
        object.__setattr__(self, k, v * 2)
    def __delattr__(self, k): print("del", k); object.__delattr__(self, k)
sa = SetAttr(); sa.x = 2; print(sa.x); del sa.x
try: sa._y = 1
except AttributeError as e: print("AttributeError:", e)
class ClassGet:
    def __class_getitem__(cls, item): return f"{cls.__name__}[{item!r}]"
print(ClassGet[int], ClassGet["x", 1], list[int], dict[str, list[int]], type(list[int]).__name__, tuple[int, ...])
class Slotted:
    __slots__ = ("a", "__dict__")
    def __init__(self): self.a = 1; self.b = 2
sl = Slotted(); print(sl.a, sl.b, sl.__dict__)
class OnlySlots:
    __slots__ = ("a",)
os_ = OnlySlots()
try: os_.a
except AttributeError as e: print("AttributeError:", e)
try: os_.__dict__
except AttributeError as e: print("AttributeError:", e)
class WithDel:
    def __del__(self): print("__del__ called")
wd = WithDel(); del wd; print("after del")
class ReprRec:
    def __repr__(self): return "R<" + repr(self.items) + ">"
lst = [1]; lst.append(lst); dd = {"k": None}; dd["k"] = dd; print(lst, dd, repr([lst, (lst,)]))
import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
class Sq(Shape):
    def area(self): return 4
try: Shape()
except TypeError as e: print("TypeError:", e)
try: Sq()
except TypeError as e: print("TypeError:", e)
class Cm:
    @classmethod
    def make(cls, *a): return cls.__name__, a
    @staticmethod
    def util(x): return x * 2
class Cm2(Cm): pass
print(Cm.make(1), Cm2.make(), Cm2().make(2), Cm.util(3), Cm().util(4), type(Cm.__dict__["make"]).__name__, Cm.__dict__["util"].__func__(5))
class F1:
    def __float__(self): return 1
class I1:
    def __index__(self): return 1.5
class C1:
    def __complex__(self): return 1
class N1:
    def __int__(self): return 1.5
import math
for f in [lambda: math.sqrt(F1()), lambda: float(I1()), lambda: complex(C1()), lambda: int(N1()), lambda: math.floor(F1()), lambda: 1.0 + F1(), lambda: round(F1()), lambda: '%f' % F1(), lambda: '%d' % N1(), lambda: complex(F1()), lambda: [1][I1()], lambda: range(I1())]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
