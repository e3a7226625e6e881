"""Function-call mechanics and their exact error messages, f-string debugging, unpacking."""


def area(w, h=1, *, unit="m"):
    return f"{w * h}{unit}²"


def collect(a, /, b, *args, c, d=4, **kw):
    return a, b, args, c, d, kw


class Box:
    def __init__(self, x):
        self.x = x

    def scale(self, k):
        return Box(self.x * k)

    @classmethod
    def make(cls, *, x):
        return cls(x)

    @staticmethod
    def unit():
        return Box(1)


tests = [
    lambda: area(),
    lambda: area(1, 2, 3),
    lambda: area(1, unit="cm", h=2),
    lambda: area(1, colour="red"),
    lambda: area(1, w=2),
    lambda: area(1, 2, "km"),
    lambda: collect(1, 2, 3, c=5, z=6),
    lambda: collect(a=1, b=2, c=3),
    lambda: collect(1, 2),
    lambda: collect(1, b=2, c=3, b=4) if False else collect(1, **{"b": 2, "c": 3, "e": 9}),
    lambda: collect(1, 2, c=3, **{"c": 4}),
    lambda: Box(),
    lambda: Box(1, 2),
    lambda: Box(2).scale(),
    lambda: Box.scale(3),
    lambda: Box.make(5),
    lambda: Box.make(x=5).x,
    lambda: Box.unit(1),
    lambda: (lambda x, y: x)(1),
    lambda: len(),
    lambda: len([], []),
    lambda: int("1", "2", 3),
    lambda: sorted([3, 1], lambda v: v),
    lambda: max(),
    lambda: max([]),
    lambda: min(1),
    lambda: "x".join([1, 2]),
    lambda: divmod(1),
    lambda: getattr(Box(1)),
    lambda: isinstance(1, "int"),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: print(sep=5),
    lambda: "abc".split(maxsplit="2"),
    lambda: range(1, 2, 0),
    lambda: range("3"),
    lambda: list(1),
    lambda: dict([(1, 2, 3)]),
    lambda: dict([1]),
    lambda: enumerate(),
    lambda: zip(1),
    lambda: abs("x"),
    lambda: -"x",
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * "2",
    lambda: None(),
    lambda: 5(),
    lambda: Box(1)[0],
    lambda: Box(1).y,
    lambda: {}[[1]],
    lambda: hash([]),
    lambda: object().__dict__,
    lambda: setattr(1, "real", 5),
    lambda: (1, 2).count(),
]
for i, t in enumerate(tests):
    try:
        r = t()
        print(f"{i:2} ok  {r!r}")
    except Exception as e:
        print(f"{i:2} {type(e).__name__}: {e}")

first, *middle, last = range(6)
print(first, middle, last)
(a, b), c = "xy", [3]
print(a, b, c)
for bad in ["a, b = [1, 2, 3]", "a, b, c = (1, 2)", "a, *b, c = [1]", "a, b = 5", "x, = []"]:
    try:
        exec(bad)
    except (ValueError, TypeError) as e:
        print(f"{bad!r:22} -> {type(e).__name__}: {e}")

width, value, name = 10, 3.14159, "pi"
print(f"{value=}", f"{value = :.2f}", f"{name!r:>{width}}", f"{width*2=}", f"{'x'!a}", f"{{literal}}")
print(f"{value:{width}.{3}}|", f"{3:{'0'}>4}", f"{'é'!a}", f"{[1, 2]!s:>8}|", f"{ {'k': 1}['k'] }")
data = [y for x in range(5) if (y := x * x) > 3]
print(data, y)
merged = {**{"a": 1}, **{"a": 2, "b": 3}}
print(merged, [*"ab", *range(2)], {*"aab"} == {"a", "b"}, (*[1], 2))


def outer():
    count = 0

    def inc(n=1):
        nonlocal count
        count += n
        return count

    def show():
        return f"{inc.__qualname__} {count}"
    return inc, show


inc, show = outer()
inc()
inc(5)
print(show(), inc.__name__, outer.__qualname__, inc.__defaults__, area.__kwdefaults__)
print(collect.__code__.co_argcount, collect.__code__.co_kwonlyargcount, collect.__code__.co_posonlyargcount, collect.__code__.co_varnames[:4])
