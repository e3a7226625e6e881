import functools, operator, heapq, bisect, copy
from functools import reduce, partial, lru_cache, cache, wraps, total_ordering, cmp_to_key, singledispatch, cached_property

def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

print(reduce(operator.add, [1, 2, 3]), reduce(lambda a, b: a * b, range(1, 6), 10), reduce(operator.add, [], 0))
show("reduce empty", lambda: reduce(operator.add, []))
p = partial(int, base=2); print(p("101"), p.func, p.args, p.keywords, repr(partial(max, 1, key=abs)))
p2 = partial(p, "11"); print(p2(), partial(pow, 2)(10))
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x); return x * x
sq(1); sq(2); sq(1); sq(3); sq(2)
print(sq.cache_info(), sq.__wrapped__(4))
sq.cache_clear(); print(sq.cache_info(), sq.cache_parameters())
@cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@lru_cache
def typed(x): return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info())
def deco(f):
    @wraps(f)
    def w(*a, **k):
        "wrapper"
        return f(*a, **k)
    return w
@deco
def hello(x):
    "Say hello."
    return x
print(hello.__name__, hello.__doc__, hello.__wrapped__.__name__, hello(3))
@total_ordering
class Ver:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ver({self.v})"
print(Ver(1) <= Ver(2), Ver(3) > Ver(2), Ver(2) >= Ver(2), sorted([Ver(3), Ver(1)]))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), sorted(["bb", "a", "ccc"], key=cmp_to_key(lambda a, b: len(a) - len(b))))
@singledispatch
def fmt(x): return f"obj {x}"
@fmt.register
def _(x: int): return f"int {x}"
@fmt.register(list)
def _(x): return f"list {len(x)}"
print(fmt(1), fmt("s"), fmt([1, 2]), fmt(True), fmt.dispatch(float).__name__)
class C:
    @cached_property
    def val(self):
        print("computing"); return 42
c = C(); print(c.val, c.val)
print(functools.partialmethod, functools.WRAPPER_ASSIGNMENTS)
print(operator.itemgetter(1)([1, 2]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3), operator.attrgetter("a.b")(type("X", (), {"a": type("Y", (), {"b": 9})})), operator.methodcaller("split", ",")("a,b"))
print(repr(operator.itemgetter(1, "a")), repr(operator.attrgetter("x", "y.z")), repr(operator.methodcaller("f", 1, k=2)))
print(operator.add(1, 2), operator.sub(5, 3), operator.mul("a", 3), operator.truediv(1, 4), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 5), operator.neg(3), operator.pos(-3), operator.abs(-2), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 4), operator.rshift(16, 2), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains([1], 1), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.eq(1, 1), operator.ne(1, 2), operator.lt(1, 2), operator.le(2, 2), operator.gt(1, 2), operator.ge(3, 2), operator.concat([1], [2]), operator.getitem({"a": 1}, "a"), operator.index(7), operator.length_hint([1, 2]), operator.matmul.__name__)
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.__add__(1, 1))
show("indexOf missing", lambda: operator.indexOf([1], 5))
show("itemgetter missing", lambda: operator.itemgetter(5)([1]))
show("attrgetter bad", lambda: operator.attrgetter("nope")(1))
show("concat bad", lambda: operator.concat(1, 2))
h = [5, 1, 8, 3, 2]; heapq.heapify(h); print(h, heapq.heappop(h), h)
heapq.heappush(h, 0); print(h, heapq.heappushpop(h, 7), heapq.heapreplace(h, 10), h)
print(heapq.nlargest(3, [1, 8, 2, 9, 3]), heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, ["aa", "b", "cccc"], key=len), heapq.nsmallest(10, [3, 1]), list(heapq.merge([1, 4, 7], [2, 5], [3])), list(heapq.merge([3, 1], [2], reverse=True)))
print(list(heapq.merge(["a", "bbb"], ["cc"], key=len)), heapq.nlargest(0, [1]), heapq.nsmallest(1, []))
show("heappop empty", lambda: heapq.heappop([]))
show("heapreplace empty", lambda: heapq.heapreplace([], 1))
show("heappush nonlist", lambda: heapq.heappush((), 1))
hh = []; [heapq.heappush(hh, (p, n)) for p, n in [(3, "c"), (1, "a"), (2, "b")]]; print([heapq.heappop(hh) for _ in range(3)])
a = [1, 2, 2, 2, 5, 7]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect_left(a, 0), bisect.bisect(a, 100), bisect.bisect_left(a, 2, 2), bisect.bisect_left(a, 2, 0, 1))
bisect.insort(a, 3); bisect.insort_left(a, 2); print(a)
recs = [("a", 1), ("b", 5), ("c", 9)]
print(bisect.bisect_left(recs, 5, key=lambda r: r[1]), bisect.bisect(recs, 6, key=lambda r: r[1])); bisect.insort(recs, ("x", 7), key=lambda r: r[1]); print(recs)
show("bisect lo neg", lambda: bisect.bisect([1], 1, -1))
show("bisect hi", lambda: bisect.bisect([1], 1, 0, 10))
class Obj:
    def __init__(self): self.items = [[1, 2], {"k": [3]}]; self.name = "o"
o = Obj(); sh = copy.copy(o); dp = copy.deepcopy(o)
print(sh.items is o.items, dp.items is o.items, dp.items == o.items, dp.items[1]["k"] is o.items[1]["k"])
lst = [1, [2, 3]]; lst.append(lst); d2 = copy.deepcopy(lst); print(d2[2] is d2, d2[1] is lst[1])
class Cust:
    def __init__(self, v): self.v = v
    def __copy__(self): print("__copy__"); return Cust(self.v)
    def __deepcopy__(self, memo): print("__deepcopy__", type(memo).__name__); return Cust(self.v * 2)
print(copy.copy(Cust(1)).v, copy.deepcopy(Cust(1)).v, copy.copy(5), copy.deepcopy((1, [2])), copy.copy({"a": [1]}), copy.deepcopy({1, 2}))
t = (1, 2); print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [])) is t)
import types
print(copy.deepcopy(types.SimpleNamespace(a=[1])), copy.replace if hasattr(copy, "replace") else "noreplace", copy.Error)
class NoCopy:
    def __reduce_ex__(self, p): raise TypeError("cannot copy NoCopy")
show("nocopy", lambda: copy.copy(NoCopy()))
