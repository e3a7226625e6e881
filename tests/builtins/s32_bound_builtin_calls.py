# Bound methods of built-in types called through a variable (their self and arguments
# handed over without copies), with few and many arguments, and their errors.
r = []
a = r.append
for i in range(5):
    a(i)
print(r)
try:
    a()
except TypeError as e:
    print("TypeError:", e)
try:
    a(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    a(x=1)
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1}
g = d.get
print(g("a"), g("b"), g("b", 0))
try:
    g()
except TypeError as e:
    print("TypeError:", e)

f = "{}|{}|{}|{}|{}|{}|{}|{}|{}".format
print(f(1, 2, 3, 4, 5, 6, 7, 8, 9))
f5 = "{}-{}-{}-{}-{}-{}".format
print(f5(*"abcdef"))
print("<{}{}{}{}{}>".format(*range(5)))
try:
    f5(1, 2)
except IndexError as e:
    print("IndexError:", e)

j = ", ".join
print(j(["x", "y", "z"]), repr(j([])))
s = {1, 2}
u = s.union
print(sorted(u()), sorted(u([3])), sorted(u([3], [4], (5,), {6}, [7], [8], [9])))

# a bound method of a class written in Python, wrapping a built-in
class L(list):
    pass
m = L().append
m(1); m(2)
print(m.__self__, type(m.__self__).__name__)

# built-in classes called with arguments (constructor then __init__)
t = tuple(range(8))
print(list(t), list(), list("abc"), list(range(3)), dict(a=1, b=2), set((1, 1, 2)))
try:
    list(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    list(x=1)
except TypeError as e:
    print("TypeError:", e)

class P:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.n = len(args)
        return o
    def __init__(self, *args):
        self.args = args
for k in (0, 1, 5, 6, 7, 9):
    p = P(*range(k))
    print(k, p.n, p.args)

class Q(dict):
    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.extra = len(args)
q = Q([(1, 2)], x=3)
print(q, q.extra)
