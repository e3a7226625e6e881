try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__, str(e), repr(e))
try:
    ValueError().add_note(1)
except TypeError as e:
    print("TypeError", e)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print("TypeError", err)
import traceback
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        z.add_note("while dividing")
        raise RuntimeError("wrapped") from z
except RuntimeError as r:
    print("".join(traceback.format_exception_only(type(r), r)), end="")
    print(r.__cause__.__notes__, r.__suppress_context__)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[1]}"
try:
    raise MyErr(7, "custom")
except Exception as e:
    e.add_note("extra context")
    print(str(e), repr(e), e.args, e.code)
    print(traceback.format_exception_only(type(e), e))
print(issubclass(FileNotFoundError, OSError), issubclass(ConnectionResetError, ConnectionError), BlockingIOError.__mro__[1].__name__, issubclass(UnicodeDecodeError, ValueError), IOError is OSError, EnvironmentError is OSError)
print([c.__name__ for c in ArithmeticError.__subclasses__()], [c.__name__ for c in Warning.__subclasses__()][:5])
print(OSError(2, "No such file"), OSError(2, "x", "fn"), type(OSError(2, "x")).__name__, type(OSError(13, "x")).__name__, type(OSError(17, "x")).__name__, OSError("just one").errno)
print(repr(StopIteration(5).value), SystemExit(3).code, KeyError("a"), KeyError("a", "b"), str(KeyError()), UnicodeError("u"), ImportError("m", name="n").name)
e = ValueError(1, 2)
print(e.with_traceback(None) is e, e.args, BaseException().args, str(BaseException("only")), repr(Exception()))
def outer():
    try:
        raise TypeError("inner problem")
    except TypeError as exc:
        exc.add_note("Note: first")
        exc.add_note("Note: second\nmultiline")
        raise
outer()
