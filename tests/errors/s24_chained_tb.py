# An uncaught error whose traceback carries a cause, a context, notes and frames
# from a generator, a context manager's __exit__ and a property.
import contextlib


class Config:
    def __init__(self, data):
        self.data = data

    @property
    def port(self):
        try:
            return int(self.data["port"])
        except KeyError as e:
            raise LookupError("no port configured") from e


def values(cfgs):
    for c in cfgs:
        yield c.port


class Guard:
    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        if et is ValueError:
            return True  # swallow bad numbers
        if et is not None:
            raise RuntimeError(f"guard saw {et.__name__}")
        return False


with Guard():
    int("not a number")
print("ValueError suppressed")

with contextlib.suppress(LookupError):
    print(sum(values([Config({"port": "80"}), Config({})])))
print("LookupError suppressed")

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("hidden context") from None
except ValueError as e:
    print(repr(e), e.__suppress_context__, repr(e.__context__), e.__cause__)


def load(cfgs):
    total = 0
    try:
        for p in values(cfgs):
            total += p
    except LookupError as e:
        e.add_note(f"while loading {len(cfgs)} configs")
        e.add_note("partial total: %d" % total)
        raise
    return total


with Guard():
    load([Config({"port": "8080"}), Config({"host": "x"})])
