# An except clause's tuple is checked whole before matching: a non-class in it is a
# TypeError even when an earlier class matches; nested tuples are refused in 3.11.
def t(spec, exc):
    try:
        try:
            raise exc
        except spec:
            print("caught", type(exc).__name__)
    except TypeError as e:
        print("TypeError:", e)
    except BaseException as e:
        print("escaped", type(e).__name__)
t((ZeroDivisionError, 5), ZeroDivisionError())
t((ValueError, KeyError), KeyError())
t(((ValueError, KeyError), IndexError), KeyError())
t((), ValueError())
t(5, ValueError())
t(ValueError(), ValueError())
t((ValueError, object), ValueError())
t(Exception, KeyboardInterrupt())
t((LookupError,), IndexError())
try:
    {}["k"]
except (KeyError, IndexError) as e:
    print("ok", repr(e))
