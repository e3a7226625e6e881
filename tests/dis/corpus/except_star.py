# except* (PEP 654) in its different shapes: named and unnamed clauses, tuples of
# types, else/finally, nesting, loops inside handlers, raise/re-raise in clauses.


def one_clause():
    try:
        work()
    except* ValueError:
        log("value")


def named_clauses(items):
    try:
        process(items)
    except* ValueError as eg:
        for e in eg.exceptions:
            log(e)
    except* (TypeError, KeyError) as eg:
        log(eg)
        raise
    except* OSError:
        raise RuntimeError("io") from None


def with_else_finally():
    try:
        x = compute()
    except* ArithmeticError as e:
        x = None
        log(e)
    else:
        log("ok")
    finally:
        cleanup()
    return x


def nested(data):
    try:
        try:
            load(data)
        except* KeyError:
            log("inner")
    except* ValueError as outer:
        try:
            fix(outer)
        except ValueError:
            pass


def loop_in_handler(rows):
    total = 0
    for row in rows:
        try:
            total += parse(row)
        except* ValueError as eg:
            for e in eg.exceptions:
                if e.args:
                    continue
                break
    return total


def inside_with(path):
    with open(path) as f:
        try:
            return f.read()
        finally:
            try:
                close(f)
            except* OSError:
                pass


try:
    raise ExceptionGroup("top", [ValueError(1), TypeError(2)])
except* ValueError as e:
    print(repr(e))
except* TypeError as e:
    print(repr(e))
