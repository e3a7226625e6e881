# reversed(): a list (or list subclass) is read directly as list_reverseiterator does;
# any other sequence through __getitem__ until IndexError/StopIteration; __length_hint__.
class GL(list):
    def __len__(self): return 2
g = GL([1, 2, 3])
r = reversed(g)
print(type(r).__name__, list(r))
class GL2(list):
    def __getitem__(self, i): return 5
print(list(reversed(GL2([1, 2, 3]))), list(reversed(GL([1,2,3]))))
print(list(GL([1,2,3]).__reversed__()))
class S:
    def __init__(self): self.d = [1, 2, 3]
    def __len__(self): return 5
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return self.d[i]
print(list(reversed(S())))
class S2:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 1: raise StopIteration
        return i
print(list(reversed(S2())))
class S3:
    def __len__(self): return 3
    def __getitem__(self, i):
        if i == 1: raise KeyError(i)
        return i
try: print(list(reversed(S3())))
except KeyError as e: print("KeyError", e)
l = [1, 2, 3, 4]
r = reversed(l); print(next(r), r.__length_hint__()); l.clear(); print(list(r), r.__length_hint__()); l.extend([5, 6, 7, 8]); print(list(r))
t = reversed((1, 2, 3)); print(t.__length_hint__(), list(t), t.__length_hint__())
r = reversed([1, 2]); l2 = [1, 2, 3]; r2 = reversed(l2); l2.pop(); print(list(r2))
class Sh(list):
    def __len__(self): return 100
rs = reversed(Sh([1, 2])); print(rs.__length_hint__(), list(rs))
import operator
print(operator.length_hint(reversed(S())), operator.length_hint(reversed("abc")))
import random, bisect, heapq, operator, itertools, collections
class GL(list):
    def __getitem__(self, i):
        r = super().__getitem__(i)
        return r * 10 if isinstance(i, int) else r
    def __len__(self): return 2
    def __contains__(self, x): return x == "magic"
g = GL([1, 2, 3])
random.seed(1)
out = [g[0], g[-1], g[0:2], len(g), bool(g), "magic" in g, 1 in g, random.choice(g), bisect.bisect(g, 15), operator.getitem(g, 1), operator.contains(g, "magic"),
       list(reversed(g)), sorted(g), g.index(2), g.count(1), list(g), g == [1, 2, 3], [*g], max(g), g.pop(), g, operator.indexOf(g, 2), operator.countOf(g, 1)]
print(out)
class GD(dict):
    def __getitem__(self, k): return "GD"
    def get(self, k, d=None): return "get"
    def __contains__(self, k): return True
    def __len__(self): return 0
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
gd = GD(a=1)
gd["b"] = 2
gd.update(c=3); gd.setdefault("d", 4)
print(gd["zz"], gd.get("a"), "zz" in gd, len(gd), bool(gd), dict(gd), gd, operator.itemgetter("a")(gd), "{a}".format(**gd), "%(a)s" % gd, list(gd.items()), collections.ChainMap(gd)["a"], dict(**gd))
class GS(str):
    def __eq__(self, o): return True
    def __hash__(self): return 0
    def __len__(self): return 99
    def __getitem__(self, i): return "X"
gs = GS("abc")
print(gs == "zzz", gs[0], len(gs), gs.upper(), gs + "d", "b" in gs, list(gs), {gs: 1}.get("q"), gs.startswith("a"), "".join(gs), str(gs), f"{gs}", gs.split("b"), sorted(gs), "x".join([gs, gs]), gs in ["q"], ["q"].count(gs), ("q",).index(gs))
