"""A diagnostics collector: traceback module, exception notes, chained contexts, warnings."""
import traceback
import warnings
import sys
import io


class ValidationError(Exception):
    def __init__(self, field, problems):
        super().__init__(field, problems)
        self.field = field
        self.problems = problems

    def __str__(self):
        return f"{self.field}: {'; '.join(self.problems)}"


class Record:
    def __init__(self, data):
        self.data = data

    @property
    def age(self):
        return int(self.data["age"])

    def ratio(self):
        return self.data["score"] / self.data["attempts"]


def validate(rec):
    problems = []
    try:
        if rec.age < 0:
            problems.append("negative age")
    except (KeyError, ValueError) as e:
        problems.append(f"age unreadable ({type(e).__name__})")
    if problems:
        err = ValidationError("age", problems)
        err.add_note(f"record keys: {sorted(rec.data)}")
        raise err
    return rec.ratio()


records = [
    {"age": "31", "score": 9, "attempts": 3},
    {"age": "x", "score": 1, "attempts": 1},
    {"score": 1, "attempts": 1},
    {"age": "5", "score": 4, "attempts": 0},
    {"age": "-2", "score": 0, "attempts": 1},
]
for i, data in enumerate(records):
    try:
        print(i, "ratio", validate(Record(data)))
    except ValidationError as e:
        print(i, "invalid:", e, "| notes:", e.__notes__)
    except ZeroDivisionError:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print(i, "zero division at", [(f.name, f.line) for f in tb])
        print("".join(traceback.format_exception_only(*sys.exc_info()[:2])), end="")

try:
    [Record(r).age for r in records]
except Exception as e:
    te = traceback.TracebackException.from_exception(e)
    print("TracebackException:", te.exc_type.__name__, [f.name for f in te.stack], str(te))
    lines = traceback.format_exception(e)
    print(lines[0], end="")
    print(lines[-1], end="")


def level3(x):
    return {"k": 1}[x]


def level2(x):
    try:
        return level3(x)
    except KeyError as e:
        raise LookupError(f"level2 could not find {x!r}") from e


def level1(x):
    try:
        return level2(x)
    except LookupError:
        raise RuntimeError("level1 failed")


buf = io.StringIO()
try:
    level1("zz")
except RuntimeError:
    traceback.print_exc(file=buf)
text = buf.getvalue().replace(__file__, "FILE")
print(text.count("Traceback"), "tracebacks;", "direct cause" in text, "During handling" in text)
for line in text.splitlines():
    if line.startswith(("  File", "Traceback", "KeyError", "LookupError", "RuntimeError")):
        print("|", line.split(", line")[0] if line.startswith("  File") else line)

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("suppressed context") from None
except ValueError as e:
    print(repr(e.__context__), e.__suppress_context__, e.__cause__)
    print(traceback.format_exception_only(type(e), e))

e = ValueError("standalone")
e.add_note("first note")
e.add_note("second note")
print(traceback.format_exception_only(type(e), e))
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)


def noisy(n):
    if n > 2:
        warnings.warn(f"n={n} is large", RuntimeWarning, stacklevel=2)
    warnings.warn("always deprecated", DeprecationWarning)
    return n


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for n in (1, 3, 5):
        noisy(n)
print([(w.category.__name__, str(w.message)) for w in caught])
with warnings.catch_warnings():
    warnings.simplefilter("error", RuntimeWarning)
    try:
        noisy(9)
    except RuntimeWarning as w:
        print("escalated:", w)
warnings.warn("shown on stderr once")
warnings.warn("shown on stderr once")
print(traceback.format_list([("a.py", 1, "f", "x = 1")]), end="")
stack = traceback.extract_stack(limit=1)
print(len(stack), stack[0].name)
print("end", file=sys.stderr)
err = ValidationError("name", ["empty", "too short"])
err.add_note("hint: fill in the form")
raise err
