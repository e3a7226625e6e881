# generators, closures, comprehensions, exceptions with chaining
def counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    def get(): return n
    return inc, get
inc, get = counter(10)
inc(); inc(5); print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
adders = [lambda x, i=i: x + i for i in range(3)]; late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
def make_acc():
    total = []
    def add(x): total.append(x); return sum(total)
    return add
acc = make_acc(); print(acc(1), acc(2), acc(3))
x = "global"
def outer():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
print(outer())
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)), next(fib()))
def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            if v is None: break
            received.append(v)
    finally:
        print("echo finally", received)
    return received
g = echo(); print(next(g), g.send("a"), g.send("b"))
try: g.send(None)
except StopIteration as e: print("StopIteration value", e.value)
def deleg():
    r = yield from echo()
    yield ("result", r)
g = deleg(); next(g); g.send(1); print(g.send(None))
def gen_throw():
    while True:
        try: yield 1
        except ValueError as e: print("gen caught", e); yield "recovered"
gt = gen_throw(); next(gt); print(gt.throw(ValueError("boom"))); gt.close(); print(gt.gi_frame is None)
def gclose():
    try: yield 1
    except GeneratorExit: print("GeneratorExit seen"); raise
gc_ = gclose(); next(gc_); gc_.close()
def bad_gen():
    yield 1
    raise StopIteration("x")
try: list(bad_gen())
except RuntimeError as e: print("RuntimeError:", e, type(e.__cause__).__name__)
def g2(): yield 1
gg = g2(); print(list(gg), list(gg), gg.__name__, gg.__qualname__, type(gg).__name__)
def run_twice():
    it = (i * i for i in range(3))
    return sum(it), sum(it)
print(run_twice())
ge = (x for x in range(3)); next(ge)
try: ge.throw(KeyError, "k")
except KeyError as e: print("KeyError", e)
def running():
    yield g_self.send(None)
g_self = running()
try: next(g_self)
except ValueError as e: print("ValueError:", e)
print([x * y for x in range(1, 4) for y in range(x) if (x + y) % 2], {x % 3: x for x in range(10)}, {c for c in "mississippi"} == set("misp"), [[j for j in range(i)] for i in range(4)])
print([y for x in [[1, 2], [3]] for y in x], [(a, b) for a in "ab" for b in (1, 2)], [n for n in range(20) if n % 2 if n % 3], [v := 5, v * 2], [i for i in range(3)][-1])
print(sorted({(i, j) for i in range(2) for j in range(2)}), dict((k, len(k)) for k in ["aa", "b"]), sum(1 for _ in "abc"), list(map(lambda t: t[::-1], ["ab", "cd"])))
class E1(Exception): pass
class E2(E1):
    def __init__(self, code, msg):
        super().__init__(msg); self.code = code
    def __str__(self): return f"[{self.code}] {self.args[0]}"
try:
    raise E2(404, "not found")
except E1 as e:
    print(type(e).__name__, e, e.args, e.code, repr(e), isinstance(e, Exception))
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError(f"bad input {s!r}") from e
try: parse("x")
except RuntimeError as e: print(e, "|", e.__cause__, "|", type(e.__context__).__name__, e.__suppress_context__)
try:
    try: {}["k"]
    except KeyError: raise TypeError("during handling")
except TypeError as e: print(e, "| context:", repr(e.__context__), e.__cause__)
try:
    try: 1 / 0
    except ZeroDivisionError: raise ValueError("no ctx") from None
except ValueError as e: print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def f_finally():
    try: return "try"
    finally: print("finally runs")
print(f_finally())
def f_override():
    try: raise ValueError
    finally: return "swallowed by return"
print(f_override())
for i in range(3):
    try:
        if i == 1: continue
        print("body", i)
    finally:
        print("fin", i)
try:
    raise ExceptionGroup("grp", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("VE group:", repr(eg), eg.exceptions)
except* TypeError as eg:
    print("TE group:", eg.message, len(eg.exceptions))
e = ValueError("a", 2)
print(e.args, str(e), repr(e), str(ValueError()), repr(KeyError("k")), str(KeyError("k")), str(KeyError()), repr(OSError(2, "nf")), str(OSError(2, "nf", "f.txt")))
e.add_note("note 1"); print(e.__notes__)
print(issubclass(KeyError, LookupError), KeyError.__mro__[1:3], BaseException.__subclasses__ is not None, StopIteration().value, SystemExit(3).code, UnicodeError.__base__)
import traceback, sys
def lvl3(): raise LookupError("deep")
def lvl2(): lvl3()
def lvl1():
    try: lvl2()
    except LookupError as ex: raise ValueError("wrapped") from ex
try: lvl1()
except ValueError as ex:
    tb = ex.__traceback__
    names = []
    while tb: names.append(tb.tb_frame.f_code.co_name); tb = tb.tb_next
    print(names, ex.__cause__.__traceback__.tb_next.tb_frame.f_code.co_name)
    print("".join(traceback.format_exception_only(type(ex), ex)), end="")
    print(traceback.format_exc().splitlines()[-1])
try: raise TypeError
except TypeError as ex: print(repr(ex), ex.args, sys.exc_info()[0].__name__)
print(sys.exc_info())
def cleanup_order():
    try:
        try: raise KeyError("a")
        finally: print("inner finally")
    except KeyError as ex: print("outer caught", ex); return 1
    else: print("no")
print(cleanup_order())
try: raise Exception("x") from 5
except TypeError as ex: print("TypeError:", ex)
try: raise 5
except TypeError as ex: print("TypeError:", ex)
try: raise int
except TypeError as ex: print("TypeError:", ex)
print("--- now an uncaught chained error goes to stderr")
def load(cfg):
    try: return cfg["port"]
    except KeyError as ex: raise LookupError("config incomplete") from ex
def start(): return load({"host": "x"}) + 1
try:
    start()
finally:
    print("finally before traceback")
