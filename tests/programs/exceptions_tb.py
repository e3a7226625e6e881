"""Custom exception hierarchy with chained tracebacks printed via traceback."""
import traceback
import sys


class AppError(Exception):
    """Base error."""

    def __init__(self, msg, code=None):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        base = super().__str__()
        return f"[{self.code}] {base}" if self.code is not None else base


class ConfigError(AppError):
    pass


class ValidationError(AppError):
    def __init__(self, field, value):
        super().__init__(f"invalid value for {field}: {value!r}", code=422)
        self.field = field


def parse_port(s):
    try:
        port = int(s)
    except ValueError as e:
        raise ValidationError("port", s) from e
    if not 0 < port < 65536:
        raise ValidationError("port", port)
    return port


def load(cfg):
    try:
        return {"port": parse_port(cfg["port"]), "host": cfg["host"]}
    except KeyError as e:
        raise ConfigError(f"missing key {e}", code=1)


for cfg in [{"port": "8080", "host": "x"}, {"port": "80a", "host": "y"}, {"port": "99999"}, {"port": "22"}]:
    try:
        print("loaded", load(cfg))
    except AppError as e:
        print(f"{type(e).__name__}: {e} (code={e.code}, cause={type(e.__cause__).__name__}, context={type(e.__context__).__name__})")
        print("".join(traceback.format_exception_only(type(e), e)), end="")

try:
    load({"port": "abc"})
except AppError:
    traceback.print_exc(file=sys.stdout)

try:
    load({"port": "1"})
except AppError as e:
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print("".join(lines))
    print(len(lines) > 3, lines[-1].rstrip())


def deep(n):
    if n == 0:
        raise RuntimeError("bottom")
    return deep(n - 1)


try:
    deep(3)
except RuntimeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.line) for f in tb])
    print(traceback.format_exc().splitlines()[-1])
    for line in traceback.format_tb(e.__traceback__)[-2:]:
        print(line, end="")


class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None)
        return et is KeyError


with Resource("a"):
    {}["missing"]
print("suppressed KeyError")
try:
    with Resource("b"):
        raise ValueError("not suppressed")
except ValueError as e:
    print("caught", repr(e))

try:
    try:
        1 / 0
    finally:
        print("finally runs")
except ZeroDivisionError:
    print("zde propagated")


def gen_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")


g = gen_cleanup()
print(next(g))
g.close()

e = ValueError("a", 1)
print(e.args, str(e), repr(e), repr(ValueError()), str(ValueError("x")), repr(KeyError("k")), str(KeyError("k")))
print(isinstance(ConfigError("x"), AppError), issubclass(ValidationError, Exception), ConfigError.__mro__[1].__name__)
try:
    raise AppError("with notes")
except AppError as e:
    e.add_note("note one")
    e.add_note("note two")
    print(e.__notes__)
    traceback.print_exception(e, file=sys.stdout)
print(sys.exc_info())
try:
    raise TypeError("outer") from None
except TypeError as e:
    print(e.__cause__, e.__suppress_context__)


def warn_chain():
    try:
        {}["k"]
    except KeyError:
        try:
            [][1]
        except IndexError:
            raise AttributeError("final")


try:
    warn_chain()
except AttributeError:
    traceback.print_exc(file=sys.stdout)
print("now uncaught:")
load({"port": "0"})
