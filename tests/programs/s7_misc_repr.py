"""A JSON-like pretty printer plus a tour of reprs of builtin containers and recursive data."""
import pprint
import copy
import reprlib
import sys
import warnings
from collections import Counter, deque, defaultdict, OrderedDict, namedtuple


def pretty(obj, indent=0, step=2):
    pad = " " * indent
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        items = [f"{pad}{' ' * step}{pretty(k)}: {pretty(v, indent + step)}" for k, v in obj.items()]
        return "{\n" + ",\n".join(items) + f"\n{pad}}}"
    if isinstance(obj, (list, tuple)):
        if not obj:
            return "[]"
        if all(isinstance(x, (int, float, str, bool, type(None))) for x in obj) and len(obj) <= 4:
            return "[" + ", ".join(pretty(x) for x in obj) + "]"
        return "[\n" + ",\n".join(f"{pad}{' ' * step}{pretty(x, indent + step)}" for x in obj) + f"\n{pad}]"
    if obj is None:
        return "null"
    if isinstance(obj, bool):
        return "true" if obj else "false"
    if isinstance(obj, str):
        esc = obj.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{esc}"'
    if isinstance(obj, float):
        return repr(obj) if obj == obj else "NaN"
    if isinstance(obj, int):
        return str(obj)
    raise TypeError(f"cannot pretty-print {type(obj).__name__}")


doc = {"name": "weft", "version": [0, 6, 1], "tags": ("fast", "free-threaded"), "ok": True,
       "none": None, "ratio": 0.1 + 0.2, "nan": float("nan"), "nested": {"list": [{"a": 1}, [], {}],
       "quote": 'say "hi"\n', "big": 10 ** 25}, "empty": {}}
print(pretty(doc))
try:
    pretty({"s": {1}})
except TypeError as e:
    print(e)

pprint.pprint(doc, width=50, sort_dicts=False)
pprint.pprint(list(range(30)), compact=True, width=40)
pprint.pprint({"z": [1, 2], "a": {"deep": {"deeper": {"deepest": list("abcdefghij")}}}}, depth=3)
print(pprint.pformat(("x" * 30, "y" * 30, {"k": "v" * 40}), width=60))

lst = [1, 2]
lst.append(lst)
d = {"self": None}
d["self"] = d
print(lst, d, repr(lst), str([d, d]))
cp = copy.deepcopy(lst)
print(cp[2] is cp, cp is lst, cp == [1, 2, cp] if False else len(cp))
shallow = copy.copy(doc)
print(shallow["version"] is doc["version"], copy.deepcopy(doc)["version"] is doc["version"])

r = reprlib.Repr()
r.maxlist = 3
r.maxstring = 12
print(r.repr(list(range(100))), r.repr("a" * 50), reprlib.repr(set(range(20))), reprlib.repr({i: i for i in range(10)}))
P = namedtuple("P", "x y")
print([P(1, 2)], {P(0, 0): "origin"}, deque([P(1, 1)]), OrderedDict(a=P(2, 3)), defaultdict(int, {"q": 1}))
print(Counter("hello"), Counter(), deque(), OrderedDict(), set(), frozenset(), frozenset({1}), {1: {2: {3: set()}}})
print(repr("it's"), repr('say "x"'), repr("both ' and \""), repr("\x00\x7f\u200b\t\\"), repr(b"\x00a'\""), repr(bytearray(b"hi")))
print(str(b"bytes"), [1.0, -0.0, 1e100, float("-inf")], (1,), (), [()], {(): []}, range(0, 10, 3), slice(1, None, -1))
print(repr(Ellipsis), ..., NotImplemented, type(None), type(...), int, object, print, len)
print(KeyError("k"), repr(KeyError("k")), KeyError("a", "b"), repr(ValueError()), str(OSError(2, "No such file")), repr(StopIteration(5)))
print(repr(Exception("x", 1)), str(Exception("x", 1)), str(Exception()), repr(ZeroDivisionError("division by zero")))
print(sorted({3: "c", 1: "a", 2: "b"}.items()), list({"b": 1, "a": 2}), {"b": 1, "a": 2}.keys(), {"x": 1}.values(), {"x": 1}.items())
print(type({}.keys()).__name__, type(iter([])).__name__, type(iter(range(3))).__name__, type(zip()).__name__, type(x for x in "").__name__)
warnings.warn("this is deprecated", DeprecationWarning)
warnings.warn("plain user warning")
warnings.simplefilter("error")
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", e)
print("to stderr", file=sys.stderr)
sys.stdout.write("written directly\n")
print(*["a", "b"], sep=" | ", end=" <end>\n")
print()
print("", end="")
print(None, True, False, 0, "", sep=",")
