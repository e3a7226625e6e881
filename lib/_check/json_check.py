"""Compare weft's lib/json with CPython's json. Run: python3 lib/_check/json_check.py"""
import json as cj
import random
import sys
import os
import collections
import io
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _load import load, Checker

wj = load('json')
C = Checker('json')

docs = [
    '', ' ', '1', '-1', '-', '-x', '01', '1.', '1.5', '1e5', '1E+5', '1e-5', '-0', '-0.0', '1e400', '1.5e',
    '12345678901234567890123', '0.1', '3.141592653589793', 'null', 'true', 'false', 'nul', 'tru', 'NaN',
    'Infinity', '-Infinity', '-Inf', '"abc"', '"a\\"b"', '"\\n\\t\\r\\b\\f\\/\\\\"', '"\\u00e9"',
    '"\\ud83d\\ude00"', '"\\ud800"', '"\\ud800\\u0041"', '"\\ud800\\u12"', '"\\u12"', '"\\u12zz"', '"\\x"',
    '"abc', '"abc\\', '"ab\x01c"', '"a\nb"', '"é中😀"', '[]', '[ ]', '[1,2,3]', '[1,]', '[1 2]', '[', '[1,2',
    '{}', '{ }', '{"a":1}', '{"a" : 1 , "b" : [1, {"c": null}]}', '{"a":1,}', '{"a" 1}', '{', '{"a":',
    '{"a":1 "b"', '{1:2}', '{"a":1}x', '  [1]  ', '\n\n  [1,\n 2,\n x]', '\ufeff1', '[1]\n\n{', '[[[[]]]]',
    '{"a":{"b":{"c":[1,2,{"d":"e"}]}}}', '{"a":1,"a":2}', '[1e5, -0.0, 2.5E-3, 10]', '"\\u0000"', '[-]',
    '[0,-0,00]', '"\t"', '\t1\r\n', '[true,false,null]', '[trUe]',
]
for d in docs:
    C.call('loads %r' % d, lambda: wj.loads(d), lambda: cj.loads(d))
    C.call('loads bytes %r' % d, lambda: wj.loads(d.encode('utf-8', 'surrogatepass')), lambda: cj.loads(d.encode('utf-8', 'surrogatepass')))
    C.call('loads strict=False %r' % d, lambda: wj.loads(d, strict=False), lambda: cj.loads(d, strict=False))
    C.call('raw_decode %r' % d, lambda: wj.JSONDecoder().raw_decode(d), lambda: cj.JSONDecoder().raw_decode(d))


def errinfo(mod, d):
    try:
        mod.loads(d)
    except mod.JSONDecodeError as e:
        return (e.msg, e.pos, e.lineno, e.colno, str(e), isinstance(e, ValueError))
for d in docs:
    C.same('errinfo %r' % d, errinfo(wj, d), errinfo(cj, d))

for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-8-sig']:
    b = '{"a": [1, "\u00e9"]}'.encode(enc)
    C.call('bytes ' + enc, lambda: wj.loads(b), lambda: cj.loads(b))
C.call('loads int', lambda: wj.loads(3), lambda: cj.loads(3))

hooks = [dict(object_hook=lambda d: sorted(d.items())), dict(object_pairs_hook=collections.OrderedDict),
         dict(object_pairs_hook=list, object_hook=dict), dict(parse_float=str), dict(parse_int=float),
         dict(parse_constant=lambda s: 'C' + s), dict(parse_float=lambda s: 'F' + s, parse_int=lambda s: 'I' + s)]
for h in hooks:
    for d in ['{"a": 1.5, "b": [1, 2e3, NaN, -Infinity], "c": {"x": {}}}', '[]', '{}', '[1.0, 2]']:
        C.call('hooks %r %r' % (h, d), lambda: wj.loads(d, **h), lambda: cj.loads(d, **h))

# random documents round trip
rng = random.Random(5)
def rand_obj(depth=0):
    r = rng.random()
    if depth > 3 or r < 0.3:
        k = rng.randrange(8)
        if k == 0: return rng.randint(-10**20, 10**20)
        if k == 1: return rng.uniform(-1e10, 1e10)
        if k == 2: return rng.random() * 10 ** rng.randint(-300, 300)
        if k == 3: return ''.join(chr(rng.choice([rng.randrange(0, 0x80), rng.randrange(0, 0x800), rng.randrange(0x20, 0x110000)])) for _ in range(rng.randrange(12)))
        if k == 4: return rng.choice([None, True, False])
        if k == 5: return rng.choice([float('inf'), float('-inf'), 0.0, -0.0, 1e16, 1e-7, 123456789.0])
        if k == 6: return rng.randint(-5, 5)
        return 'plain'
    if r < 0.6:
        return [rand_obj(depth + 1) for _ in range(rng.randrange(5))]
    if r < 0.7:
        return tuple(rand_obj(depth + 1) for _ in range(rng.randrange(4)))
    d = {}
    for _ in range(rng.randrange(5)):
        kk = rng.randrange(6)
        key = [lambda: 'k%d' % rng.randrange(100), lambda: rng.randrange(100), lambda: rng.random(), lambda: rng.choice([True, False, None]), lambda: 'é\n"%d' % rng.randrange(9), lambda: rng.randrange(10)][kk]()
        d[key] = rand_obj(depth + 1)
    return d

option_sets = [{}, dict(indent=2), dict(indent=0), dict(indent='\t'), dict(indent=4, sort_keys=True),
               dict(separators=(',', ':')), dict(ensure_ascii=False), dict(ensure_ascii=False, indent=1),
               dict(allow_nan=False), dict(sort_keys=True), dict(check_circular=False), dict(skipkeys=True),
               dict(indent=3, separators=(' ,', ' = '))]
for i in range(400):
    o = rand_obj()
    for opts in option_sets:
        if opts.get('sort_keys'):
            # sorting mixed key types raises TypeError in both
            pass
        C.call('dumps %d %r' % (i, opts), lambda: wj.dumps(o, **opts), lambda: cj.dumps(o, **opts))
    s = cj.dumps(o)
    C.call('loads-rt %d' % i, lambda: wj.loads(s), lambda: cj.loads(s))
    s2 = cj.dumps(o, indent=2, ensure_ascii=False)
    C.call('loads-rt2 %d' % i, lambda: repr(wj.loads(s2)), lambda: repr(cj.loads(s2)))

# strings with every interesting char
allchars = ''.join(chr(i) for i in range(0, 0x3000, 7)) + '\ud800\udfff😀\x7f\x80'
for ea in (True, False):
    C.call('allchars %s' % ea, lambda: wj.dumps(allchars, ensure_ascii=ea), lambda: cj.dumps(allchars, ensure_ascii=ea))
    C.call('allchars list %s' % ea, lambda: wj.dumps([allchars], ensure_ascii=ea), lambda: cj.dumps([allchars], ensure_ascii=ea))
    s = cj.dumps(allchars, ensure_ascii=ea)
    C.call('allchars back %s' % ea, lambda: wj.loads(s), lambda: cj.loads(s))

# errors
class Foo: pass
circ = []; circ.append(circ)
circd = {}; circd['x'] = circd
bad = [Foo(), {(1, 2): 3}, circ, circd, float('nan'), {1: 'a', 'b': 2}, set([1]), b'x', [Foo()], {'a': Foo()}]
for o in bad:
    for opts in [{}, dict(indent=2), dict(sort_keys=True), dict(allow_nan=False), dict(skipkeys=True),
                 dict(default=repr), dict(default=lambda o: [1, 'x'])]:
        C.call('bad %r %r' % (o, opts) if o is not circ and o is not circd else 'circ', lambda: wj.dumps(o, **opts), lambda: cj.dumps(o, **opts))

# circular through default
class Node: pass
n = Node()
C.call('circ default', lambda: wj.dumps(n, default=lambda o: [o]), lambda: cj.dumps(n, default=lambda o: [o]))

# subclassed encoder
def mk(mod):
    class E(mod.JSONEncoder):
        def default(self, o):
            if isinstance(o, set):
                return sorted(o)
            return super().default(o)
    return E
C.call('cls', lambda: wj.dumps({'s': {3, 1, 2}}, cls=mk(wj)), lambda: cj.dumps({'s': {3, 1, 2}}, cls=mk(cj)))
C.call('cls bad', lambda: wj.dumps({'s': Foo}, cls=mk(wj)), lambda: cj.dumps({'s': Foo}, cls=mk(cj)))
C.call('iterencode', lambda: ''.join(wj.JSONEncoder(indent=1).iterencode({'a': [1, 2]})), lambda: ''.join(cj.JSONEncoder(indent=1).iterencode({'a': [1, 2]})))

import enum
class IE(enum.IntEnum):
    A = 1
class FE(float, enum.Enum):
    X = 1.5
C.call('intenum', lambda: wj.dumps([IE.A, {IE.A: FE.X}]), lambda: cj.dumps([IE.A, {IE.A: FE.X}]))
C.call('str sub', lambda: wj.dumps(type('S', (str,), {})('x')), lambda: cj.dumps(type('S', (str,), {})('x')))

# dump / load
for opts in [{}, dict(indent=2, sort_keys=True)]:
    o = {'b': [1, 2.5, None], 'a': 'é'}
    f1 = io.StringIO(); wj.dump(o, f1, **opts)
    f2 = io.StringIO(); cj.dump(o, f2, **opts)
    C.same('dump %r' % opts, f1.getvalue(), f2.getvalue())
    C.same('load', wj.load(io.StringIO(f2.getvalue())), cj.load(io.StringIO(f2.getvalue())))

C.same('exc pickle', wj.JSONDecodeError('m', 'ab\ncd', 4).__reduce__()[1], cj.JSONDecodeError('m', 'ab\ncd', 4).__reduce__()[1])
ok = C.done()
sys.exit(0 if ok else 1)
