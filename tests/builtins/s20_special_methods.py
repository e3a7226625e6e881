# Special methods: reflected operators and NotImplemented, rich-comparison reflection,
# __hash__ = None, __bool__/__len__ checks, __index__, __getitem__ iteration,
# membership fallbacks, augmented assignment on lists/tuples/sets/dicts.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f'V({self.v})'
    def __add__(self, o): return V(self.v + o.v) if isinstance(o, V) else NotImplemented
    def __radd__(self, o): return V(o + self.v) if isinstance(o, int) else NotImplemented
    def __eq__(self, o): return isinstance(o, V) and self.v == o.v
    def __lt__(self, o): return self.v < o.v if isinstance(o, V) else NotImplemented
    __hash__ = None
class W(V):
    def __radd__(self, o): return 'W.radd'
    def __gt__(self, o): return 'W.gt'
class BadBool:
    def __bool__(self): return 1
class BadLen:
    def __len__(self): return -1
class BigLen:
    def __len__(self): return 2**70
class Idx:
    def __index__(self): return 2
class GI:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
class Cont:
    def __iter__(self): return iter([1, 2])
class NoIter:
    __iter__ = None
tests = [
 "V(1) + V(2)", "1 + V(2)", "V(1) + 1", "'a' + V(1)", "V(1) + W(2)", "V(1) < W(2)", "V(1) < 2", "V(1) == V(1)", "V(1) != V(2)", "V(1) == 1", "hash(V(1))",
 "{V(1)}", "sorted([V(2), V(1)])", "max(V(1), V(3))", "bool(BadBool())", "not BadBool()", "len(BadLen())", "len(BigLen())", "bool(BadLen())", "[1,2,3][Idx()]",
 "'abc'[Idx():]", "range(Idx())", "list(GI())", "5 in GI()", "10 in GI()", "2 in Cont()", "3 in Cont()", "iter(NoIter())", "1 in NoIter()", "list(reversed(GI()))",
 "[V(1)] * 2", "V(1) in [V(1)]", "[V(1)].index(V(1))", "[V(1)].count(V(1))", "divmod(V(1), 2)", "V(1) * 2", "-V(1)", "abs(V(1))", "V(1)[0]", "V(1)()", "V(1) < V(2) < V(3)",
 "sum([V(1), V(2)], V(0))", "sum([V(1)])", "1 < 2 < V(3)", "V(1) <= V(2)", "V(3) > V(2)", "W(1) > V(0)", "V(0) < W(1)", "format(V(1), '')", "format(V(1), 'x')", "str(V(1))",
 "f'{V(1)!s:>6}'", "'%s' % V(1)", "'%d' % V(1)", "round(V(1))", "int(V(1))", "float(V(1))", "complex(V(1))", "V(1) ** 2", "pow(V(1), 2, 3)", "V(1) @ V(2)", "V(1) & 1",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as ex:
        print(t, '!!', type(ex).__name__, ex)
x = V(1)
try:
    x += 1
except TypeError as ex:
    print('+=', ex)
try:
    x -= V(1)
except TypeError as ex:
    print('-=', ex)
l = [1]
l += (2,); print(l)
try:
    l = l + (3,)
except TypeError as ex:
    print(ex)
t = (1,)
t += (2,); print(t)
s = {1}; s |= {2}; print(s)
d = {1: 2}; d |= [(3, 4)]; print(d)
