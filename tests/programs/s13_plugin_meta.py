"""A plugin framework: metaclasses, __init_subclass__, __set_name__ descriptors, __class_getitem__."""
import sys


class Registry(type):
    plugins = {}

    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        ns = {"_order": []}
        return _Recording(ns)

    def __new__(mcls, name, bases, ns, **kw):
        order = ns.pop("_order")
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls._field_order = [n for n in order if not n.startswith("_")]
        if bases:
            key = kw.get("key", name.lower())
            if key in mcls.plugins:
                raise TypeError(f"duplicate plugin key {key!r}")
            mcls.plugins[key] = cls
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)

    def __repr__(cls):
        return f"<plugin class {cls.__name__}>"

    def __len__(cls):
        return len(cls._field_order)


class _Recording(dict):
    def __setitem__(self, key, value):
        if key not in self:
            self["_order"].append(key)
        super().__setitem__(key, value)


class Option:
    def __init__(self, default, kind=str, choices=None):
        self.default, self.kind, self.choices = default, kind, choices

    def __set_name__(self, owner, name):
        self.owner_name = owner.__name__
        self.name = name
        self.attr = "_opt_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        try:
            value = self.kind(value)
        except (TypeError, ValueError) as e:
            raise TypeError(f"{self.owner_name}.{self.name}: {e}") from None
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.owner_name}.{self.name} must be one of {sorted(self.choices)}, got {value!r}")
        setattr(obj, self.attr, value)

    def __repr__(self):
        return f"Option({self.name}={self.default!r})"


class Plugin(metaclass=Registry):
    hooks = []

    def __init_subclass__(cls, /, priority=0, **kw):
        super().__init_subclass__()
        cls.priority = priority
        Plugin.hooks.append((priority, cls.__name__))

    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item!r}]"

    def __init__(self, **opts):
        for k, v in opts.items():
            if not isinstance(getattr(type(self), k, None), Option):
                raise AttributeError(f"{type(self).__name__} has no option {k!r}")
            setattr(self, k, v)

    def describe(self):
        parts = [f"{n}={getattr(self, n)!r}" for n in type(self)._field_order
                 if isinstance(getattr(type(self), n), Option)]
        return f"{type(self).__name__}({', '.join(parts)})"


class Compress(Plugin, key="zip", priority=5):
    level = Option(6, int, choices=range(10))
    method = Option("deflate", choices={"deflate", "lzma", "store"})

    def run(self, data):
        return f"compressed {len(data)}B at level {self.level} via {self.method}"


class Encrypt(Plugin, priority=9):
    cipher = Option("aes")
    rounds = Option(10, int)

    def run(self, data):
        return f"encrypted with {self.cipher}x{self.rounds}"


class Audit(Plugin):
    verbose = Option(False, bool)

    def run(self, data):
        return "audited" + (" loudly" if self.verbose else "")


print(sorted(Registry.plugins), Plugin.hooks)
print(repr(Compress), len(Compress), Compress._field_order, Encrypt.priority, Audit.priority)
print(Compress.level, Compress.__dict__["method"].attr, type(Compress).__name__, Plugin[int], Plugin["x"], Compress[str])
pipeline = [Registry.plugins[k](**o) for k, o in
            [("zip", {"level": "9"}), ("encrypt", {"rounds": 14}), ("audit", {"verbose": 1})]]
for p in sorted(pipeline, key=lambda p: -p.priority):
    print(f"{p.priority:>2} {p.describe():<40} {p.run(b'x' * 100)}")

for bad in [dict(level=11), dict(level="high"), dict(method="zstd"), dict(colour=1)]:
    try:
        Compress(**bad)
    except (TypeError, ValueError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")

print(isinstance(Compress, Registry), issubclass(Registry, type), Compress.__mro__)
print(type.__instancecheck__(Registry, Encrypt), Plugin.__subclasses__())
c = Compress()
print(c.level, vars(c), c.describe())
c.level = 3
print(vars(c), Compress.__dict__["level"].__get__(c), Compress.level.__get__(None, Compress))


class Meta2(type):
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.created_by = "Meta2"
        return inst


class Widget(metaclass=Meta2):
    def __init__(self, n):
        self.n = n


w = Widget(3)
print(w.n, w.created_by, type(Widget).__name__)
print("now a duplicate key:", file=sys.stderr)


class Zipper(Plugin, key="zip"):
    pass
