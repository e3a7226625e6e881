class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)
class T: pass
t = T(); t.a = 1
p = Proxy(t)
print(p.a)
p.b = 2
print(t.b, p.b)
del p.a
try:
    p.a
except AttributeError as e:
    print("AttributeError:", e)
print(p._log)

class Audit:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<default {name}>"
a = Audit()
print(a.x, a.secret_key, a.other)
print(getattr(a, "secret", "fallback"), hasattr(a, "secret"))
class Strict:
    def __getattr__(self, n):
        raise AttributeError(n)
print(getattr(Strict(), "q", 42))
def counter():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc(5)
print(get(), inc.__closure__[0].cell_contents)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
x = "global"
class Scope:
    x = "class"
    vals = [x for _ in range(2)]
    y = (lambda: x)()
print(Scope.vals, Scope.y)
def outer():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 10
            return v
        return inner()
    return mid(), v
print(outer())
print([(y := n * 2) for n in range(3)], y)
if (n := len("hello")) > 3:
    print(f"{n=}")
data = [1, 2, 3, 4]
print([s for x in data if (s := x * x) > 4])
first, *mid, last = range(6)
print(first, mid, last)
(a, b), *c = [(1, 2), 3, 4]
print(a, b, c)
print(*[1, 2], *"ab", sep="|")
print({**{"a": 1}, "b": 2, **dict(c=3)})
print([*range(3), *{4: 0}], {*"aa", *"b"} == {"a", "b"})
def kw(*args, **kwargs): return args, kwargs
print(kw(*(1, 2), *[3], **{"x": 1}, y=2))
for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, *c = [1]
except ValueError as e:
    print(e)
try:
    a, b = 1
except TypeError as e:
    print(e)
