"""global/nonlocal scoping, closures over loop variables, walrus, star-unpacking, chained comparisons."""
counter = 0


def bump():
    global counter
    counter += 1
    return counter


def make_counter(start=0, step=1):
    count = start

    def inc(n=1):
        nonlocal count
        count += step * n
        return count

    def reset():
        nonlocal count
        old, count = count, start
        return old

    inc.reset = reset
    return inc


c1, c2 = make_counter(), make_counter(100, -5)
print(c1(), c1(), c1(3), c2(), c2(2), c1.reset(), c1(), bump(), bump(), counter)
print(c1.__closure__ is not None, len(c1.__code__.co_freevars), c1.__code__.co_freevars)

late = [lambda: i for i in range(3)]
early = [lambda i=i: i for i in range(3)]
print([f() for f in late], [f() for f in early])


def outer():
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            x = "inner-set"
            return x

        r = inner()
        return r, x

    return middle(), x


print(outer())


def shadow():
    try:
        print(value)
    except UnboundLocalError as exc:
        print("UnboundLocalError:", exc)
    value = 1
    return value


value = "global"
print(shadow())


class Scope:
    attr = "class-level"
    items = [attr.upper() for _ in range(1)] if False else None
    doubled = [n * 2 for n in range(3)]

    def method(self):
        try:
            return attr
        except NameError as exc:
            return f"NameError: {exc}"


print(Scope().method(), Scope.doubled)

data = [3, 8, 1, 9, 4, 12, 7]
print([y for x in data if (y := x * x) > 20], y)
if (n := len(data)) > 5:
    print(f"list is long ({n} elements)")
chunks, buf = [], iter(data)
while chunk := [v for _, v in zip(range(3), buf)]:
    chunks.append(chunk)
print(chunks)
total = 0
running = [total := total + v for v in data]
print(running, total)

first, *middle, last = data
print(first, middle, last)
*init, tail = "abc"
head, *rest = [1]
print(init, tail, head, rest)
(a, b), (c, *d) = "xy", range(4)
print(a, b, c, d)
for i, (k, *vs) in enumerate([("a", 1, 2), ("b",)]):
    print(i, k, vs)
print(*data[:3], sep="-")
print([*range(3), *"ab", *{"k": 1}], {**{"a": 1}, "b": 2, **{"a": 3}}, (*"hi",))


def f(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={dict(sorted(kw.items()))}"


print(f(1, c=3), f(*[1, 2, 3, 4], c=5, **{"z": 0, "y": 1}), f(**{"a": 1, "c": 2}))
for bad in [lambda: f(1), lambda: f(1, 2, c=3, a=4), lambda: f(c=1), lambda: f(1, c=1, **{"c": 2})]:
    try:
        bad()
    except TypeError as exc:
        print("TypeError:", exc)
try:
    x, y = [1, 2, 3]
except ValueError as exc:
    print("ValueError:", exc)
try:
    x, y, *z = [1]
except ValueError as exc:
    print("ValueError:", exc)

for v in [0, 5, 10, 15, -1]:
    print(v, 0 <= v < 10, 0 < v <= 10 != 5, v == v > -1, 1 < 2 < v, not 0 < v)


def trace(name, val):
    print(f"  eval {name}")
    return val


print(trace("a", 1) < trace("b", 2) < trace("c", 0) < trace("d", 5))
print(trace("x", 0) or trace("y", "") or trace("z", "last"), trace("p", 1) and trace("q", []) and 9)
print([] or {} or 0, 3 and "t", None or (), "a" < "b" < "c", (1, 2) < (1, 2, 0) <= (1, 3))

fns = {}
for name in ["sq", "cube"]:
    power = 2 if name == "sq" else 3

    def fn(x, p=power):
        return x ** p

    fns[name] = fn
print({k: v(3) for k, v in fns.items()})
gen_vars = [(lambda: k)() for k in "ab"]
print(gen_vars, [k for k in range(2)], "k" in dir())
