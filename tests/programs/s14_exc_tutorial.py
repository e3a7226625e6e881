"""An exceptions tutorial: hierarchies, finally ordering, notes, chaining, re-raise; ends uncaught."""
import sys
import traceback


class AppError(Exception):
    """Base for the app."""


class ConfigError(AppError):
    def __init__(self, key, problem):
        super().__init__(key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return f"config key {self.key!r}: {self.problem}"


class NetworkError(AppError):
    pass


class TimeoutError_(NetworkError, TimeoutError):
    pass


log = []


def step(name, fail=None):
    log.append(f"enter {name}")
    try:
        if fail:
            raise fail
        log.append(f"body {name}")
        return name.upper()
    except KeyError as e:
        log.append(f"except {name} {e!r}")
        raise ConfigError(e.args[0], "missing") from e
    else:
        log.append(f"else {name}")
    finally:
        log.append(f"finally {name}")


def lesson(title):
    print(f"--- {title}")


lesson("finally ordering")
print(step("a"))
try:
    step("b", KeyError("port"))
except AppError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| ctx is cause:", e.__context__ is e.__cause__)
print(*log, sep="\n")


lesson("return in finally swallows")


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(swallow())


def nested_finally():
    out = []
    for i in range(3):
        try:
            try:
                if i == 1:
                    continue
                if i == 2:
                    break
                out.append(f"body{i}")
            finally:
                out.append(f"inner{i}")
        finally:
            out.append(f"outer{i}")
    return out


print(nested_finally())

lesson("mro and except order")
print([c.__name__ for c in TimeoutError_.__mro__])
for exc in (TimeoutError_("slow"), NetworkError("down"), OSError("disk")):
    try:
        raise exc
    except TimeoutError as e:
        print("TimeoutError branch:", type(e).__name__, isinstance(e, AppError))
    except AppError as e:
        print("AppError branch:", e)
    except Exception as e:
        print("fallback:", type(e).__name__, e.args)

lesson("notes and suppressed context")


def parse_port(text):
    try:
        return int(text)
    except ValueError:
        raise ConfigError("port", f"not a number: {text!r}") from None


try:
    parse_port("eighty")
except ConfigError as e:
    e.add_note("hint: use digits only")
    e.add_note(f"got {len('eighty')} chars")
    print(e, e.__notes__, e.__suppress_context__, e.__cause__)
    print("".join(traceback.format_exception_only(e)), end="")

lesson("re-raise keeps traceback")


def level3():
    return {}["missing"]


def level2():
    return level3()


def level1():
    try:
        level2()
    except LookupError:
        log.clear()
        log.append("logged")
        raise


try:
    level1()
except KeyError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print([f.name for f in tb], log)

lesson("exception in except")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        [][0]
except IndexError as e:
    print(repr(e), "context:", repr(e.__context__))

lesson("exception groups")
try:
    raise ExceptionGroup("batch", [ValueError("v1"), TypeError("t1"), ValueError("v2")])
except* ValueError as eg:
    print("values:", [str(x) for x in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(x) for x in eg.exceptions])

lesson("with and exit status")


class Guard:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow


with Guard("outer"), Guard("inner", swallow=True):
    raise NetworkError("swallowed")
print("after with")
sys.stdout.flush()


def load(settings):
    try:
        return settings["timeout"] * 2
    except KeyError as e:
        err = ConfigError("timeout", "required")
        err.add_note("settings were: " + repr(settings))
        raise err from e


with Guard("final"):
    load({"retries": 3})
