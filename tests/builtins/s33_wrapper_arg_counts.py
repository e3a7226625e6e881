# Slot wrappers called with the wrong number of arguments. CPython's wrappers that
# unpack with PyArg_UnpackTuple(args, "", ...) start the message with a space.
import collections


def show(expr):
    try:
        r = eval(expr)
        print(expr, "->", repr(r))
    except TypeError as e:
        print(expr, "TypeError", repr(str(e)))


class C:
    pass


for expr in [
    "(1).__pow__()",
    "(1).__pow__(1, 2, 3)",
    "(1).__rpow__()",
    "(1.5).__pow__()",
    "(1.5).__pow__(1, 2, 3)",
    "(1j).__pow__()",
    "(1j).__rpow__(1, 2, 3)",
    "'a'.__mul__()",
    "'a'.__rmul__()",
    "b'a'.__mul__()",
    "(1,).__mul__()",
    "[1].__mul__()",
    "[1].__rmul__(1, 2)",
    "[1].__imul__()",
    "bytearray(b'a').__imul__()",
    "collections.deque().__mul__()",
    "[].__setitem__()",
    "[].__setitem__(0)",
    "{}.__setitem__(1)",
    "bytearray().__setitem__()",
    "object().__setattr__('a')",
    "C().__setattr__()",
    "(lambda: 0).__get__()",
    "(lambda: 0).__get__(1, 2, 3)",
    "property().__get__()",
    "property().__set__(1)",
    # These check their count without the empty name: no leading space.
    "(1).__add__()",
    "(1).__mul__()",
    "(1.5).__mul__()",
    "(1j).__mul__(1, 2)",
    "True.__mul__()",
    "'a'.__add__()",
    "[].__add__()",
    "[].__delitem__()",
    "object().__delattr__()",
    "(1).__lt__()",
    "{}.__getitem__()",
    "[].__len__(1)",
    "(1).__neg__(1)",
    # Right counts still work.
    "(2).__pow__(3)",
    "(2).__pow__(3, 5)",
    "'ab'.__mul__(2)",
    "[1].__rmul__(2)",
]:
    show(expr)
