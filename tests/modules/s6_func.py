import functools, itertools, operator
from functools import lru_cache, partial, reduce, wraps, total_ordering, cached_property, singledispatch, cache, cmp_to_key, partialmethod, singledispatchmethod

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2); print(sq.cache_info(), sq.__wrapped__(4), sq.__name__)
@lru_cache(typed=True)
def t(x): return type(x).__name__
print(t(1), t(1.0), t.cache_info())
@cache
def c(x): return x
print(c(1), c.cache_info())
try:
    sq([1])
except TypeError as e:
    print("TypeError", e)
p = partial(int, base=2)
print(p("1010"), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)).replace(repr(max), "MAX"))
print(partial(partial(pow, 2), 5)(), reduce(operator.add, [1, 2, 3], 10), reduce(lambda a, b: a * b, range(1, 6)))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
def deco(f):
    @wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def documented(x: int) -> int:
    """Adds one."""
    return x + 1
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__, documented.__qualname__)
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ver({self.v})"
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), sorted([Ver(3), Ver(1)]))
class Circle:
    def __init__(self, r): self.r = r
    @cached_property
    def area(self):
        print("computing"); return 3 * self.r ** 2
cc = Circle(2); print(cc.area, cc.area, cc.__dict__)
del cc.area; print(cc.area)
@singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return "list " + ",".join(show(i) for i in x)
@show.register(float)
@show.register(complex)
def _(x): return f"num {x}"
print(show(1), show("s"), show([1, 2.5, "a"]), show(True), show(1j), show.dispatch(bool).__name__, sorted(k.__name__ for k in show.registry))
print(sorted(["b", "A", "c"], key=cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = partialmethod(set_state, True)
ce = Cell(); ce.set_alive(); print(ce.alive)
class Disp:
    @singledispatchmethod
    def f(self, x): return "base"
    @f.register
    def _(self, x: int): return "int"
print(Disp().f(1), Disp().f(""))
# itertools
it = itertools
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)), list(it.chain("ab", [1], ())), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.combinations("abcd", 2)), list(it.combinations_with_replacement("ab", 3)), list(it.permutations(range(3), 2)), list(it.product("ab", repeat=2)))
print(list(it.compress("abcdef", [1, 0, 1, 0, 1])), list(it.dropwhile(lambda x: x < 3, [1, 4, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(None, [0, 1, "", "a"])))
print([(k, list(g)) for k, g in it.groupby("aaabbcaa")], [(k, len(list(g))) for k, g in it.groupby(sorted([3, 1, 2, 11, 13]), key=lambda x: x // 10)])
print(list(it.islice(it.count(5, 2), 4)), list(it.islice("abcdefg", 1, None, 2)), list(it.islice(it.cycle("ab"), 5)), list(it.repeat("x", 3)), list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest("abc", [1], fillvalue="-")), [list(x) for x in it.tee([1, 2], 3)], list(it.pairwise("abcd")), list(it.count(1.5, 0.5))[:0] if False else list(it.islice(it.count(1.5, 0.5), 3)))
print(repr(it.count(3)), repr(it.repeat(1, 2)), repr(it.count(1, 2)), list(it.product()), list(it.combinations([], 0)), list(it.permutations([], 1)))
for bad in [lambda: it.islice([], -1), lambda: list(it.combinations("ab", -1)), lambda: it.repeat(), lambda: next(it.chain(1)), lambda: it.product(repeat=-1), lambda: it.accumulate(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# operator
print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
print(sorted([("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1, 0)), operator.add("a", "b"), operator.neg(5), operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(7, 3))
print(operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.getitem({"a": 1}, "a"), operator.is_(None, None), operator.not_(0), operator.truth([]))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.concat("a", "b"), operator.index(5), operator.length_hint(iter([1, 2])), operator.pow(2, 10), operator.xor(5, 3))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x.y")), repr(operator.methodcaller("f", 1, k=2)))
for bad in [lambda: operator.itemgetter(5)([1]), lambda: operator.attrgetter("zz")(1), lambda: operator.index(1.5), lambda: operator.concat(1, 2), lambda: operator.add(1, "a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
# heapq/bisect/copy
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [1, 9, 2, 8, 3]), heapq.nsmallest(2, ["bb", "a", "ccc"], key=len), list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=True)))
tasks = []
for pr, name in [(3, "low"), (1, "high"), (2, "mid"), (1, "urgent")]:
    heapq.heappush(tasks, (pr, name))
print([heapq.heappop(tasks) for _ in range(len(tasks))])
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError", e)
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]], bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2))
sl = []; [bisect.insort(sl, x) for x in [5, 1, 4]]; bisect.insort_left(sl, 4); print(sl, bisect.bisect([{"k": 1}, {"k": 5}], 3, key=lambda d: d["k"]))
orig = {"a": [1, 2, {"b": [3]}], "t": (1, [2])}
sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig["a"][2]["b"].append(4); orig["t"][1].append(5)
print(sh, dp, copy.deepcopy(orig) == orig)
class Node:
    def __init__(self, v): self.v = v; self.children = []; self.parent = None
    def __copy__(self):
        n = Node(self.v); n.children = self.children; return n
root = Node(1); kid = Node(2); kid.parent = root; root.children.append(kid)
r2 = copy.deepcopy(root); print(r2.children[0].parent is r2, r2 is not root, copy.copy(root).children is root.children)
