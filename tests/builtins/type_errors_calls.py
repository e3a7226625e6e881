def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def fk(*, k): pass
def fpo(a, /): pass
class C:
    def m(self, x): pass
    @staticmethod
    def s(): pass
    @classmethod
    def c(cls, y): pass
calls = [
    lambda: f0(1), lambda: f1(), lambda: f1(1, 2), lambda: f2(), lambda: f2(1, 2, 3), lambda: f2(1, c=3),
    lambda: fk(), lambda: fk(1), lambda: fk(k=1, j=2), lambda: fpo(a=1), lambda: f1(1, a=1),
    lambda: C().m(), lambda: C().m(1, 2), lambda: C.m(1), lambda: C.s(1), lambda: C.c(), lambda: C(1),
    lambda: len(), lambda: len(1, 2), lambda: abs(), lambda: isinstance(1), lambda: int(1, 2, 3), lambda: str(1, 2, 3, 4),
    lambda: list(1, 2), lambda: dict(1, 2), lambda: print(foo=1), lambda: sorted(), lambda: sorted([], cmp=1),
    lambda: "x".split(1, 2, 3), lambda: [].append(x=1), lambda: range(), lambda: range(1, 2, 3, 4), lambda: zip(x=1),
    lambda: max(1, 2, key=1), lambda: divmod(1), lambda: getattr(1), lambda: hash(1, 2), lambda: iter(), lambda: next(),
    lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: (lambda *, a: a)(),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
