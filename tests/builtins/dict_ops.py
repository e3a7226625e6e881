d = {'a': 1, 'b': 2, 'c': 3}
print(d.keys(), d.values(), d.items(), list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print(d.keys() & {'a', 'z'}, sorted(d.keys() | {'z'}), sorted(d.keys() - {'a'}), sorted(d.keys() ^ {'a', 'q'}), d.items() & {('a', 1), ('b', 5)})
print('a' in d.keys(), ('a', 1) in d.items(), ('a', 2) in d.items(), 1 in d.values(), d.keys() == {'a', 'b', 'c'}, d.keys() <= {'a', 'b', 'c', 'd'}, d.keys().isdisjoint(['x']))
print(d.keys().mapping['a'], len(d.values()), d | {'d': 4}, {'z': 0} | d, d.get('q'), d.get('q', 9), d.setdefault('e', 5), d.pop('e'), d.pop('q', None))
e = dict(d)
e |= [('x', 1)]
e |= {'y': 2}
print(e, e.popitem(), e, dict.fromkeys('ab'), dict.fromkeys([1, 2], 0), dict(a=1, b=2), dict([(1, 2)], c=3), dict({1: 2}.items()))
for f in [lambda: d['q'], lambda: {}.popitem(), lambda: dict([(1, 2, 3)]), lambda: dict([1]), lambda: dict(1), lambda: d | [], lambda: hash({}),
          lambda: {[]: 1}, lambda: d.pop('zz'), lambda: dict({}, {}), lambda: d.update(1, 2), lambda: d < d, lambda: d.get()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
g = {1: 1, 2: 2}
try:
    for k in g:
        g[k + 10] = 1
except RuntimeError as err:
    print("RuntimeError", err)
g = {1: 1, 2: 2}
try:
    for k in g:
        del g[k]
        g[k + 10] = 1
except RuntimeError as err:
    print("RuntimeError", err)
print({1: 2} == {1: 2.0}, {1: 2} == {1: 3}, {1: 2, 3: 4} == {3: 4, 1: 2}, {} != {1: 1}, {1: [1]} == {1: [1]})
class D(dict):
    def __missing__(self, key):
        return key * 2
m = D(a=1)
print(m['zz'], m['a'], m.get('zz'), 'zz' in m, len(m), m, type(m.copy()).__name__)
class C(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 100
c = C({1: 1})
print(c[1], dict(c), list(c.items()))
h = {}
h[1] = 'int'
h[1.0] = 'float'
h[True] = 'bool'
print(h, {1: 'a', 1.0: 'b'}, {0.5: 1, -0.0: 2, 0: 3})
print(type(iter({})).__name__, type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(reversed({})).__name__, type({}.keys()).__name__)
big = {i: i * i for i in range(100)}
for i in range(0, 100, 2):
    del big[i]
print(len(big), list(big)[:5], sum(big.values()))
