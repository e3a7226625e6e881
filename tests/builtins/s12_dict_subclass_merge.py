# Merging dict subclasses (dict(), update, {**x}, f(**x)): storage copied unless __iter__ is overridden.
def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
t(lambda: list(It()))
t(lambda: list(zip(It(), It())))
t(lambda: dict(zip(It(), 'abc')))
class DS(dict):
    def keys(self): return ['a']
    def __getitem__(self, k): return 'X'
t(lambda: dict(DS(a=1, b=2)))
t(lambda: {**DS(a=1, b=2)})
d = {}; d.update(DS(a=1, b=2)); print(d)
class Map:
    def keys(self): return ['k1', 'k2']
    def __getitem__(self, k): return k.upper()
t(lambda: dict(Map()))
t(lambda: {**Map()})
t(lambda: (lambda **kw: kw)(**Map()))
t(lambda: dict.fromkeys(It()))
class SS(set):
    def __iter__(self): return iter([7])
t(lambda: (list(SS([1, 2])), sorted(SS([1]) | {3}), tuple(SS([1]))))
class DI(dict):
    def __iter__(self): return iter(['z'])
t(lambda: (list(DI(a=1)), dict(DI(a=1)), [*DI(a=1)], {**DI(a=1)}))
class ST(str):
    def __iter__(self): return iter('zz')
t(lambda: (list(ST('ab')), ''.join(ST('ab')), [*ST('ab')]))
