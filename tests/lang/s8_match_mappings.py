# match: mapping patterns, **rest, which types count as mappings (dict and subclasses,
# mappingproxy, collections.abc.Mapping subclasses and registered classes), key lookup
# through get() (no __missing__), duplicate keys at run time.
import collections
import collections.abc
import types


def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **mods} if mods:
            return f"key {k} with {sorted(mods)}"
        case {"type": "key", "key": k}:
            return f"key {k}"
        case {"type": t, **rest}:
            return f"unknown {t} rest={rest}"
        case {}:
            return "empty-or-untyped mapping"
        case _:
            return "not a mapping"


for e in [{"type": "click", "pos": (1, 2)}, {"type": "click", "pos": [3, 4]},
          {"type": "click", "pos": (1, 2, 3)}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "ctrl": False},
          {"type": "key", "key": 5}, {"type": "scroll", "dy": -3, "dx": 0},
          {}, {"pos": (0, 0)}, [("type", "click")], "type", None,
          collections.OrderedDict(type="key", key="z"),
          collections.defaultdict(int, type="click", pos=(9, 9)),
          types.MappingProxyType({"type": "proxy"}),
          collections.Counter(type=3), collections.ChainMap({"type": "c"}, {"x": 1}),
          collections.UserDict({"type": "user", "n": 1})]:
    print(type(e).__name__, "->", handle(e))


# **rest is a new dict without the matched keys, in the subject's order.
d = {"a": 1, "b": 2, "c": 3, "d": 4}
match d:
    case {"c": c, "a": a, **rest}:
        print("a", a, "c", c, "rest", rest, "is d?", rest is d)
match d:
    case {**everything}:
        print("everything", everything, "is d?", everything is d, everything == d)
match {}:
    case {**nothing}:
        print("nothing", nothing)


# defaultdict: lookups use get(), so missing keys are not created.
dd = collections.defaultdict(list)
match dd:
    case {"missing": v}:
        print("found", v)
    case _:
        print("defaultdict unchanged:", dict(dd))


# A Mapping subclass: get() is what gets called.
class Logged(collections.abc.Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, k):
        print("  getitem", repr(k))
        return self.data[k]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def get(self, k, default=None):
        print("  get", repr(k))
        return self.data.get(k, default)


print("Logged:")
match Logged({"x": 1, "y": 2, "z": 3}):
    case {"x": 1, "q": _}:
        print("  no")
    case {"y": y, **others}:
        print("  y", y, "others", others)


# A registered (virtual) Mapping.
class Bag:
    def __init__(self, **kw):
        self.kw = kw

    def get(self, k, default=None):
        return self.kw.get(k, default)

    def __len__(self):
        return len(self.kw)

    def keys(self):
        return self.kw.keys()

    def __getitem__(self, k):
        return self.kw[k]


for attempt in range(2):
    match Bag(a=1, b=2):
        case {"a": a, **rest}:
            print("Bag is a mapping:", a, rest)
        case _:
            print("Bag is not a mapping")
    collections.abc.Mapping.register(Bag)


# Keys can be numbers, None, booleans, bytes, enum members and attribute lookups.
class K:
    ONE = "one"


def keyed(m):
    match m:
        case {0: z, None: n}:
            return ("zero-none", z, n)
        case {K.ONE: v, b"b": w}:
            return ("attr-bytes", v, w)
        case {1.5: f, -2: g}:
            return ("float-neg", f, g)
        case {True: t}:
            return ("true", t)
    return ("none",)


for m in [{0: "z", None: "n"}, {False: "f", None: "n"}, {"one": 1, b"b": 2},
          {1.5: "f", -2: "g"}, {1: "one"}, {True: "t"}, {1.0: "float one"}]:
    print(m, "->", keyed(m))


# Duplicate keys computed at run time raise ValueError.
class Same:
    A = "k"
    B = "k"


try:
    match {"k": 1, "j": 2}:
        case {Same.A: 1, Same.B: 2}:
            pass
except ValueError as e:
    print("ValueError:", e)

# Unhashable key from an attribute lookup.
class Unhashable:
    KEY = ["list"]


try:
    match {"a": 1}:
        case {Unhashable.KEY: 1}:
            pass
except TypeError as e:
    print("TypeError:", e)

# The length check comes first: a mapping shorter than the pattern's keys never gets get().
print("short Logged:")
match Logged({"x": 1}):
    case {"x": 1, "y": 2}:
        print("  matched?")
    case _:
        print("  too short, no get() calls")

# Values are matched with sub-patterns, including nested mappings.
config = {"server": {"host": "localhost", "ports": [80, 443]}, "debug": False}
match config:
    case {"server": {"host": str(host), "ports": [first, *more]}, "debug": False}:
        print("host", host, "first port", first, "more", more)
