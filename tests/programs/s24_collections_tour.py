# Dict/set views and their set algebra, collections, itertools, functools, heapq and
# bisect in one pass, with sorting stability under keys and reverse.
import itertools, functools, collections, operator, heapq, bisect
d = {"b": 2, "a": 1, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), k <= {"a", "b", "c"}, k < {"a", "b", "c"})
print(("a", 1) in it, ("a", 2) in it, sorted(it - {("a", 1)}), it & {("c", 3)}, list(reversed(k)), list(reversed(it)))
print(k.isdisjoint(["x"]), len(v), 2 in v, repr(k), repr(v), repr(it))
print(k == {"a", "b", "c"}, v == v, list(k.mapping.items()) == list(d.items()))
d["d"] = 4
print(list(k), list(v))
try:
    for key in d:
        d["e"] = 5
except RuntimeError as e:
    print("RuntimeError", e)
s = {3, 1, 2}
print(s | {4}, s & {1, 9}, s - {1}, s ^ {1, 5}, s <= {1, 2, 3}, s < {1, 2, 3}, frozenset(s) == s, {frozenset({1})} )
print(sorted(s.union([5], (6,))), s.intersection(), s.issuperset([]), set().isdisjoint(s), {1, 2} > {1}, hash(frozenset()) == hash(frozenset([])))
od = collections.OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), od == dict.fromkeys("acd"), od == collections.OrderedDict.fromkeys("dac"))
c = collections.Counter("abracadabra")
print(c.most_common(3), c["z"], sorted((c - collections.Counter("aaab")).items()), (c & collections.Counter("aab")), +collections.Counter({"x": -1, "y": 2}))
print(c.total(), sorted(c.elements())[:5], collections.Counter(a=3) <= collections.Counter(a=4, b=1))
dd = collections.defaultdict(list)
for w in "apple avocado banana cherry blueberry".split():
    dd[w[0]].append(w)
print(dict(dd), dd.default_factory.__name__, "z" in dd, dd["z"], "z" in dd)
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.new_child({"c": 4}).maps, cm.parents)
P = collections.namedtuple("P", "x y z", defaults=[0])
p = P(1, 2)
print(p, p._replace(z=5), p._asdict(), P._fields, P._field_defaults, p[1:], P._make([7, 8, 9]))
dq = collections.deque(range(5), maxlen=4)
dq.rotate(1); dq.appendleft(-1); dq.extend([8, 9])
print(dq, dq.maxlen, dq.count(9), dq.index(8))
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1), ("b", 1)]
print(sorted(data, key=operator.itemgetter(1)), sorted(data, key=lambda t: t[1], reverse=True))
print([(k, list(g)) for k, g in itertools.groupby(sorted(data), key=operator.itemgetter(0))])
print(list(itertools.accumulate([1, 2, 3, 4], operator.mul, initial=10)), list(itertools.pairwise("abcd")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement("abc", 2))[:4], list(itertools.permutations(range(3), 2))[-2:])
print(list(itertools.islice(itertools.cycle("xyz"), 2, 9, 2)), list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.compress("abcdef", [1, 0, 1])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.filterfalse(None, [0, 1, "", "a"])))
a, b = itertools.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a), list(itertools.chain.from_iterable(["ab", "cd"])), list(itertools.repeat("q", 3)))
@functools.lru_cache(maxsize=2)
def sq(n): return n * n
print([sq(i) for i in [1, 2, 1, 3, 1]], sq.cache_info())
print(functools.reduce(lambda x, y: x * 10 + y, [1, 2, 3]), functools.reduce(operator.add, [], 0))
part = functools.partial(int, base=2)
print(part("101"), part.func.__name__, part.keywords, functools.partial(part, "11")())
@functools.total_ordering
class V:
    def __init__(self, n): self.n = n
    def __eq__(self, o): return self.n == o.n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"V{self.n}"
print(sorted([V(3), V(1), V(2)]), V(1) >= V(1), V(2) > V(1), V(1) <= V(0), max(V(5), V(7)))
print(sorted(["b10", "a2", "b9"], key=functools.cmp_to_key(lambda x, y: (x[0] > y[0]) - (x[0] < y[0]) or int(x[1:]) - int(y[1:]))))
class Cfg:
    @functools.cached_property
    def val(self):
        print("  computing"); return 42
cfg = Cfg(); print(cfg.val, cfg.val, "val" in vars(cfg))
@functools.singledispatch
def show(x): return f"obj {x!r}"
@show.register
def _(x: int): return f"int {x}"
@show.register(list)
def _(x): return f"list of {len(x)}"
print(show(1), show([1, 2]), show("s"), show(True))
h = [5, 1, 8, 3, 2]; heapq.heapify(h)
print(heapq.heappop(h), heapq.nsmallest(2, h), heapq.nlargest(2, h, key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])), heapq.heappushpop(h, 0))
xs = [1, 2, 2, 2, 5]
print(bisect.bisect_left(xs, 2), bisect.bisect_right(xs, 2), bisect.bisect(xs, 9), bisect.bisect_left(xs, 3, key=None))
bisect.insort(xs, 4); print(xs)
recs = sorted([("x", 3), ("y", 1), ("z", 3), ("w", 1)], key=lambda r: r[1])
print(recs, sorted(recs, key=lambda r: r[1], reverse=True), [r[0] for r in sorted(reversed(recs), key=lambda r: r[1])])
print(sorted([1.0, 1, True, 0.5, False]), sorted(["10", "9", "1"], key=int), sorted([[2], [1, 5], [1]]), min([], default="empty"))
