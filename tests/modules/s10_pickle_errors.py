# pickle's error messages and exception classes as CPython's _pickle reports them.
import pickle, sys
def t(name, f):
    try:
        r = f()
        print(name, "ok")
    except Exception as e:
        m = str(e)
        import re
        m = re.sub(r" at 0x[0-9a-f]+", " at ADDR", m)
        print(name, type(e).__module__, type(e).__qualname__, m)
def outer():
    def inner(): pass
    return inner
class C:
    class D: pass
def g(): pass
g2 = g
def h(): pass
h.__qualname__ = "nothere"
k = lambda: 0
def m(): pass
m.__module__ = "no_such_module_xyz"
t("lambda", lambda: pickle.dumps(k))
t("local", lambda: pickle.dumps(outer()))
t("nested class", lambda: pickle.dumps(C.D))
t("renamed", lambda: pickle.dumps(h))
t("badmod", lambda: pickle.dumps(m))
t("gen", lambda: pickle.dumps((x for x in [])))
t("module", lambda: pickle.dumps(sys))
t("lock", lambda: pickle.dumps(__import__("threading").Lock()))
t("file", lambda: pickle.dumps(open(__file__)))
for p in [0, 1, 2, 5, 6, -1, "x", 1.0]:
    t(f"proto {p}", lambda: pickle.dumps(1, p))
t("loads bad", lambda: pickle.loads(b"garbage"))
t("loads empty", lambda: pickle.loads(b""))
t("loads trunc", lambda: pickle.loads(pickle.dumps([1,2,3])[:-3]))
t("loads str", lambda: pickle.loads("x"))
try:
    pickle.dumps(k)
except pickle.PicklingError as e:
    print(type(e), type(e).__module__, pickle.PickleError.__module__, pickle.UnpicklingError.__module__)
for data in [b"I12", b"(lp0\nI1\na", b"S'abc'", b"F1.5"]:
    t(repr(data), lambda: pickle.loads(data))
