"""Batch job runner that reports failures with the traceback module."""
import sys
import traceback


class JobError(Exception):
    def __init__(self, job, reason):
        super().__init__(f"job {job!r} failed: {reason}")
        self.job = job
        self.reason = reason


class RetryableError(JobError):
    pass


def parse_int(s):
    return int(s)


def load(record):
    try:
        return parse_int(record["value"])
    except KeyError as e:
        raise JobError(record.get("name", "?"), "missing value") from e
    except ValueError:
        raise RetryableError(record["name"], "bad value")


def divide(a, b):
    return a / b


def nested(depth):
    if depth == 0:
        return divide(1, 0)
    return nested(depth - 1)


def run_jobs(records):
    results = []
    for rec in records:
        try:
            results.append(load(rec))
        except RetryableError as e:
            print(f"retry later: {e} (context={type(e.__context__).__name__})")
            print("  suppress_context:", e.__suppress_context__, "cause:", e.__cause__)
        except JobError as e:
            print(f"fatal: {e}; cause={e.__cause__!r}")
            lines = traceback.format_exception(type(e), e, e.__traceback__)
            # Only show the shape, not file paths: exception-only lines
            for ln in lines:
                if ln.startswith("  File"):
                    fn = ln.rsplit(", in ", 1)[1].strip()
                    print("   frame in", fn)
                elif not ln.startswith("    "):
                    print("   |", ln.rstrip("\n"))
    return results


def show_only(exc):
    for line in traceback.format_exception_only(type(exc), exc):
        print("only:", line, end="")


def frames_of(exc):
    return [f.name for f in traceback.extract_tb(exc.__traceback__)]


def main():
    recs = [
        {"name": "a", "value": "10"},
        {"name": "b", "value": "x1"},
        {"name": "c"},
        {"name": "d", "value": "-4"},
    ]
    print("results:", run_jobs(recs))

    try:
        nested(3)
    except ZeroDivisionError as e:
        print("frames:", frames_of(e))
        show_only(e)
        tb = traceback.extract_tb(e.__traceback__)
        last = tb[-1]
        print("last:", last.name, last.line)
        print("summary len:", len(tb), type(tb).__name__)

    for exc in (ValueError("bad"), KeyError("k"), OSError(2, "No such file"),
                SyntaxError("invalid syntax", ("f.py", 3, 5, "x = = 1\n")),
                Exception(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")):
        show_only(exc)

    try:
        try:
            {}["missing"]
        except KeyError:
            raise RuntimeError("while handling")
    except RuntimeError as e:
        text = "".join(traceback.format_exception(e, chain=True))
        print("chained message present:",
              "During handling of the above exception" in text)
        text2 = "".join(traceback.format_exception(e, chain=False))
        print("without chain:", "During handling" in text2, text2.splitlines()[-1])

    e = ValueError("with notes")
    e.add_note("first note")
    e.add_note("second note")
    show_only(e)
    print(e.__notes__)

    try:
        raise ExceptionGroup("many", [ValueError(1), TypeError("t")])
    except* ValueError as eg:
        print("got values:", eg.exceptions)
    except* TypeError as eg:
        print("got types:", [str(x) for x in eg.exceptions], eg.message)

    eg = ExceptionGroup("outer", [KeyError("a"), ExceptionGroup("inner", [ValueError(2)])])
    match_, rest = eg.split(ValueError)
    print(repr(match_), repr(rest))
    print(eg.subgroup(lambda x: isinstance(x, KeyError)))
    show_only(eg)

    print("exiting via sys.exit")
    try:
        sys.exit(3)
    except SystemExit as se:
        print("code:", se.code, repr(se))
    traceback.print_exception(ValueError("to stdout"), file=sys.stdout)
    try:
        1 / 0
    except ZeroDivisionError:
        s = traceback.format_exc()
        print(s.splitlines()[0], "|", s.splitlines()[-1])
        traceback.print_exc(limit=0, file=sys.stdout)
    sys.exit("fatal: giving up")


main()
