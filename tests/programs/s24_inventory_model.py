# A small ORM-like model layer: a metaclass collects typed fields (descriptors with
# __set_name__), __slots__ records, properties with validation, __init_subclass__
# registries and class-level reprs.
class Field:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.slot = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.slot, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.slot, value)

    def __repr__(self):
        return f"Field({self.kind.__name__}, name={self.name!r})"


class ModelMeta(type):
    registry = {}

    def __new__(mcls, name, bases, ns, **kw):
        fields = [k for k, v in ns.items() if isinstance(v, Field)]
        ns.setdefault("__slots__", tuple("_" + f for f in fields))
        cls = super().__new__(mcls, name, bases, ns)
        inherited = [f for b in bases for f in getattr(b, "_fields", ())]
        cls._fields = tuple(inherited + fields)
        if kw.get("register", True):
            mcls.registry[name] = cls
        return cls

    def __repr__(cls):
        return f"<model {cls.__name__} {list(cls._fields)}>"

    def __len__(cls):
        return len(cls._fields)


class Model(metaclass=ModelMeta, register=False):
    __slots__ = ()

    def __init__(self, **kw):
        for name in self._fields:
            if name in kw:
                setattr(self, name, kw.pop(name))
        if kw:
            raise TypeError(f"unknown fields: {', '.join(sorted(kw))}")

    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{type(self).__name__}({inner})"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields)

    __hash__ = None


class Item(Model):
    sku = Field(str)
    qty = Field(int, 0)
    price = Field(float, 0.0)

    @property
    def total(self):
        return round(self.qty * self.price, 2)

    @total.setter
    def total(self, value):
        raise AttributeError("total is derived")


class Perishable(Item):
    days = Field(int, 7)


print(Item, Perishable, len(Perishable), sorted(ModelMeta.registry))
print(Item.sku, Item.__slots__, Perishable.__slots__)
a = Item(sku="A-1", qty=3, price=2.5)
b = Perishable(sku="M-9", qty=2, price=1.25, days=3)
print(a, b, a.total, b.total)
print(a == Item(sku="A-1", qty=3, price=2.5), a == b, a != b)
for attempt in [lambda: setattr(a, "qty", "many"), lambda: setattr(a, "color", "red"),
                lambda: setattr(a, "total", 1), lambda: Item(sku="x", weight=2, colour=1),
                lambda: hash(a), lambda: {a}]:
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(hasattr(a, "__dict__"), Item.total.fget.__name__, type(Item.__dict__["total"]).__name__)
del a._qty
print(a.qty, a, Item.__mro__[1:3] == (Model, object))
inventory = [Item(sku=s, qty=q, price=p) for s, q, p in [("B", 1, 9.99), ("A", 5, 0.5), ("C", 5, 1.0)]]
inventory.sort(key=lambda i: (-i.qty, i.sku))
print([i.sku for i in inventory], sum(i.total for i in inventory))
print(type(Item).__name__, isinstance(Item, ModelMeta), Item.__class__.__mro__)
