"""AttributeError raised by __getattr__/__getattribute__/properties gets name and obj
from the outermost lookup unless already set (CPython's PyObject_GetAttr); the uncaught
one shows a 'Did you mean' suggestion computed from them."""
import types


class A:
    @property
    def p(self):
        return self.missing_inner

    @property
    def custom(self):
        raise AttributeError("custom property error")

    def __getattr__(self, n):
        if n == "q":
            raise AttributeError("custom")
        if n == "r":
            return self.nested_thing
        if n == "preset":
            raise AttributeError("preset", name="given", obj=42)
        raise AttributeError(n)


class Plain:
    @property
    def broken(self):
        raise AttributeError("no luck")


class Hidden:
    def __getattribute__(self, n):
        raise AttributeError(f"hidden {n}")


for obj, name in [(A(), "p"), (A(), "q"), (A(), "r"), (A(), "zzz"), (A(), "preset"), (A(), "custom"),
                  (Plain(), "broken"), (Hidden(), "x")]:
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(f"getattr {name:<7} {str(e)!r:<26} name={e.name!r:<16} obj={type(e.obj).__name__}")
    try:
        eval(f"obj.{name}")
    except AttributeError as e:
        print(f"dotted  {name:<7} {str(e)!r:<26} name={e.name!r:<16} obj={type(e.obj).__name__}")

mod = types.ModuleType("lazy")
mod.__getattr__ = lambda n: (_ for _ in ()).throw(AttributeError(f"lazy has no {n}"))
try:
    mod.thing
except AttributeError as e:
    print(e, e.name, e.obj is mod)
print(hasattr(A(), "q"), getattr(A(), "q", "default"))


class Settings:
    __slots__ = ("timeout", "retries")

    def __getattr__(self, n):
        raise AttributeError(f"unknown setting {n!r}")


Settings().timout
