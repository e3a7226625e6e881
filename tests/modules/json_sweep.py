import json, io
from decimal import Decimal
from collections import OrderedDict
data = {"name": "Zoë", "tags": ["a", "b"], "n": 1.5, "big": 10**20, "none": None, "t": True, "nested": {"x": [1, {"y": []}], "e": {}}}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t", ensure_ascii=False))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps([1, 2], indent=0))
print(json.dumps({1: 2, 2.5: 3, True: 4, None: 5}))
try: json.dumps({(1,): 2})
except TypeError as e: print(e)
print(json.dumps({(1,): 2}, skipkeys=True))
print(json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
try: json.dumps(float('nan'), allow_nan=False)
except ValueError as e: print(e)
try: json.dumps(object())
except TypeError as e: print(e)
try: json.dumps({1, 2})
except TypeError as e: print(e)
print(json.dumps({1, 2}, default=sorted))
print(json.dumps(Decimal('1.5'), default=str))
print(json.dumps("\u2028\x00\t\"\\/é😀"), json.dumps("😀", ensure_ascii=False))
l = []; l.append(l)
try: json.dumps(l)
except ValueError as e: print(e)
print(json.loads('{"a": [1, 2.0, -3e2, true, false, null], "b": "\\u00e9\\ud83d\\ude00"}'))
print(json.loads('  "x"  '), json.loads('1e400'), json.loads('-0'), json.loads('-0.0'))
print(json.loads('NaN'), json.loads('[Infinity, -Infinity]'))
print(json.loads('{"a":1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a":1,"b":2}', object_pairs_hook=OrderedDict))
print(json.loads('[1.1, 2]', parse_float=Decimal, parse_int=float))
print(json.loads('{"a":1, "a":2}'))
print(json.loads(b'{"bytes": 1}'), json.loads('\ufeff[1]'.encode('utf-8')) if False else '')
for bad in ['', '[', '{"a" 1}', '[1,]', '{"a":1,}', 'tru', '"abc', '[1 2]', '{1:2}', '"\\x"', "'a'", '1 2', '"\x01"', '[-]', '01', '{"a":}', '   ', 'nul', '[1,\n 2,\n x]']:
    try:
        r = json.loads(bad)
        print(repr(bad), 'OK', repr(r))
    except json.JSONDecodeError as e:
        print(repr(bad), '->', e, '|', e.msg, e.pos, e.lineno, e.colno)
try: json.loads(1)
except TypeError as e: print(e)
try: json.loads('\ufeff1')
except json.JSONDecodeError as e: print(e)
s = io.StringIO(); json.dump({"k": [1, 2]}, s, indent=1); print(s.getvalue())
print(json.load(io.StringIO('[1, "two"]')))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"b": 1, "a": [1]}), list(enc.iterencode([1, 2])))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps(1+2j, cls=E))
try: json.dumps(1j, cls=E) if False else E().encode(object())
except TypeError as e: print(e)
print(json.JSONDecoder().decode('[1]'), json.JSONDecoder().raw_decode('[1] xx'))
print(json.dumps("x", indent=4), json.dumps([], indent=4), json.dumps({}, indent=4), json.dumps([[]], indent=2))
print(json.dumps(1.0), json.dumps(1e16), json.dumps(0.1+0.2), json.dumps(-0.0), json.dumps(123456789012345678901234567890))
print(json.dumps({"a": 1}, indent=2, separators=(",", ": ")))
class MyInt(int): pass
class MyStr(str): pass
class MyFloat(float): pass
print(json.dumps([MyInt(3), MyStr('s'), MyFloat(2.5), True]))
print(json.dumps(OrderedDict([('z', 1), ('a', 2)])), json.dumps((1, 2)))
import enum
class Col(enum.IntEnum):
    R = 1
print(json.dumps([Col.R]), json.dumps({Col.R: 1}))
