"""Descriptors that validate fields, with __set_name__ and error messages."""


class Field:
    def __init__(self, *, default=None, required=True):
        self.default = default
        self.required = required

    def __set_name__(self, owner, name):
        self.name = name
        self.private = "_" + name
        owner._fields = getattr(owner, "_fields", ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        value = self.validate(value)
        setattr(obj, self.private, value)

    def __delete__(self, obj):
        if not hasattr(obj, self.private):
            raise AttributeError(f"{self.name} not set")
        delattr(obj, self.private)

    def validate(self, value):
        return value

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Integer(Field):
    def __init__(self, lo=None, hi=None, **kw):
        super().__init__(**kw)
        self.lo, self.hi = lo, hi

    def validate(self, value):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, not {type(value).__name__}")
        if self.lo is not None and value < self.lo:
            raise ValueError(f"{self.name}={value} is below {self.lo}")
        if self.hi is not None and value > self.hi:
            raise ValueError(f"{self.name}={value} is above {self.hi}")
        return value


class String(Field):
    def __init__(self, maxlen=None, choices=None, **kw):
        super().__init__(**kw)
        self.maxlen = maxlen
        self.choices = choices

    def validate(self, value):
        if not isinstance(value, str):
            raise TypeError(f"{self.name} must be str, not {type(value).__name__}")
        value = value.strip()
        if self.maxlen is not None and len(value) > self.maxlen:
            raise ValueError(f"{self.name} too long ({len(value)} > {self.maxlen})")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name} must be one of {sorted(self.choices)!r}")
        return value


class Model:
    def __init__(self, **kwargs):
        for name in self._fields:
            if name in kwargs:
                setattr(self, name, kwargs.pop(name))
            elif getattr(type(self), name).required and getattr(type(self), name).default is None:
                raise TypeError(f"missing field {name!r}")
        if kwargs:
            raise TypeError(f"unknown fields: {', '.join(sorted(kwargs))}")

    def __repr__(self):
        args = ", ".join(f"{n}={getattr(self, n)!r}" for n in self._fields)
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in self._fields)


class Employee(Model):
    name = String(maxlen=12)
    age = Integer(lo=16, hi=99)
    dept = String(choices={"eng", "ops", "sales"}, default="eng", required=False)
    level = Integer(lo=1, hi=5, default=1, required=False)


print(Employee._fields)
print(Employee.name, Employee.__dict__["age"])
e = Employee(name="  Grace ", age=45)
print(e)
e.level = 3
e.dept = "ops"
print(e, e == Employee(name="Grace", age=45, dept="ops", level=3), e == "Grace")
print(vars(e))

attempts = [
    dict(name="Alan", age=15),
    dict(name="Alan", age=100),
    dict(name="Alan", age="41"),
    dict(name="Alan", age=True),
    dict(name="Bartholomew Q.", age=30),
    dict(name="Ada", age=36, dept="hr"),
    dict(name="Ada"),
    dict(name="Ada", age=36, salary=10),
    dict(name=42, age=36),
]
for kw in attempts:
    try:
        print("ok", Employee(**kw))
    except (TypeError, ValueError) as exc:
        print(f"{type(exc).__name__}: {exc}")

del e.level
print(e.level)
try:
    del e.level
except AttributeError as exc:
    print("AttributeError:", exc)

try:
    e.age = -1
except ValueError as exc:
    print(exc)
print(e.age)


class ReadOnly:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Config:
    version = ReadOnly("1.2.3")


c = Config()
print(c.version, Config.version)
try:
    c.version = "2"
except AttributeError as exc:
    print(exc)
c.__dict__["version"] = "shadow"
print(c.version)
Config.version = "replaced"
print(c.version, Config.version)
