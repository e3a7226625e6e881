# Attribute lookup rules: data vs non-data descriptors against the instance
# dict, __getattr__ as the last resort, __getattribute__ overrides, properties
# overridden and extended in subclasses, __slots__ with inheritance, __set_name__,
# class-level descriptors via a metaclass, and __dict__/vars views.
class Typed:
    def __init__(self, kind, default=None):
        self.kind, self.default = kind, default

    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, cls=None):
        if obj is None:
            return f"<Typed {self.owner}.{self.name}:{self.kind.__name__}>"
        return obj.__dict__.get(self.name, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        obj.__dict__[self.name] = value

    def __delete__(self, obj):
        print(f"deleting {self.name}")
        obj.__dict__.pop(self.name, None)


class Lazy:
    """A non-data descriptor: the instance dict wins once filled."""

    def __init__(self, fn):
        self.fn = fn

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        print(f"computed {self.fn.__name__}")
        return value


class Product:
    name = Typed(str, "?")
    price = Typed(float, 0.0)

    def __init__(self, name, price):
        self.name, self.price = name, price

    @Lazy
    def slug(self):
        return self.name.lower().replace(" ", "-")

    def __getattr__(self, attr):
        if attr.startswith("is_"):
            return attr[3:] in self.name.lower()
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {attr!r}")


p = Product("Blue Chair", 49.5)
print(p.name, p.price, Product.name, Product.price)
print(p.slug, p.slug, vars(p))
p.__dict__["name"] = "shadow"
print(p.name, "| data descriptor wins over the instance dict")
p.__dict__["slug"] = "manual"
print(p.slug, "| instance dict wins over a non-data descriptor")
print(p.is_chair, p.is_table)
try:
    p.colour
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.price = "cheap"
except TypeError as e:
    print("TypeError:", e)
del p.price
print(p.price)


class Base:
    __slots__ = ("x",)

    def __init__(self):
        self.x = 1

    @property
    def label(self):
        return f"Base(x={self.x})"


class Child(Base):
    __slots__ = ("y",)

    def __init__(self):
        super().__init__()
        self.y = 2

    @property
    def label(self):
        return super().label + f"+Child(y={self.y})"

    @label.setter
    def label(self, v):
        self.x, self.y = map(int, v.split(","))


class Loose(Child):
    pass


c = Child()
print(c.label)
c.label = "7,8"
print(c.label, Child.__slots__, hasattr(c, "__dict__"))
try:
    c.z = 3
except AttributeError as e:
    print("AttributeError:", e)
lo = Loose()
lo.z = 3
print(lo.z, vars(lo), Loose.__mro__[1:3])
print(Base.label.fset, Child.label.fset is not None)
try:
    Base.label.__set__(c, "1,1")
except AttributeError as e:
    print("AttributeError:", e)


class Audited:
    def __getattribute__(self, name):
        if not name.startswith("_"):
            print(f"  get {name}")
        return super().__getattribute__(name)

    def __setattr__(self, name, value):
        print(f"  set {name}={value!r}")
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print(f"  del {name}")
        super().__delattr__(name)


a = Audited()
a.v = 1
a.v += 1
print(a.v)
del a.v
print(getattr(a, "v", "gone"), hasattr(a, "v"))


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls

    @property
    def plural(cls):
        return cls.__name__.lower() + "s"


class Model(metaclass=Registry):
    pass


class Order(Model):
    pass


print(Registry.classes, Order.plural, hasattr(Order(), "plural"), type(Order).__name__)
