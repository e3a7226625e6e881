def t(exc):
    try:
        print("try")
        if exc: raise exc
    except (KeyError, IndexError) as e:
        print("caught lookup", type(e).__name__)
    except ValueError:
        print("caught value")
    else:
        print("else")
    finally:
        print("finally")
t(None); t(KeyError); t(IndexError("x")); t(ValueError)
try:
    t(TypeError("t"))
except TypeError as e:
    print("outer", e)
try:
    raise LookupError("base")
except KeyError:
    print("no")
except LookupError as e:
    print("lookup", e)
try:
    try:
        raise ValueError("inner")
    finally:
        print("inner finally")
except ValueError as e:
    print("got", e)
e = "before"
try:
    raise Exception("x")
except Exception as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError", err)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("reraised", e)
def nested():
    try:
        raise ValueError(1)
    except ValueError:
        try:
            raise TypeError(2)
        except TypeError as e2:
            return repr(e2), repr(e2.__context__)
print(nested())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
try:
    try:
        raise ValueError("a")
    except TypeError:
        pass
except Exception as e:
    print("fallthrough", e)
import sys
try:
    raise KeyError("info")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, tb is not None, sys.exception() is ev)
print(sys.exc_info())
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyErr(7)
except MyErr as e:
    print(e, e.code, e.args)
try:
    raise ExceptionGroup("grp", [ValueError(1)])
except Exception as e:
    print(type(e).__name__, e)
def cnt():
    n = 0
    for i in range(3):
        try:
            if i == 1: raise ValueError
        except ValueError:
            n += 10
        finally:
            n += 1
    return n
print(cnt())
try:
    raise Exception("a", "b")
except Exception as e:
    print(e, repr(e))
