# Descriptors and messages name a module's native type as CPython's tp_name does
# ('module.Name'), built-in types by their bare name.
import functools, _thread, re
W = functools._lru_cache_wrapper
print(W.__call__, W.cache_info, W.__get__)
print(type(_thread.allocate_lock()).acquire, type(_thread.allocate_lock()).__enter__)
print(list.append, int.__add__, dict.__dict__["fromkeys"])
print(W, W.__name__, W.__qualname__, W.__module__)
for t in (W, type(_thread.allocate_lock()), int):
    try:
        t.x = 1
    except TypeError as e:
        print(e)
    try:
        del t.y
    except TypeError as e:
        print(e)
for t in (W, bool):
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print(e)
