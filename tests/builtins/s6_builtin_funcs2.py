# more built-in functions: print options, reversed/len protocols, vars/dir/locals, abs/round dunders
import sys
def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
print("a", "b", sep=None, end=None)
print("a", "b", sep="", end="|\n")
print(*range(5), sep=", ")
print()
print("x", file=None)
print("to stdout", file=sys.stdout, flush=True)
show("print sep int", lambda: print("a", sep=1))
show("print end list", lambda: print("a", end=[]))
show("print file int", lambda: print("a", file=1))
show("print bad kw", lambda: print("a", color=1))
class Rev:
    def __reversed__(self): return iter("zyx")
class LenGet:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
class OnlyGet:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i
show("reversed custom", lambda: list(reversed(Rev())))
show("reversed len+getitem", lambda: list(reversed(LenGet())))
show("reversed getitem only", lambda: reversed(OnlyGet()))
show("reversed dict", lambda: list(reversed({"a": 1, "b": 2})))
show("reversed dict items", lambda: list(reversed({"a": 1}.items())))
show("reversed str", lambda: "".join(reversed("héllo")))
show("reversed range", lambda: list(reversed(range(1, 10, 3))))
show("reversed None attr", lambda: reversed(type("R", (), {"__reversed__": None})()))
show("iter None attr", lambda: iter(type("I", (), {"__iter__": None})()))
show("len None attr", lambda: len(type("L", (), {"__len__": None})()))
show("hash None attr", lambda: hash(type("H", (), {"__hash__": None})()))
def local_fn(a, b=2):
    c = a + b
    return sorted(locals().items())
show("locals", lambda: local_fn(1))
show("vars no dict", lambda: vars(5))
show("vars module keys", lambda: "__name__" in vars(sys))
show("dir class", lambda: [n for n in dir(Rev) if not n.startswith("__")] + ["__reversed__" in dir(Rev)])
show("dir instance attr", lambda: "q" in dir(type("T", (), {"q": 1})()))
show("dir custom", lambda: dir(type("D", (), {"__dir__": lambda self: ["b", "a"]})()))
show("dir bad", lambda: dir(type("D2", (), {"__dir__": lambda self: 5})()))
class Num:
    def __abs__(self): return "abs!"
    def __round__(self, n=None): return ("round", n)
    def __index__(self): return 10
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __complex__(self): return 2j
    def __bool__(self): return False
n = Num()
show("abs", lambda: abs(n)); show("round", lambda: round(n)); show("round 2", lambda: round(n, 2)); show("round None", lambda: round(n, None))
show("bin/oct/hex", lambda: (bin(n), oct(n), hex(n))); show("unary", lambda: (-n, +n, ~n, not n)); show("complex", lambda: complex(n))
show("list index", lambda: [0] * 12 and list(range(20))[n]); show("slice with index", lambda: "abcdefghijklm"[n:]); show("range", lambda: range(n)[-1])
show("int of index", lambda: int(n)); show("float of index", lambda: float(n)); show("divmod", lambda: divmod(n, 3))
show("chr big", lambda: chr(0x110000)); show("chr max", lambda: chr(0x10FFFF)); show("ord surrogate-free", lambda: ord("\U0010FFFF"))
show("round float nd", lambda: (round(2.675, 2), round(1e300, 2), round(5e-324, 400), round(float("inf"), 2), round(float("nan"))))
show("round inf", lambda: round(float("inf"))); show("round nan", lambda: round(float("nan")))
show("round int nd", lambda: (round(1234, -2), round(-1250, -2), round(1350, -2), round(7, 0), type(round(7, 0)).__name__))
show("min key+default", lambda: min([], key=len, default="d")); show("max multiple keys", lambda: max("aa", "b", "cc", key=len))
show("min mixed", lambda: min(3, 2.5, True)); show("max strs", lambda: max(["b", "ab", "ba"]))
show("max empty", lambda: max([])); show("min empty key", lambda: min((), key=abs))
show("sum start str", lambda: sum(["a"], "")); show("sum bytes", lambda: sum([b"a"], b"")); show("sum bytearray", lambda: sum([], bytearray()))
show("sum floats", lambda: sum([1e100, 1.0, -1e100])); show("sum kw start", lambda: sum([1], start=2.5))
show("any gen", lambda: any(x > 2 for x in [1, 2, 3])); show("all gen empty", lambda: all(x for x in []))
show("zip 3 strict ok", lambda: list(zip("ab", "cd", "ef", strict=True)))
show("map none", lambda: list(map(None, [1]))); show("filter bad", lambda: list(filter(5, [1])))
show("enumerate big start", lambda: list(enumerate("ab", 2**64))); show("enumerate float start", lambda: enumerate("a", 1.5))
show("isinstance union", lambda: (isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str)))
show("isinstance nested tuple", lambda: isinstance(1, (str, (float, (int,)))))
show("isinstance bad", lambda: isinstance(1, (int, 5)))
show("issubclass non-class", lambda: issubclass(5, int))
show("callable", lambda: (callable(len), callable(Num), callable(n), callable(None), callable(type("C", (), {"__call__": 1})())))
show("getattr default None", lambda: getattr(n, "missing", None)); show("getattr non-str", lambda: getattr(n, 1))
show("id int", lambda: isinstance(id(5), int)); show("hash tuple", lambda: hash((1, 2)) == hash((1, 2))); show("hash frozenset", lambda: hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
show("hash float int eq", lambda: (hash(2.0) == hash(2), hash(-0.0) == hash(0), hash(1e100) == hash(int(1e100))))
show("ascii", lambda: ascii({"ключ": "é\n"})); show("repr nested", lambda: repr([(), [{}], {1: [set()]}]))
show("format spec on None", lambda: format(None, ">5")); show("format obj empty", lambda: format(object(), "")[:8])
show("format bool d", lambda: (format(True, "d"), format(False, "5"), format(True, "")))
show("pow 3 args float", lambda: pow(2, 3, 1.5)); show("pow neg mod", lambda: pow(3, 2, -5)); show("pow zero mod1", lambda: pow(5, 0, 1))
show("divmod floats", lambda: (divmod(-0.0, 1), divmod(5.5, -2), divmod(1e308, 1e-308)))
show("oct/bin negative", lambda: (oct(-8), bin(-0), hex(-0), bin(True)))
show("int base edge", lambda: int("z", 37)); show("int base 1", lambda: int("0", 1)); show("int base neg", lambda: int("0", -1))
show("int from float str", lambda: int("1.0")); show("int base with int", lambda: int(5, 10))
show("str of bytes encoding err", lambda: str(b"\xff", "utf-8")); show("str encoding kw", lambda: str(b"\xff", errors="replace"))
show("bytes from str no enc", lambda: bytes("x")); show("bytes enc not str", lambda: bytes(1, "utf-8")); show("bytes neg", lambda: bytes(-1))
show("bytearray iterable bad", lambda: bytearray(["a"])); show("bytes from float", lambda: bytes(1.5))
show("list from dict", lambda: list({"a": 1, "b": 2})); show("tuple from str", lambda: tuple("ab")); show("set from dict values", lambda: sorted(set({1: "x", 2: "x"}.values())))
show("dict from zip", lambda: dict(zip("ab", [1, 2]))); show("dict from bad", lambda: dict(["ab", "c"])); show("dict kw and map", lambda: dict({"a": 1}, a=2))
show("frozenset repr", lambda: repr(frozenset([1]))); show("slice attrs", lambda: (slice(1, 2, 3).start, slice(5).stop, slice(None).step))
show("slice hash", lambda: hash(slice(1, 2))); show("slice compare", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) < slice(1, 3)))
show("range attrs", lambda: (range(1, 10, 2).start, range(5).step, len(range(10**20)), range(0, 10**20, 7)[-1]))
show("range len overflow", lambda: len(range(2**63 + 1))); show("range eq", lambda: (range(0) == range(5, 1), range(1, 4, 2) == range(1, 5, 2)))
show("object attrs", lambda: (object().__class__.__name__, type(object.__init__).__name__, object.__bases__, type.__bases__))
show("type of type", lambda: (type(type), type(object), isinstance(type, object), isinstance(object, type)))
show("memoryview basic", lambda: (memoryview(b"abc")[1], bytes(memoryview(b"abc")[::2]), memoryview(b"ab").tolist(), len(memoryview(b"xyz"))))
show("__import__", lambda: __import__("os.path").__name__); show("__import__ fromlist", lambda: __import__("os.path", fromlist=["join"]).__name__)
show("compile bad mode", lambda: compile("1", "<s>", "bad")); show("eval stmt", lambda: eval("x = 1")); show("exec returns", lambda: exec("1"))
show("eval with builtins override", lambda: eval("len([1])", {"__builtins__": {"len": lambda x: 99}}))
show("eval no builtins", lambda: eval("len", {"__builtins__": {}}))
