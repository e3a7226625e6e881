import sys
import traceback


class AppError(Exception):
    code = 1

    def __init__(self, msg, *, detail=None):
        super().__init__(msg)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"{base} ({self.detail})" if self.detail else base


class ConfigError(AppError):
    code = 2


class ParseError(ConfigError, ValueError):
    pass


def parse_line(n, line):
    if "=" not in line:
        raise ParseError(f"line {n}: missing '='", detail=line.strip() or "<empty>")
    k, v = line.split("=", 1)
    try:
        return k.strip(), int(v)
    except ValueError as e:
        raise ConfigError(f"line {n}: bad value") from e


def load(text):
    out = {}
    for n, line in enumerate(text.splitlines(), 1):
        try:
            k, v = parse_line(n, line)
        except ParseError as e:
            print("skip:", e, "|", repr(e), "|", e.args, e.code)
            continue
        out[k] = v
    return out


print(load("a=1\nb = 2\n\nc"))
try:
    load("a=1\nb=x")
except AppError as e:
    print("caught", type(e).__name__, e, e.code)
    print("cause:", repr(e.__cause__), "context is cause:", e.__context__ is e.__cause__)
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))

print(ParseError.__mro__)
print(isinstance(ParseError("x"), ValueError), issubclass(ParseError, AppError))

def risky(i):
    try:
        if i == 0:
            raise KeyError("missing")
        if i == 1:
            return {}["nope"]
        if i == 2:
            return [][5]
        if i == 3:
            return 1 / 0
        if i == 4:
            return int("abc")
        if i == 5:
            return None.foo
        if i == 6:
            return undefined_name
        if i == 7:
            return "a" + 1
        if i == 8:
            import nonexistent_module_xyz
        if i == 9:
            raise StopIteration(5)
        if i == 10:
            return len(5)
        if i == 11:
            return [1, 2].index(9)
        if i == 12:
            return (1, 2)[:1] + [3]
        if i == 13:
            return {1: 2}.pop(7)
        if i == 14:
            return float("x1")
        if i == 15:
            return chr(-1)
        if i == 16:
            a, b = [1, 2, 3]
        if i == 17:
            a, b, c = "ab"
        if i == 18:
            return 2 ** 10000 * 1.0
        if i == 19:
            return round(float("inf"))
        if i == 20:
            return divmod(1, 0.0)
        if i == 21:
            return "x".join([1])
        if i == 22:
            return sorted([3, "a"])
        if i == 23:
            return int("9" * 5000)
        if i == 24:
            return {}.setdefault([], 1)
        if i == 25:
            def f(a, b): pass
            f(1, 2, 3)
        if i == 26:
            def g(*, k): pass
            g(1)
        if i == 27:
            return object().__dict__
        if i == 28:
            return "abc"[1.5]
        if i == 29:
            return max([])
        if i == 30:
            return next(iter([]))
        if i == 31:
            return bytes([300])
        if i == 32:
            raise ExceptionGroup("many", [ValueError(1), TypeError(2)])
        if i == 33:
            assert i < 0, f"i was {i}"
        if i == 34:
            return "%d" % "x"
        if i == 35:
            return "{0} {1}".format(1)
        if i == 36:
            return int(3.5e400)
        if i == 37:
            return [1, 2, 3][::0]
        if i == 38:
            return range(1, 2, 0)
        if i == 39:
            x = 1
            x()
        if i == 40:
            return hash([])
        if i == 41:
            return "abc".encode("ascii").decode("utf-16")
        if i == 42:
            return "é".encode("ascii")
        if i == 43:
            return open("/nonexistent/dir/f.txt")
        if i == 44:
            import math; return math.sqrt(-1)
        if i == 45:
            import math; return math.log(0)
        if i == 46:
            return int("12", 1)
        if i == 47:
            return list(zip([1], [2], strict=True)) + list(zip([1, 2], [3], strict=True))
        if i == 48:
            return frozenset([1]).add(2)
        if i == 49:
            return ().x
    except Exception as e:
        return f"{type(e).__name__}: {e}"
    return "no error"


for i in range(50):
    print(i, risky(i))

def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)

try:
    deep(3)
except RuntimeError:
    tb = traceback.format_exc()
    print(tb.replace(__file__, "FILE"))
    et, ev, etb = sys.exc_info()
    print(et.__name__, ev, len(traceback.extract_tb(etb)))
    for fs in traceback.extract_tb(etb):
        print(fs.name, fs.lineno, fs.line)

try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise TypeError("outer")
except TypeError as e:
    traceback.print_exception(type(e), e, e.__traceback__, file=sys.stdout)
    print(traceback.format_exception_only(type(e), e))

try:
    raise ConfigError("boom", detail="d") from None
except AppError as e:
    print(e.__suppress_context__, e.__cause__, e.__context__)
    traceback.print_exc(limit=1, file=sys.stdout)

e = ValueError("x")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__)
print(traceback.format_exception_only(e))
sys.stdout.flush()
raise ParseError("fatal at end", detail="bye")
