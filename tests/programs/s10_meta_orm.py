"""A toy ORM: descriptors, metaclasses, __set_name__, __init_subclass__, properties."""
import functools
import inspect
import weakref


class ValidationError(ValueError):
    pass


class Field:
    _counter = 0

    def __init__(self, *, default=None, required=False):
        self.default = default
        self.required = required
        Field._counter += 1
        self.order = Field._counter

    def __set_name__(self, owner, name):
        self.name = name
        self.attr = "_f_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.attr, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.attr, self.validate(value))

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete field {self.name!r}")

    def validate(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class IntField(Field):
    def __init__(self, *, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValidationError(f"{self.name} must be int, not {type(value).__name__}")
        if self.lo is not None and value < self.lo:
            raise ValidationError(f"{self.name}={value} below {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValidationError(f"{self.name}={value} above {self.hi}")
        return value


class StrField(Field):
    def validate(self, value):
        if not isinstance(value, str):
            raise ValidationError(f"{self.name} must be str")
        return value.strip()


class ModelMeta(type):
    models = {}

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return {"_declared_order": []}

    def __new__(mcs, name, bases, ns, table=None, **kw):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        cls = super().__new__(mcs, name, bases, ns, **kw)
        inherited = {}
        for b in reversed(cls.__mro__[1:]):
            inherited.update(getattr(b, "_fields", {}))
        inherited.update(fields)
        cls._fields = dict(sorted(inherited.items(), key=lambda kv: kv[1].order))
        cls._table = table or name.lower() + "s"
        if bases:
            mcs.models[name] = cls
        return cls

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        missing = [n for n, f in cls._fields.items() if f.required and getattr(obj, n) is None]
        if missing:
            raise ValidationError(f"{cls.__name__} missing: {', '.join(missing)}")
        cls._instances.append(obj)
        return obj

    def __repr__(cls):
        return f"<model {cls.__name__} table={cls._table}>"

    def __len__(cls):
        return len(cls._instances)


class Model(metaclass=ModelMeta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls._instances = []

    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"{type(self).__name__} has no field {k!r}")
            setattr(self, k, v)

    def __repr__(self):
        parts = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({parts})"

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)

    __hash__ = None


class User(Model, table="people"):
    name = StrField(required=True)
    age = IntField(lo=0, hi=150, default=0)

    @property
    def is_adult(self):
        return self.age >= 18

    @functools.cached_property
    def slug(self):
        print("  (computing slug)")
        return self.name.lower().replace(" ", "-")


class Admin(User):
    level = IntField(lo=1, hi=3, default=1)


def main():
    u = User(name="  Ada Lovelace ", age=36)
    print(u, u.is_adult, u.slug, u.slug)
    print(User, Admin, sorted(ModelMeta.models), list(Admin._fields))
    print(User.name, User.__dict__["age"], type(User).__name__)
    a = Admin(name="Root", level=3)
    print(a, a == Admin(name="Root", level=3), a != u, a == u)
    for bad in ({"name": "X", "age": -1}, {"name": "X", "age": "3"}, {"age": 3},
                {"name": "Y", "email": "y@x"}, {"name": 5}):
        try:
            User(**bad)
        except (ValidationError, TypeError) as e:
            print(f"{type(e).__name__}: {e}")
    try:
        del u.age
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        hash(u)
    except TypeError as e:
        print("TypeError:", e)
    try:
        a.level = 9
    except ValidationError as e:
        print("ValidationError:", e, isinstance(e, ValueError))
    print("instances:", len(User), len(Admin))
    print("_declared_order" in User.__dict__, User.__mro__[1:3])
    print(inspect.getmro(Admin)[:3])
    print([n for n, _ in inspect.getmembers(User, lambda m: isinstance(m, property))])
    print(isinstance(User.__dict__["slug"], functools.cached_property), "slug" in vars(u))
    print(u.__dict__)
    u.age = 37
    print(vars(u)["_f_age"], getattr(u, "nope", "dflt"), hasattr(User, "is_adult"))
    p = property(lambda self: 1, doc="docs")
    print(p.__doc__, p.fget(None), p.fset)
    try:
        u.is_adult = False
    except AttributeError as e:
        print("AttributeError:", e)


main()
