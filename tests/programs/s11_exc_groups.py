"""Batch job runner collecting failures into ExceptionGroups (3.11), notes and an uncaught group."""
import traceback
import sys


class JobError(Exception):
    pass


class Timeout(JobError):
    def __init__(self, job, secs):
        super().__init__(job, secs)
        self.job, self.secs = job, secs

    def __str__(self):
        return f"{self.job} timed out after {self.secs}s"


class BadInput(JobError, ValueError):
    pass


def run_job(name, n):
    if n % 5 == 0:
        raise Timeout(name, n)
    if n % 3 == 0:
        e = BadInput(f"{name}: bad input {n}")
        e.add_note(f"hint: {n} is divisible by 3")
        raise e
    if n % 7 == 0:
        raise KeyError(name)
    return n * n


def run_all(jobs):
    results, errors = {}, []
    for name, n in jobs:
        try:
            results[name] = run_job(name, n)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup(f"{len(errors)} job(s) failed", errors)
    return results


jobs = [(f"job{i}", i) for i in range(1, 11)]
try:
    run_all(jobs)
except* Timeout as eg:
    print("timeouts:", [str(e) for e in eg.exceptions], type(eg).__name__)
except* ValueError as eg:
    print("value errors:", [(type(e).__name__, e.args, getattr(e, "__notes__", None)) for e in eg.exceptions])
except* LookupError as eg:
    print("lookups:", eg.exceptions, eg.message)

eg = ExceptionGroup("outer", [ValueError("v1"), ExceptionGroup("inner", [TypeError("t1"), ValueError("v2")]), KeyError("k")])
match, rest = eg.split(ValueError)
print("match:", repr(match))
print("rest:", repr(rest))
print(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError))))
print(eg.subgroup(OSError), len(eg.exceptions), eg.args[0])
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg).__name__, type(BaseExceptionGroup("ok", [ValueError()])).__name__)
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)

print("--- formatted group ---")
try:
    raise ExceptionGroup("two problems", [ValueError("first"), TypeError("second")])
except ExceptionGroup as e:
    for line in traceback.format_exception(e):
        print(line, end="")

print("--- note chain ---")
try:
    try:
        {}["x"]
    except KeyError as e:
        e.add_note("while loading config")
        e.add_note("second note")
        raise
except KeyError as e:
    print(e.__notes__)
    print("".join(traceback.format_exception_only(type(e), e)), end="")
try:
    ValueError().add_note(42)
except TypeError as e:
    print("TypeError:", e)



def handle():
    try:
        raise ExceptionGroup("g", [ZeroDivisionError("z"), OSError(2, "No such file")])
    except* ZeroDivisionError:
        print("handled zero division; OSError escapes")


try:
    handle()
except ExceptionGroup as e:
    print("escaped:", repr(e), e.exceptions[0].errno, e.exceptions[0].strerror)
sys.stdout.flush()
errs = []
for i in range(3):
    try:
        [][i]
    except IndexError as e:
        e.add_note(f"index {i}")
        errs.append(e)
raise ExceptionGroup("final failures", errs + [Timeout("last", 9)])
