calls = []
def default():
    calls.append("evaluated")
    return len(calls)
def f(x=default()):
    return x
print(f(), f(), calls)
def g(items=None):
    if items is None: items = []
    items.append(1)
    return items
print(g(), g(), g([0]))
def h(a, b=[]):
    b.append(a)
    return b
print(h(1), h(2), h.__defaults__)
x = 10
def k(v=x): return v
x = 20
print(k())
def kw(*, a=x * 2): return a
print(kw(), kw.__kwdefaults__)
class C:
    def m(self, v=[]):
        v.append(len(v))
        return v
print(C().m(), C().m())
