# Recursion through lru_cache wrappers counts against the limit as in CPython (the
# wrapper call and the function frame each count): the same depth fails, same message.
import functools, sys
@functools.lru_cache(None)
def f(n):
    return f(n - 1) + 1 if n else 0
@functools.lru_cache(3)
def g(n):
    return g(n - 1) + 1 if n else 0
def h(n):
    return f(n)
for fn in (f, g, h):
    for n in range(490, 502):
        try:
            fn.cache_clear()
        except AttributeError:
            f.cache_clear()
        try:
            print(n, fn(n))
        except RecursionError as e:
            print(n, "RecursionError", e)
