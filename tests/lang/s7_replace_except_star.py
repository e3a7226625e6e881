# code.replace() must accept (and then run) functions whose bytecode uses RERAISE 0
# with a single value on the stack, as `except*` cleanup does.


def handler(eg):
    try:
        raise eg
    except* ValueError as e:
        print("values:", [str(x) for x in e.exceptions])
    except* TypeError as e:
        print("types:", [str(x) for x in e.exceptions])
        raise


def unhandled():
    try:
        raise ExceptionGroup("g", [KeyError("k")])
    except* ValueError:
        print("not here")


h2 = type(handler)(handler.__code__.replace(co_name="handler2"), globals())
h2(ExceptionGroup("g", [ValueError(1), ValueError(2)]))
try:
    h2(ExceptionGroup("g", [TypeError("t"), ValueError(3)]))
except ExceptionGroup as e:
    print("reraised:", e.message, [type(x).__name__ for x in e.exceptions])
print(h2.__code__.co_name)

u2 = type(unhandled)(unhandled.__code__.replace(co_name="u2"), globals())
try:
    u2()
except ExceptionGroup as e:
    print("escaped:", repr(e))
