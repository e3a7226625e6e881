"""Custom exceptions: __str__, attributes, raise from, context, suppression, finally ordering."""


class AppError(Exception):
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.detail = detail

    def __str__(self):
        base = super().__str__()
        return f"[E{self.code}] {base}" + (f" ({self.detail})" if self.detail else "")


class NotFound(AppError, LookupError):
    code = 404


class Invalid(AppError, ValueError):
    code = 422

    def __repr__(self):
        return f"Invalid({self.args[0]!r})"


class Quiet(Exception):
    def __str__(self):
        return ""


def find(db, key):
    try:
        return db[key]
    except KeyError as exc:
        raise NotFound(f"no record {key!r}", detail="db") from exc


def parse_age(text):
    try:
        age = int(text)
    except ValueError:
        raise Invalid(f"age must be a number, got {text!r}")
    if age < 0:
        raise Invalid("age must be positive") from None
    return age


db = {"a": 1}
for key in ["a", "b"]:
    try:
        print(find(db, key))
    except LookupError as exc:
        print(type(exc).__name__, exc, "| cause:", repr(exc.__cause__), "| suppress:", exc.__suppress_context__)
        print("   mro:", [c.__name__ for c in type(exc).__mro__])

for text in ["42", "x1", "-5"]:
    try:
        print(parse_age(text))
    except ValueError as exc:
        print(repr(exc), str(exc), type(exc.__context__).__name__, exc.__cause__, exc.__suppress_context__)
        print("   args:", exc.args, "code:", exc.code, "detail:", exc.detail)

print(repr(Quiet()), str(Quiet("x")), repr(Exception()), str(Exception(1, 2)), repr(ValueError("v", 2)))
print(str(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(OSError(2, "No such file")))
e = OSError(2, "No such file", "a.txt")
print(e.errno, e.strerror, e.filename, str(e), type(e).__name__, type(OSError(2, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
print(StopIteration(5).value, SystemExit(3).code, SyntaxError("bad", ("f.py", 1, 2, "x = ", 1, 3)).lineno)

log = []


def step(n):
    try:
        log.append(f"try {n}")
        if n == 1:
            raise RuntimeError("one")
        if n == 2:
            return "early"
        return "normal"
    except RuntimeError as exc:
        log.append(f"except {exc}")
        return "handled"
    else:
        log.append("else")
    finally:
        log.append(f"finally {n}")


print([step(n) for n in range(3)])
print(log)


def override():
    try:
        return "try"
    finally:
        return "finally"


def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            if i < 2:
                continue
            break
    return i


print(override(), swallow())

try:
    try:
        raise KeyError("inner")
    except KeyError:
        raise TypeError("outer")
except TypeError as exc:
    ctx = exc.__context__
    print(type(ctx).__name__, ctx, ctx.__context__, exc.__traceback__ is not None)

try:
    raise AppError("bare")
except AppError as exc:
    exc.add_note("note one")
    exc.add_note("note two")
    print(exc.__notes__, exc)

err = None
try:
    1 / 0
except ZeroDivisionError as err2:
    err = err2
print(type(err).__name__, err.args)
try:
    err2
except NameError as exc:
    print("NameError:", exc)


class Retry(Exception):
    pass


attempts = 0


def flaky():
    global attempts
    attempts += 1
    if attempts < 3:
        raise Retry(f"attempt {attempts}")
    return f"ok after {attempts}"


for _ in range(5):
    try:
        print(flaky())
        break
    except Retry as exc:
        print("retrying:", exc)

try:
    raise NotFound("x") from ValueError("root")
except AppError as exc:
    print(isinstance(exc, LookupError), isinstance(exc, ValueError), exc.__cause__.args)
try:
    raise 5
except TypeError as exc:
    print("TypeError:", exc)
try:
    raise ValueError from 3
except TypeError as exc:
    print("TypeError:", exc)
print(issubclass(NotFound, Exception), BaseException.__subclasses__()[:0], NotFound.__bases__)
