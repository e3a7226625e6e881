# except*: exceptions raised in clauses, bare re-raise, and how PREP_RERAISE_STAR merges them
import sys
import traceback


def tb_lines(e):
    return [f.lineno for f in traceback.extract_tb(e.__traceback__)]


def describe(e, indent=""):
    name = type(e).__name__
    if isinstance(e, BaseExceptionGroup):
        print(f"{indent}{name}({e.message!r}) ctx={type(e.__context__).__name__} "
              f"cause={type(e.__cause__).__name__} notes={getattr(e, '__notes__', None)}")
        for s in e.exceptions:
            describe(s, indent + "  ")
    else:
        print(f"{indent}{name}{e.args} ctx={type(e.__context__).__name__} "
              f"cause={type(e.__cause__).__name__}")


def run(label, fn):
    print("--", label)
    try:
        fn()
    except BaseException as e:
        describe(e)
        print("   tb lines:", tb_lines(e), "ctx of top:", repr(e.__context__))
    else:
        print("   no exception")


def eg():
    return ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])


def reraise_all():
    try:
        raise eg()
    except* ValueError:
        raise
    except* TypeError:
        raise


def raise_new():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")


def raise_new_and_reraise():
    try:
        raise eg()
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise


def raise_from():
    try:
        raise eg()
    except* ValueError as e:
        raise RuntimeError("from") from e


def raise_from_none():
    try:
        raise eg()
    except* (ValueError, TypeError, KeyError):
        raise RuntimeError("hidden") from None


def raise_caught_group():
    try:
        raise eg()
    except* ValueError as e:
        raise e


def raise_in_two():
    try:
        raise eg()
    except* ValueError:
        raise OSError("a")
    except* TypeError:
        raise OSError("b")


def all_handled():
    try:
        raise eg()
    except* ValueError:
        pass
    except* (TypeError, KeyError):
        pass


def naked_raise_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("instead")


def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise


def naked_raise_group():
    try:
        raise ValueError("naked")
    except* ValueError as e:
        raise ExceptionGroup("new", [OSError(1)])


def nested_group_partial():
    try:
        raise ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1), TypeError(2)]), KeyError(3)])
    except* ValueError:
        raise


def with_notes():
    g = eg()
    g.add_note("a note")
    try:
        raise g
    except* ValueError:
        raise


def with_cause():
    try:
        try:
            raise OSError("cause")
        except OSError as c:
            raise eg() from c
    except* ValueError:
        raise


def handled_inside_clause():
    try:
        raise eg()
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass


def group_raised_from_clause():
    try:
        raise eg()
    except* ValueError:
        raise ExceptionGroup("sub", [IndexError(9)])


def base_exception_in_clause():
    try:
        raise eg()
    except* ValueError:
        raise KeyboardInterrupt


for name, fn in list(globals().items()):
    if callable(fn) and fn.__module__ == "__main__" and name not in ("tb_lines", "describe", "run", "eg"):
        run(name, fn)


# the handled exception inside a clause is the match
try:
    raise eg()
except* ValueError as e:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
except* (TypeError, KeyError) as e:
    print(sys.exc_info()[0].__name__, sys.exc_info()[1] is e, repr(e))

# sys.exception() after the whole try
print(repr(sys.exception()))

# except* ExceptionGroup and invalid types
for t in (ExceptionGroup, BaseExceptionGroup, (ValueError, ExceptionGroup), int, (ValueError, 1), "x"):
    try:
        try:
            raise ValueError(1)
        except* t:
            pass
    except TypeError as e:
        print("TypeError:", e)
