"""Compare lib/pprint.py with CPython's pprint."""
import sys, os, random, collections, types, dataclasses, io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _util import load, both, report
import pprint as C
W = load('pprint')
rnd = random.Random(3)

@dataclasses.dataclass
class DC:
    name: str
    values: list
    hidden: int = dataclasses.field(default=0, repr=False)

def rand_obj(depth=0):
    k = rnd.randrange(16 if depth < 3 else 6)
    if k == 0: return rnd.randrange(-10**rnd.randrange(1, 12), 10**rnd.randrange(1, 12))
    if k == 1: return rnd.choice(['', 'a', 'hello world', 'x' * rnd.randrange(5, 90), 'line one\nline two is longer ' * rnd.randrange(1, 4),
                                  'some words that can be wrapped at spaces ' * rnd.randrange(1, 5), "quote's \"here\"", 'tab\there'])
    if k == 2: return rnd.choice([1.5, -0.0, 1e100, float('inf'), 3.141592653589793, None, True, False, 2j])
    if k == 3: return bytes(rnd.randrange(256) for _ in range(rnd.randrange(0, 60)))
    if k == 4: return bytearray(b'abcdefgh' * rnd.randrange(0, 10))
    if k == 5: return rnd.choice([int, len, object, DC])
    if k in (6, 7): return [rand_obj(depth + 1) for _ in range(rnd.randrange(0, 8))]
    if k == 8: return tuple(rand_obj(depth + 1) for _ in range(rnd.randrange(0, 6)))
    if k in (9, 10): return {rnd.choice(['key', 'k%d' % rnd.randrange(50), rnd.randrange(100), (1, 2)]): rand_obj(depth + 1) for _ in range(rnd.randrange(0, 7))}
    if k == 11: return set(rnd.randrange(1000) for _ in range(rnd.randrange(0, 20)))
    if k == 12: return frozenset('word%d' % rnd.randrange(100) for _ in range(rnd.randrange(0, 12)))
    if k == 13:
        c = rnd.randrange(6)
        if c == 0: return collections.OrderedDict((str(i), rand_obj(depth + 1)) for i in range(rnd.randrange(0, 5)))
        if c == 1: return collections.Counter('abracadabra' * rnd.randrange(0, 5) + 'xyz' * rnd.randrange(0, 9))
        if c == 2:
            d = collections.defaultdict(list)
            for i in range(rnd.randrange(0, 6)): d['k%d' % i].append(rand_obj(depth + 1))
            return d
        if c == 3: return collections.deque(range(rnd.randrange(0, 40)), maxlen=rnd.choice([None, 50]))
        if c == 4: return collections.ChainMap({'a': rand_obj(depth + 1)}, {'b': list(range(20))})
        return collections.UserList(range(rnd.randrange(0, 40)))
    if k == 14: return types.SimpleNamespace(alpha=rand_obj(depth + 1), beta=list(range(rnd.randrange(0, 30))))
    return DC('n' * rnd.randrange(1, 30), [rand_obj(depth + 1) for _ in range(rnd.randrange(0, 5))])

objs = [rand_obj() for _ in range(600)]
rec = [1, 2]
rec.append(rec)
d = {'a': 1}
d['self'] = d
objs += [rec, d, {'b': 1, 'a': 2, 3: 'x', (1,): None}, list(range(100)), {i: str(i) * i for i in range(20)}, 'x' * 200, b'y' * 100,
         types.MappingProxyType({'k': list(range(40))}), [[1, 2, [3, 4, [5, [6, [7]]]]]] * 3, {1: {2: {3: {4: {5: 'deep'}}}}}]
for i, o in enumerate(objs):
    opts = [{}, {'width': 20}, {'width': 40, 'indent': 4}, {'width': 30, 'compact': True}, {'depth': 2}, {'sort_dicts': False, 'width': 25},
            {'underscore_numbers': True, 'width': 15}, {'width': 1}, {'indent': 0, 'width': 35}][i % 9]
    both('pformat %d %r' % (i, opts), lambda m: m.pformat(o, **opts), W, C)
    if i % 5 == 0:
        both('saferepr %d' % i, lambda m: (m.saferepr(o), m.isreadable(o), m.isrecursive(o)), W, C)
def stream(m):
    s = io.StringIO()
    m.pprint({'z': list(range(30)), 'a': 'text ' * 30}, stream=s, width=50)
    m.PrettyPrinter(stream=s, indent=2).pprint([{'x': 1}] * 10)
    return s.getvalue()
both('stream', stream, W, C)
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    both('bad %r' % bad, lambda m: m.PrettyPrinter(**bad), W, C)
sys.exit(report() and 1)
