def gen_try(xs):
    try:
        for x in xs:
            with x:
                yield x
    except Exception:
        yield None
    finally:
        return 5

def ret_fin():
    try:
        return f()
    finally:
        print("x")

def loops(a):
    for i in a:
        for j in a:
            if j:
                continue
            try:
                break
            except E:
                pass
    while 1:
        try:
            continue
        finally:
            a += 1
    return a

def ann(a: int, /, b: str = "x", *, c: float = 1.0, **kw: dict) -> None:
    x: int = 1
    y: list
    return [[i * j for j in range(i)] for i in range(a) if i if i > 2]

class K:
    vals = [v for v in range(3)]
    d = {a: b for a, b in zip(vals, vals)}
    s = {z for z in vals}
    def m(self, *args, **kwargs):
        return other(*args, **kwargs), other(1, *args), other(a=1, **kwargs), other(*args, b=2)

def fstr(x, w):
    return f"", f"a", f"{x}", f"{x!s}{x!a}", f"{x:{w}.{w}}", f"{x = }", f"{x=:>3}", f'{"nested"}'

def dicts(a, b):
    return {}, {a: b}, {a: b, 1: 2}, {1: a, 2: b}, {**a}, {**a, **b}, [], [a], [*a], (*a, b), set(), {a}, {*a}

def unpack(t):
    a, (b, c), [d, *e] = t
    x = y = z = t
    i, = t
    return a
