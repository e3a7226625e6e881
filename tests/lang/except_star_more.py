# except* in generators, nested in handlers, with failing type expressions/splits, in threads
import sys
def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield repr(e)
        yield repr(sys.exception())
    except* TypeError as e:
        yield repr(e)
    yield "end " + repr(sys.exception())
print(list(gen()))

def gen2():
    try:
        yield 1
    except* ValueError as e:
        yield "caught " + repr(e)
g = gen2(); next(g); print(g.throw(ValueError(5)))

# handler raising while the rest is re-raised, caught by an outer except*
try:
    try:
        raise ExceptionGroup("in", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError(3)
except* KeyError as e:
    print("outer key", repr(e))
except* TypeError as e:
    print("outer type", repr(e))

# exception in else/finally of a try/except*
try:
    try:
        pass
    except* ValueError:
        pass
    else:
        raise OSError("else")
except OSError as e:
    print("else raised", repr(e), e.__context__)

# nested except* in a handler of except*
try:
    raise ExceptionGroup("a", [ValueError(1)])
except* ValueError as e1:
    try:
        raise ExceptionGroup("b", [TypeError(2)])
    except* TypeError as e2:
        print(repr(e2), repr(e2.exceptions[0].__context__), repr(sys.exception()))
    print(repr(sys.exception()))

# an error in the type expression
try:
    try:
        raise ExceptionGroup("a", [ValueError(1)])
    except* undefined_name:
        pass
except NameError as e:
    print(e, repr(e.__context__))

# a split that raises
class Bad(ExceptionGroup):
    def split(self, t):
        raise RuntimeError("no split")
try:
    try:
        raise Bad("b", [ValueError(1)])
    except* TypeError:
        pass
except RuntimeError as e:
    print(repr(e), repr(e.__context__))

# threads each running except*
import threading
out = []
def worker(i):
    try:
        raise ExceptionGroup("t", [ValueError(i), TypeError(i)])
    except* ValueError as e:
        out.append(("v", e.exceptions[0].args[0]))
    except* TypeError as e:
        out.append(("t", e.exceptions[0].args[0]))
ts = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join(timeout=10)
print(sorted(out))
