try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("converted") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        {}["x"]
    except KeyError:
        raise TypeError("implicit")
except TypeError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("no ctx") from None
except ValueError as e:
    print(repr(e), e.__cause__, repr(e.__context__), e.__suppress_context__)
e = RuntimeError("x")
print(e.__cause__, e.__context__, e.__traceback__)
try:
    raise ValueError("v") from KeyError("k")
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    raise ValueError from 5
except TypeError as e:
    print("TypeError", e)
err = ValueError("note me")
err.add_note("first note")
err.add_note("second")
print(err.__notes__)
try:
    err.add_note(3)
except TypeError as e:
    print("TypeError", e)
def f():
    raise KeyError("deep")
try:
    f()
except KeyError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    print("frames", n)
e2 = ValueError("w")
print(e2.with_traceback(None) is e2)
