# Attribute and augmented-subscript groups that the VM runs as one instruction
# (LOAD_FAST x; LOAD_ATTR / LOAD_METHOD / STORE_ATTR, and a[i] += v): every general
# path, error and line number must be as for the plain instructions.
import sys


class P:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Q:
    def __init__(self):
        self.x = 10
        self.f = lambda: "instance callable"

    @property
    def prop(self):
        caller = sys._getframe(1)
        return ("prop", caller.f_code.co_name, caller.f_lineno)

    @prop.setter
    def prop(self, v):
        if v < 0:
            raise ValueError("negative")
        self.__dict__["_p"] = v

    def __getattr__(self, name):
        if name == "dyn":
            return "dynamic"
        raise AttributeError(f"no {name!r} here")

    def meth(self, k):
        return ("meth", k)


def reads(q, p, m):
    out = [q.x, q.prop, q.dyn, p.a]
    try:
        p.b
    except AttributeError as e:
        out.append(str(e))
    try:
        q.missing
    except AttributeError as e:
        out.append(str(e))
    out.append(m.__name__)
    s = "abc"
    out.append(s.upper())
    out.append(q.meth(3))
    out.append(q.f())
    n = 7
    out.append(n.bit_length())
    out.append(m.sqrt(16.0))
    return out


def writes(q, p):
    q.x = 11
    q.prop = 5
    p.b = 2
    out = [q.x, q._p, p.b]
    try:
        q.prop = -1
    except ValueError as e:
        out.append(("ValueError", str(e), sys.exc_info()[2].tb_next.tb_lineno))
    try:
        p.c = 3
    except AttributeError as e:
        out.append(str(e))
    n = 5
    try:
        n.real = 3
    except AttributeError as e:
        out.append(str(e))
    return out


def unbound():
    try:
        return obj.x
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    obj = Q()


def unbound_method():
    try:
        obj.meth(1)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    obj = Q()


def unbound_store():
    try:
        obj.x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    obj = Q()


class Cls:
    pass


def class_attrs():
    c = Cls
    c.v = 1
    c.v += 2
    return c.v


def aug_subscripts():
    v = [1.0, 2.0, 3.0]
    d = {"k": 1}
    t = [[0, 0], [0, 0]]
    for i in range(3):
        v[i] += 0.5
        v[-1] *= 2
        d["k"] += i
        t[i % 2][1] -= i
    s = ["a"]
    s[0] += "b"
    out = [v, d, t, s]
    try:
        v[5] += 1
    except IndexError as e:
        out.append(("IndexError", str(e)))
    try:
        d["nope"] += 1
    except KeyError as e:
        out.append(("KeyError", str(e)))
    tup = (1, 2)
    try:
        tup[0] += 1
    except TypeError as e:
        out.append(("TypeError", str(e)))
    return out


class Log(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)

    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)


def custom_subscripts():
    lg = Log(a=1)
    lg["a"] += 10
    return dict(lg)


class Poly1:
    def __init__(self):
        self.v = 1


class Poly2:
    def __init__(self):
        self.w = 0
        self.v = 2


def poly(objs):
    total = 0
    for o in objs:
        total += o.v
        o.v = o.v + 1
    return total


q, p = Q(), P()
import math
print(reads(q, p, math))
print(writes(q, p))
unbound()
unbound_method()
unbound_store()
print(class_attrs())
print(aug_subscripts())
print(custom_subscripts())
objs = [Poly1(), Poly2()] * 50
print(poly(objs), poly(objs))


def traced(q):
    return q.missing


try:
    traced(Q())
except AttributeError:
    import traceback
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(f.name, f.lineno, f.line) for f in tb])


def trace_subscript():
    grid = [[1]]
    grid[0][3] += 1


trace_subscript()
