# dict views (set operations, comparisons, reversed, repr), set/frozenset operations
# and result types, dict merging, and the messages of bad operands.
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'c': 3, 'd': 4}
k, v, i = d.keys(), d.values(), d.items()
tests = [
 "k & e.keys()", "k | {'z'}", "k - e", "k ^ e.keys()", "k & ['a', 'x']", "['a', 'x'] & k", "k <= {'a','b','c','d'}", "k < k", "k == {'a','b','c'}",
 "k == ['a','b','c']", "k.isdisjoint(['x'])", "i & e.items()", "i - {('a', 1)}", "i | [('z', 0)]", "('a', 1) in i", "('a', 2) in i", "(['a'], 1) in i",
 "i <= d.items()", "i == {('a',1),('b',2),('c',3)}", "v == v", "v == d.values()", "list(reversed(k))", "list(reversed(v))", "list(reversed(i))",
 "k.mapping", "type(k.mapping).__name__", "repr(k)", "repr(v)", "repr(i)", "len(i)", "sorted(k ^ {'q'})", "hash(frozenset(k)) == hash(frozenset('abc'))",
 "{1,2} | frozenset([3])", "frozenset([3]) | {1,2}", "type(frozenset() | set()).__name__", "type(set() | frozenset()).__name__", "{1,2}.union([3], (4,))",
 "{1,2,3}.intersection([2,3], [3])", "{1,2}.symmetric_difference([2,3])", "{1,2} <= {1,2}", "{1} < frozenset({1,2})", "set() == frozenset()",
 "{1, 2}.issubset([1, 2, 3])", "{1,2}.issuperset(range(2))", "set('abc') - set('b')", "{(1,2), (1,2)}", "{1, 1.0, True}", "{0, False, 0.0, -0.0}",
 "{}.fromkeys('ab', [])", "dict(a=1) | {'b': 2}", "{'a': 1} | dict(a=2)", "dict.fromkeys(range(3))", "dict([(1,2)], b=3)", "dict(zip('ab', [1,2]))",
 "list({3:1, 1:2, 2:3})", "{**{'a':1}, 'b':2, **{'a':3}}", "sorted({'b':1,'a':2}.items(), key=lambda t: t[1])", "d.get('z', 0)", "d.setdefault('a', 5)",
 "{1: 'a'}.pop(2, None)", "{1: 2}.popitem()", "len({i: i for i in range(5)})", "{frozenset(): 1}[frozenset()]", "dict.__or__({}, 1)",
]
for t in tests:
    try:
        r = eval(t)
        if isinstance(r, (set, frozenset)):   # str hashes vary between runs
            r = (type(r).__name__, sorted(r, key=repr))
        print(t, '->', repr(r))
    except Exception as ex:
        print(t, '!!', type(ex).__name__, ex)
for bad in ["k & 1", "k | 1", "{1} | [2]", "{1} - 'a'", "{1} < [1]", "{}.popitem()", "{1:2}['x']", "{[]: 1}", "{1} & {[]}", "set().pop()", "set().remove(3)",
            "frozenset().add", "frozenset().add(1)", "d.keys()[0]", "d.values() | d.values()", "{} | []", "{}.update(1)", "{}.update([1])", "{}.update([(1,2,3)])",
            "dict([[1]])", "dict(1)", "dict({}, {})", "{}.fromkeys()", "{1} ^ 2", "set([1]).difference(1)", "{1}.isdisjoint(1)", "set(1)", "frozenset(1, 2)",
            "set({}, x=1)", "hash({1})", "hash(d.keys())", "sorted({1, 'a'})", "d.pop()", "d.get()", "{**1}", "dict(**{1: 2})", "iter(d.items()).__next__(1)"]:
    try:
        print(bad, '->', repr(eval(bad)))
    except Exception as ex:
        print(bad, '!!', type(ex).__name__, ex)
# mutation during iteration
for kind in ("dict", "set"):
    c = {1: 1, 2: 2} if kind == "dict" else {1, 2}
    try:
        for x in c:
            c.add(3) if kind == "set" else c.__setitem__(3, 3)
    except RuntimeError as ex:
        print(kind, "RuntimeError", ex)
c = {1: 1, 2: 2}
try:
    for x in c:
        del c[x]; c[x + 10] = 5
except RuntimeError as ex:
    print("RuntimeError", ex)
print(c)
