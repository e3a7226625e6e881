# Argument-count errors of sys functions and a few builtins, with CPython's wording.
import sys

calls = [
    lambda: sys.getrecursionlimit(1),
    lambda: sys.getrecursionlimit(x=1),
    lambda: sys.setrecursionlimit(),
    lambda: sys.setrecursionlimit(100, 2),
    lambda: sys.getdefaultencoding(1),
    lambda: sys.getfilesystemencoding(1, 2),
    lambda: sys.intern(),
    lambda: sys.intern("a", "b"),
    lambda: sys.exc_info(1),
    lambda: sys.exception(1),
    lambda: sys.getswitchinterval(1),
    lambda: sys.setswitchinterval(),
    lambda: sys.getsizeof(1, 2, 3),
    lambda: sys._getframe(0, 1),
    lambda: sys.is_finalizing(1),
    lambda: sys.gettrace(1),
    lambda: sys.settrace(),
    lambda: sys.get_int_max_str_digits(1),
    lambda: format(),
    lambda: format(1, 2, 3),
    lambda: format(1, format_spec="x"),
    lambda: pow(1, 2, 3, 4),
    lambda: anext(),
    lambda: anext(1, 2, 3),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
print(sys.getrecursionlimit() > 0, sys.intern("ab"), format(3, "03"), pow(2, exp=5))
