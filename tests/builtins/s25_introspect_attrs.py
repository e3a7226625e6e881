# The attributes dir() lists for built-in types and exceptions, as CPython's
# member and getset descriptors: AttributeError.name/obj, NameError.name, the
# Unicode errors' fields, OSError.characters_written, property/super/
# staticmethod/classmethod internals and builtin functions' names.
def public(t):
    return sorted(n for n in dir(t) if not n.startswith("__"))


def extra(t, base=object):
    return sorted(set(dir(t)) - set(dir(base)))


for exc in [AttributeError, NameError, UnicodeDecodeError, UnicodeEncodeError,
            UnicodeTranslateError, OSError, FileNotFoundError, SyntaxError, StopIteration,
            SystemExit, ImportError, KeyError]:
    print(f"{exc.__name__:<22}", public(exc))
for t in [property, super, staticmethod, classmethod]:
    print(f"{t.__name__:<22}", extra(t))

print(type(AttributeError.__dict__["name"]).__name__, type(NameError.__dict__["name"]).__name__,
      type(OSError.__dict__["characters_written"]).__name__, type(property.__dict__["fget"]).__name__,
      "start" in vars(UnicodeError), "start" in vars(UnicodeDecodeError))

e = AttributeError("plain")
print(e.name, e.obj, NameError("n").name)
try:
    "text".nosuch
except AttributeError as err:
    print(err.name, err.obj)
u = UnicodeDecodeError("utf-8", b"a\xffb", 1, 2, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
u.start, u.reason = 0, "patched"
print(u)
o = OSError(2, "gone")
print(hasattr(o, "characters_written"))
o.characters_written = 7
print(o.characters_written, o.errno, o.strerror)


def f():
    "doc"


sm, cm = staticmethod(f), classmethod(f)
print(sm.__func__ is f, cm.__wrapped__ is f, sm.__isabstractmethod__, sm.__doc__)
p = property(lambda self: 1, doc="a prop")
print(p.fget.__name__, p.fset, p.fdel, p.__doc__, p.__isabstractmethod__)


class A:
    def who(self):
        return super()


s = A().who()
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
print(len.__name__, len.__qualname__, len.__module__, [].append.__qualname__, type([].append.__self__).__name__)


class Logged(property):
    """A property that learns its name from property.__set_name__'s hook."""

    def __set_name__(self, owner, name):
        print(f"naming {owner.__name__}.{name}")
        super().__set_name__(owner, name)


class Sensor:
    reading = Logged(lambda self: 21.5)


print(Sensor().reading)
try:
    Sensor().reading = 3
except AttributeError as err:
    print(err)
try:
    property().__set_name__(Sensor)
except TypeError as err:
    print(err)
