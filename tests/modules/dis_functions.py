# Function objects: their attributes, types.FunctionType(code, globals, ...), __wrapped__.
import functools
import types


def plain(a, b=2, *, c=3, d):
    "Plain's doc."
    return a + b + c + d


def annotated(x: int, y: "str" = "s", *args: float, z: list = None, **kw: dict) -> bool:
    return True


def counter():
    n = 0

    def inc():
        nonlocal n
        n += 1
        return n
    return inc


class Box:
    def method(self):
        return self


print(plain.__name__, plain.__qualname__, plain.__module__, plain.__doc__)
print(plain.__defaults__, plain.__kwdefaults__, plain.__closure__)
print(plain.__globals__ is globals(), plain.__code__.co_name, plain.__dict__)
print(annotated.__annotations__)
print((lambda: 0).__annotations__, (lambda: 0).__name__, (lambda: 0).__qualname__)
inc = counter()
print(inc.__qualname__, len(inc.__closure__), type(inc.__closure__[0]).__name__,
      inc.__closure__[0].cell_contents, inc(), inc.__closure__[0].cell_contents)
print(Box.method.__qualname__, Box().method.__func__ is Box.method)
print(isinstance(plain, types.FunctionType), type(plain) is types.FunctionType,
      types.FunctionType.__name__, types.LambdaType is types.FunctionType)

# writable attributes
plain.__doc__ = "new doc"
plain.custom = 1
plain.__defaults__ = (20,)
plain.__kwdefaults__ = {"c": 30, "d": 40}
print(plain.__doc__, plain.__dict__, plain(1), plain(1, 2))
plain.__name__ = "renamed"
plain.__qualname__ = "Q.renamed"
print(plain.__name__, plain.__qualname__, repr(plain).split(" at ")[0])
annotated.__annotations__ = {"x": str}
print(annotated.__annotations__)
try:
    plain.__name__ = 3
except TypeError as e:
    print("TypeError:", e)
try:
    plain.__defaults__ = 5
except TypeError as e:
    print("TypeError:", e)

# FunctionType(code, globals, name=None, argdefs=None, closure=None)
def template(x, y=1):
    return x * y + OFFSET


g = {"OFFSET": 100}
f = types.FunctionType(template.__code__, g)
print(f.__name__, f.__qualname__, f.__defaults__, f.__globals__ is g, f(2, 3))
f2 = types.FunctionType(template.__code__, g, "named", (5,))
print(f2.__name__, f2.__defaults__, f2(2))
f3 = types.FunctionType(compile("result = 7 * 6", "<s>", "exec"), {})
print(f3(), f3.__name__)
ns = {}
exec(f3.__code__, ns)
print(ns["result"])
cell_fn = counter()
f4 = types.FunctionType(cell_fn.__code__, {}, "again", None, cell_fn.__closure__)
print(f4(), f4(), cell_fn())
for args in ((template.__code__,), (template.__code__, 1), (1, {}),
             (cell_fn.__code__, {}), (template.__code__, {}, 5)):
    try:
        types.FunctionType(*args)
    except TypeError as e:
        print("TypeError:", e)

# __wrapped__ from functools.wraps / update_wrapper
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def wrapped(a, b):
    "wrapped doc"
    return a - b


print(wrapped.__name__, wrapped.__doc__, wrapped.__wrapped__.__name__,
      wrapped(5, 3), wrapped.__wrapped__(5, 3), hasattr(template, "__wrapped__"))
print(wrapped.__qualname__, wrapped.__module__)
cached = functools.lru_cache(maxsize=None)(template)
print(cached.__wrapped__ is template, cached.__name__)
