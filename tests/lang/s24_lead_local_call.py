# f(x) where f is a local or a free variable (PUSH_NULL; load f; the argument
# loads; PRECALL; CALL): the loads and the call run together; every failure.
import traceback


def maker(k):
    def add(x, y=0):
        return x + y + k
    return add


def calls(x, y):
    f = maker(10)
    g = len
    h = lambda *a: a
    out = [f(x), f(x, y), f(1), f(x, 2), g("héllo"), h(), h(x, "c", None)]

    def inner(z):
        return f(z) + f(z, x)

    out.append(inner(y))
    out.append(f(x=y))
    out.append(f(y, y=x))
    return out


print(calls(1, 2))
print(calls(-5, 2 ** 70))


def unbound_callee():
    if False:
        f = print
    return f(1)


def unbound_arg():
    f = maker(1)
    if False:
        a = 1
    return f(a)


def unbound_free():
    def inner():
        return fn(1)
    r = inner()
    fn = maker(0)
    return r


def free_arg_unbound():
    def inner():
        return print(val)
    inner()
    val = 1


def not_callable():
    f = 3
    return f(1)


def raising():
    f = maker("s")
    return f(1)


for fn in (unbound_callee, unbound_arg, unbound_free, free_arg_unbound, not_callable, raising):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
        print([t.line for t in traceback.extract_tb(e.__traceback__)][1:])


def rec(n):
    me = rec
    return me(n + 1)


try:
    rec(0)
except RecursionError as e:
    print("RecursionError", e)


def top():
    f = maker(None)
    return f(1)


top()
