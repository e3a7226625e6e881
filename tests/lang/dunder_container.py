class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n: raise IndexError(i)
        return i * 10
print(len(Seq(3)), Seq(3)[1], Seq(3)[1:5:2], Seq(3)[::], list(Seq(3)), 20 in Seq(3), 25 in Seq(3))
for x in Seq(2): print("it", x)
print(list(reversed(Seq(3))), sorted(Seq(3), reverse=True))
class Store:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): print("set", k, v); self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): print("del", k); del self.d[k]
    def __contains__(self, k): print("contains", k); return k in self.d
s = Store()
s["a"] = 1
s[1, 2] = 3
print(s["a"], s[1, 2], "a" in s, "z" not in s)
del s["a"]
try:
    s["a"]
except KeyError as e:
    print("KeyError", e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), sum(It()), [a for a in It()])
a, b, c = It()
print(a, b, c)
class Call:
    def __call__(self, *a, **k): return ("called", a, k)
print(Call()(1, x=2), callable(Call()), callable(Call))
class Rep:
    def __repr__(self): return "Rep()"
    def __str__(self): return "str of Rep"
    def __format__(self, spec): return "fmt:" + spec
print(Rep(), repr(Rep()), str(Rep()), f"{Rep()!r}", format(Rep(), "x"), [Rep()])
class OnlyRepr:
    def __repr__(self): return "OnlyRepr!"
print(str(OnlyRepr()), "%s %r" % (OnlyRepr(), OnlyRepr()))
class NotIter: pass
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    NotIter()[0]
except TypeError as e:
    print("TypeError", e)
try:
    len(NotIter())
except TypeError as e:
    print("TypeError", e)
try:
    NotIter()()
except TypeError as e:
    print("TypeError", e)
class Rev:
    def __reversed__(self): return iter("cba")
print(list(reversed(Rev())))
class LenHint:
    def __length_hint__(self): return 5
import operator
print(operator.length_hint(LenHint()), operator.length_hint([1, 2]))
class Missing(dict):
    def __missing__(self, key): return "missing " + key
print(Missing()["x"])
