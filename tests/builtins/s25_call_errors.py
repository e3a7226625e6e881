# Argument handling found by calling built-ins with wrong arguments and comparing
# with CPython: math.isclose's keyword a/b and clinic messages (cmath too), math.dist
# with any iterable, math.prod/log/perm/gcd/... messages, sum() reporting a
# non-iterable before a str start, staticmethod/classmethod argument checks (and
# their __init__, which a subclass calls), super() with too many arguments, and
# itertools.combinations converting r before reading the iterable.
import cmath
import itertools
import math


def attempt(label, func, /, *a, **k):
    try:
        r = func(*a, **k)
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(f"{label:<34} {r}")


attempt("isclose(1, b=1+1e-10)", math.isclose, 1, b=1.0000000001)
attempt("isclose(a=1, b=2, abs_tol=1)", math.isclose, a=1, b=2, abs_tol=1)
attempt("isclose()", math.isclose)
attempt("isclose(1)", math.isclose, 1)
attempt("isclose(1, a=2)", math.isclose, 1, a=2)
attempt("isclose(1, 2, a=3)", math.isclose, 1, 2, a=3)
attempt("isclose(1, 2, tol=1)", math.isclose, 1, 2, tol=1)
attempt("isclose(1, 2, 3)", math.isclose, 1, 2, 3)
attempt("isclose(1, 2, 3, 4, 5)", math.isclose, 1, 2, 3, 4, 5)
attempt("isclose(1, 2, rel_tol=-1)", math.isclose, 1, 2, rel_tol=-1)
attempt("cmath.isclose(1j, b=1j)", cmath.isclose, 1j, b=1j)
attempt("cmath.isclose(1j)", cmath.isclose, 1j)
attempt("cmath.log(1, x=2)", cmath.log, 1, x=2)
attempt("cmath.rect(1, x=2)", cmath.rect, 1, x=2)

attempt("dist(range, iter)", math.dist, range(2), iter([3, 4]))
attempt("dist(list, tuple)", math.dist, [1, 1, 1], (2, 2, 2))
attempt("dist('ab', 'cd')", math.dist, "ab", "cd")
attempt("dist(1, 2)", math.dist, 1, 2)
attempt("dist((1,), (1, 2))", math.dist, (1,), (1, 2))

attempt("prod([2, 3], start=2)", math.prod, [2, 3], start=2)
attempt("prod()", math.prod)
attempt("prod([1], [2])", math.prod, [1], [2])
attempt("prod([1], [2], [3])", math.prod, [1], [2], [3])
attempt("prod([1], x=2)", math.prod, [1], x=2)
attempt("log()", math.log)
attempt("log(1, 2, 3)", math.log, 1, 2, 3)
attempt("log(8, base=2)", math.log, 8, base=2)
attempt("perm(-1)", math.perm, -1)
attempt("perm(-1, 2)", math.perm, -1, 2)
attempt("perm(5)", math.perm, 5)
for name in ["gcd", "lcm", "comb", "perm", "hypot", "sqrt", "atan2"]:
    attempt(f"{name}(1, x=2)", getattr(math, name), 1, x=2)

attempt("sum(5, '')", sum, 5, "")
attempt("sum([], 'a')", sum, [], "a")
attempt("sum(['a'], start=b'')", sum, ["a"], start=b"")
attempt("sum([[1], [2]], [])", sum, [[1], [2]], [])

attempt("staticmethod()", staticmethod)
attempt("staticmethod(len, 1)", staticmethod, len, 1)
attempt("classmethod(len, f=1)", classmethod, len, f=1)
attempt("super(int, 1, 2)", super, int, 1, 2)


class Tagged(staticmethod):
    def __init__(self, f, tag):
        super().__init__(f)
        self.tag = tag


class Registered(classmethod):
    registry = []

    def __init__(self, f, *, name):
        super().__init__(f)
        Registered.registry.append(name)


class Tool:
    run = Tagged(lambda x: x * 2, "doubler")

    build = Registered(lambda cls: cls.__name__, name="build")


print(Tool.run(21), Tool.__dict__["run"].tag, Tool.build(), Registered.registry)

attempt("combinations(1, 'a')", itertools.combinations, 1, "a")
attempt("combinations([1], -1)", itertools.combinations, [1], -1)
attempt("combinations(None, 1.5)", itertools.combinations, None, 1.5)
attempt("cwr(5, None)", itertools.combinations_with_replacement, 5, None)
attempt("permutations(5, 'x')", itertools.permutations, 5, "x")
attempt("permutations('ab', 'x')", itertools.permutations, "ab", "x")


# set methods name their own type in count errors, as CPython's METH_O/NOARGS do
class Tags(set):
    pass


fs = frozenset({1, 2})
for label, call in [
    ("frozenset.isdisjoint(1, 2)", lambda: fs.isdisjoint(1, 2)),
    ("frozenset.copy(1)", lambda: fs.copy(1)),
    ("frozenset.issubset()", lambda: fs.issubset()),
    ("set.symmetric_difference()", lambda: {1}.symmetric_difference()),
    ("Tags().issuperset()", lambda: Tags().issuperset()),
    ("Tags().add()", lambda: Tags().add()),
    ("set().pop(1)", lambda: set().pop(1)),
    ("set().union(x=1)", lambda: set().union(x=1)),
    ("'ab'.find('a', start=1)", lambda: "ab".find("a", start=1)),
    ("bytearray.maketrans(x=1)", lambda: bytearray.maketrans(b"a", b"b", x=1)),
    ("bytes.maketrans(x=1)", lambda: bytes.maketrans(b"a", b"b", x=1)),
]:
    attempt(label, call)

# three-argument pow: the exponent's or modulus's type answers when the base's cannot
for args in [(2, 3, 5), (2, 3, 5.0), (2, 3, 5j), (2, 3j, 5), (-7, 3j, 2), (2.0, 3, 5), (1j, 2, 3), (2, 3, None), (2, -1, 5)]:
    attempt(f"pow{args}", pow, *args)
