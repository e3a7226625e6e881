# except* basics: matching, splitting across clauses, naked exceptions, tuples, else/finally
import sys


def show(label, e):
    print(label, type(e).__name__, repr(e))


def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        out = []
        for s in e.exceptions:
            out.extend(leaves(s))
        return out
    return [repr(e)]


# split across several clauses, each sees only its part
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
except* ValueError as eg:
    show("value:", eg)
    print("  handled now:", sys.exc_info()[1] is eg, sys.exception() is eg)
except* TypeError as eg:
    show("type:", eg)
except* LookupError as eg:
    show("lookup:", eg)
print("after", sys.exception())

# a naked exception is wrapped in ExceptionGroup('', (exc,))
try:
    raise ValueError("naked")
except* ValueError as eg:
    show("naked:", eg)
    print("  message:", repr(eg.message), "leaf is orig:", type(eg.exceptions[0]).__name__)
    print("  wrapper tb:", eg.__traceback__, "leaf tb set:", eg.exceptions[0].__traceback__ is not None)

# an unmatched naked exception passes through unchanged
try:
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")
except KeyError as e:
    show("passed through:", e)

# tuple of types
try:
    raise ExceptionGroup("t", [ValueError(1), TypeError(2), OSError(3)])
except* (ValueError, TypeError) as eg:
    show("tuple:", eg)
except* OSError as eg:
    show("os:", eg)

# nested groups keep their structure
try:
    raise ExceptionGroup("outer", [
        ValueError(1),
        ExceptionGroup("inner", [TypeError(2), ValueError(3)]),
        ExceptionGroup("inner2", [TypeError(4)]),
    ])
except* ValueError as eg:
    show("nested value:", eg)
except* TypeError as eg:
    show("nested type:", eg)

# else and finally
for exc in [None, ValueError(1), ExceptionGroup("g", [TypeError(1)])]:
    try:
        try:
            if exc is not None:
                raise exc
            print("body ok")
        except* ValueError:
            print("handled value")
        else:
            print("else ran")
        finally:
            print("finally ran")
    except Exception as e:
        show("escaped:", e)

# unhandled rest is re-raised with the original's shape and metadata
def partial():
    try:
        raise ExceptionGroup("mix", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("handled the ValueError")

try:
    partial()
except ExceptionGroup as e:
    show("rest:", e)
    print("  leaves:", leaves(e))
    print("  tb is set:", e.__traceback__ is not None)

# the same clause does not run for an empty split; clause bodies run in order
order = []
try:
    raise ExceptionGroup("o", [KeyError(1), IndexError(2)])
except* IndexError:
    order.append("index")
except* KeyError:
    order.append("key")
except* ValueError:
    order.append("value")
print(order)

# subclasses of ExceptionGroup keep their type through split (derive)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "'", excs)

try:
    raise MyGroup("mine", [ValueError(1), TypeError(2)])
except* ValueError as eg:
    show("derived:", eg)
except* TypeError as eg:
    show("derived:", eg)

# BaseExceptionGroup with BaseException leaves
try:
    raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1)])
except* KeyboardInterrupt as eg:
    show("kbd:", eg)
except* ValueError as eg:
    show("val:", eg)

# handled exception is restored afterwards
try:
    raise OSError("outer")
except OSError:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("inner handled:", repr(sys.exception()))
    print("restored:", repr(sys.exception()))

# names bound by except* are deleted afterwards
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError as gone:
    pass
try:
    gone
except NameError as e:
    print("NameError:", e)

# except* in a loop with break/continue in nested loops inside the handler
for i in range(3):
    try:
        raise ExceptionGroup("loop", [ValueError(i)])
    except* ValueError as eg:
        for e in eg.exceptions:
            if e.args[0] == 1:
                continue
            print("loop", e.args[0])
            break

# except* inside a function with return after the try
def f(x):
    try:
        if x:
            raise ExceptionGroup("f", [ValueError(x)])
    except* ValueError as eg:
        res = [e.args[0] for e in eg.exceptions]
    else:
        res = "none"
    return res

print(f(0), f(5))
