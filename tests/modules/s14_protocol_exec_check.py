"""isinstance/issubclass against a non-runtime Protocol from code whose globals lack
__name__ (exec with a bare dict) raise TypeError, as from __main__."""
import typing


class P(typing.Protocol):
    def m(self): ...


for src in ("isinstance(1, P)", "issubclass(int, P)"):
    for env in ({"P": P}, {"P": P, "__name__": "__main__"}, {"P": P, "__name__": "functools"}):
        try:
            print(src, env.get("__name__"), exec(src, env))
        except TypeError as e:
            print(src, env.get("__name__"), "TypeError:", e)


class Impl(P):
    def m(self):
        return 1


class Other:
    pass


for check in (lambda: isinstance(Impl(), P), lambda: issubclass(Impl, P), lambda: isinstance(Other(), P)):
    try:
        print(check())
    except TypeError as e:
        print("TypeError:", e)


import functools
import abc


@functools.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: Impl):
    return "impl"


print(describe(Impl()), describe(Other()), describe(3))


class Base(abc.ABC):
    pass


Base.register(Impl)
print(isinstance(Impl(), Base), issubclass(Other, Base), isinstance(Other(), Base))
