from collections import Counter, defaultdict, deque, namedtuple, OrderedDict, ChainMap
import collections.abc as cabc

c = Counter("abracadabra")
print(c)
print(c.most_common(2), c.most_common())
print(sorted(c.elements()))
c2 = Counter(a=1, b=-2, z=0)
print(c + c2, c - c2, c | c2, c & c2)
print(+c2, -c2)
c.update("zz"); c.subtract({"a": 10})
print(c)
print(c.total())
print(Counter() == Counter(a=0))
print(repr(Counter()))
print(Counter({'x': 1.5, 'y': 2}))
c3 = Counter(a=3)
c3['b'] += 1
del c3['zzz']
print(c3, c3['missing'])
print(Counter('aab') <= Counter('aabb'), Counter('aab') < Counter('aab'))
try:
    Counter(1, 2)
except TypeError as e: print(e)
try:
    Counter().update(1, 2)
except TypeError as e: print(e)
print(Counter.fromkeys if False else "ok")
try:
    Counter.fromkeys('ab')
except NotImplementedError as e: print('NIE', e)

d = defaultdict(list)
d['x'].append(1)
print(d, repr(defaultdict()), defaultdict(int, a=1))
try:
    defaultdict(1)
except TypeError as e: print(e)
e = defaultdict(None); 
try: e['q']
except KeyError as ex: print('KeyError', ex)
print(d.copy(), type(d.copy()).__name__)
print(d | {'y': 2})

q = deque([1,2,3], maxlen=3)
q.append(4); print(q)
q.appendleft(0); print(q)
q.rotate(1); print(q); q.rotate(-2); print(q)
print(q.maxlen, len(q), q[0], q[-1])
try: deque().pop()
except IndexError as ex: print(ex)
try: deque().popleft()
except IndexError as ex: print(ex)
try: q[10]
except IndexError as ex: print(ex)
dq = deque('abcde'); dq.remove('c'); print(dq, dq.index('d'), dq.count('a'))
try: dq.remove('zz')
except ValueError as ex: print(ex)
dq.extendleft('xy'); print(dq)
dq.insert(2, 'Q'); print(dq); print(dq.copy()); dq.reverse(); print(dq)
print(deque() == deque(), deque([1]) < deque([2]))
print(repr(deque(maxlen=0)))
print(dq * 2, 'b' in dq)
try: deque([1], maxlen=-1)
except ValueError as ex: print(ex)
d2 = deque(range(5)); del d2[1]; print(d2); d2[0]=9; print(d2)

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p._asdict(), p._replace(x=5), P._fields, P._make([3,4]))
print(p.x, p[1], P.__doc__, P.x.__doc__)
try: P(1)
except TypeError as ex: print(ex)
try: P(1,2,3)
except TypeError as ex: print(ex)
try: p._replace(z=1)
except ValueError as ex: print(ex)
try: namedtuple('Q', 'a a')
except ValueError as ex: print(ex)
try: namedtuple('Q', 'a def')
except ValueError as ex: print(ex)
try: namedtuple('Q', '_a')
except ValueError as ex: print(ex)
try: namedtuple('1Q', 'a')
except ValueError as ex: print(ex)
Q = namedtuple('Q', 'a def _x', rename=True); print(Q._fields)
R = namedtuple('R', ['a', 'b'], defaults=[5]); print(R(1), R._field_defaults)
try: namedtuple('R', 'a', defaults=[1,2])
except TypeError as ex: print(ex)
class PP(P):
    __slots__ = ()
    def norm(self): return self.x**2 + self.y**2
print(PP(3,4).norm(), PP(3,4))
S = namedtuple('S', 'a, b   c', module='mymod'); print(S.__module__, S(1,2,3))

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end('a'); print(od)
od.move_to_end('c', last=False); print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(a=1,b=2) == OrderedDict(b=2,a=1), OrderedDict(a=1,b=2) == dict(b=2,a=1))
print(repr(OrderedDict()))
try: OrderedDict().popitem()
except KeyError as ex: print('KeyError', ex)
try: od.move_to_end('zz')
except KeyError as ex: print('KeyError', ex)
print(list(reversed(OrderedDict(x=1, y=2))))

cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm), cm)
cm2 = cm.new_child({'c': 4}); print(cm2, cm2.parents, cm2.maps)
cm['z'] = 9; print(cm.maps)
try: del cm['b']
except KeyError as ex: print('KeyError', ex)
try: cm['nope']
except KeyError as ex: print('KeyError', ex)
print(dict(cm), cm.get('q', 0), 'b' in cm)

print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator))
print(isinstance((x for x in []), cabc.Generator), issubclass(dict, cabc.MutableMapping))
print(isinstance(1, cabc.Hashable), isinstance([], cabc.Hashable), isinstance(len, cabc.Callable))
class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)
m = MySeq([1,2,3,2])
print(list(m), m.index(2), m.count(2), 3 in m, list(reversed(m)))
try:
    class Bad(cabc.Mapping): pass
    Bad()
except TypeError as ex: print(ex)
