class C:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
    @property
    def p(self):
        return self.a * 10
    @property
    def bad(self):
        return self.b
    @property
    def rec(self):
        return self.rec
class D:
    def __init__(self, v):
        self.v = v
    @property
    def twice(self):
        return self.v * 2
    @property
    def gen(self):
        yield self.v
    def _get(self, *a):
        return ('star', a)
    star = property(_get)
c = C()
for i in range(5):
    c.a = i
    print(c.p, c.a)
try:
    c.bad
except AttributeError as e:
    print('AE', e)
try:
    c.rec
except RecursionError as e:
    print('RE', e)
ds = [D(i) for i in range(3)]
for _ in range(3):
    print([d.twice for d in ds], [list(d.gen) for d in ds], ds[0].star)
x = 5
print(x == ds[2].twice, ds[1].twice == 2)
def f():
    return c.bad
try:
    f()
except AttributeError:
    import traceback; traceback.print_exc()
c.b = 7
print(c.bad)
class E(D):
    twice = 3
print(E(1).twice)
D.twice = property(lambda self: 'new')
print(ds[0].twice)
