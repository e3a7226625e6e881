# Built-in exception classes made by raise and by a call: the cached constructor and
# __init__ (OSError's errno split, StopIteration's value, SyntaxError's details, a
# subclass's own __init__, argument errors), as CPython makes them.
import errno
for cls, args in [(ValueError, ()), (ValueError, (1, 2)), (KeyError, ("k",)), (OSError, (errno.ENOENT, "nf", "f.txt")), (FileNotFoundError, (2, "x")), (StopIteration, (5,)), (SystemExit, (3,)), (UnicodeDecodeError, ("utf-8", b"\xff", 0, 1, "bad")), (SyntaxError, ("msg", ("f.py", 1, 2, "x y", 1, 3))), (ImportError, ("m",)), (AttributeError, ("a",)), (NameError, ("n",))]:
    e = cls(*args)
    print(type(e).__name__, e.args, str(e), repr(e))
    try:
        raise cls(*args)
    except BaseException as x:
        print(" raised", type(x).__name__, x.args)
try:
    raise OSError
except OSError as e:
    print(e.errno, e.strerror, e.args)
try:
    raise StopIteration
except StopIteration as e:
    print(e.value, e.args)
try:
    raise KeyError
except KeyError as e:
    print(repr(e))
class E(ValueError):
    def __init__(self, *a):
        print("init", a)
        super().__init__(*a)
try:
    raise E
except E as e:
    print("E", e.args)
try:
    UnicodeDecodeError()
except TypeError as e:
    print(e)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
