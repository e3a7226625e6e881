# An exception raised under lru_cache wrappers: the traceback shows only the Python
# frames (the native wrapper adds no entry), as CPython's C wrapper.
import functools, traceback

@functools.lru_cache(maxsize=None)
def inner(x):
    return 1 / x

@functools.lru_cache(maxsize=2)
def outer(x):
    return inner(x) + 1

class K:
    @functools.lru_cache
    def meth(self, x):
        return outer(x)
    def __hash__(self):
        return 0

try:
    K().meth(0)
except ZeroDivisionError:
    traceback.print_exc()
print(inner.cache_info(), outer.cache_info())

@functools.cache
def bad_key(x):
    return x

try:
    bad_key({})
except TypeError:
    traceback.print_exc()

K().meth(0)
