# Edge cases of json.loads / json.dumps (the native _json scanner and encoder).
import io
import json
from collections import OrderedDict
from decimal import Decimal


def ld(s, **kw):
    try:
        print(repr(json.loads(s, **kw)))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, "|", e.pos, e.lineno, e.colno, "|", e)
    except Exception as e:
        print(type(e).__name__, e)


def dp(o, **kw):
    try:
        print(json.dumps(o, **kw))
    except Exception as e:
        print(type(e).__name__, e)


for s in ['"\\u1234', '"\\u12', '"\\ud800\\u', '"\\ud800\\udc0', '"\\ud800\\udc00',
          '"abc\\', '"\\x"', '[1,2', '{"a" 1}', '[1 2]', '"\\ud834\\udd1e"', '-', '1.e5',
          '01', '1e', '[-]', 'NaN', '-Infinity', 'Infinity', '{"a":1,}', '[1,]', '"a\x01"',
          '', '   ', '[', '{', '{"a"', '{"a":', '{1:2}', '[1]x', '\n\n  [1,\n  2,\n  x]',
          'nul', 'tru', 'fals', '"\\u00e9\\u00E9 \\n\\t\\/\\b\\f\\r\\"\\\\"', '"é漢字😀"',
          '12345678901234567890123456789', '-0', '-0.0', '0.1', '1E400', '-1e-400',
          '1.5e+3', '1e-3', '2.5E-2', '123.456e7', '[1.0, 2, -3, 4e2]', '9' * 30,
          '{"a": {"b": [1, {"c": null}]}, "d": true, "e": false}', '{"x":1,"x":2}',
          ' {"k" : "v" , "k2":[ ]} ', '"tab\there"', '[true,false,null]', '1 2',
          '["a"  ,"b"]', '{"é": "ü", "a\\"b": 1}', '"\\uDBFF\\uDFFF"', '[[[[[]]]]]',
          '"😀"x', '["é", 1x]', '\ufeff[1]', '123abc', '-x', '.5', '+1']:
    ld(s)

ld('"a\x01b"', strict=False)
ld('[1.5, 2, "x"]', parse_float=Decimal, parse_int=lambda s: "int:" + s)
ld('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "const:" + s)
ld('{"b": 1, "a": [2]}', object_pairs_hook=OrderedDict)
ld('{"b": 1, "a": {}}', object_hook=lambda d: sorted(d.items()))
ld('{"a": 1}', object_pairs_hook=list, object_hook=dict)
ld(b'{"a": [1, "\xc3\xa9"]}')
ld(bytearray(b'[1]'))
ld(b'\xef\xbb\xbf[2]')
ld(3)
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx"é" z', 2))
try:
    dec.raw_decode('[1]', -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    dec.scan_once('[1]', 5)
except StopIteration as e:
    print("StopIteration", e.value)
print(json.loads('"x"', cls=json.JSONDecoder))
try:
    json.loads('[' * 100000)
except RecursionError as e:
    print("RecursionError", e)
big = json.loads('[' + ','.join(str(i * 7) for i in range(2000)) + ']')
print(len(big), sum(big))

dp({"a": 1, 2: 3, None: 4, 1.5: 5, True: 6, False: 7})
dp({"a": 1, 2: 3}, indent=0)
dp({"x": [1, {"y": []}, {}], "z": "é\n"}, indent=2)
dp({"x": [1, {"y": []}, {}]}, indent="\t", separators=(",", "="))
dp([1, [2, [3]]], indent=-1)
dp({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True)
dp({"b": 1, 2: 2}, sort_keys=True)
dp({(1, 2): 3})
dp({(1, 2): 3, "a": 1}, skipkeys=True)
dp({(1, 2): 3}, skipkeys=True, indent=2)
dp(["é", "漢", "😀", "\x7f", "\x00\x1f", '"\\'])
dp(["é", "漢", "😀", "\x7f", "\x00\x1f", '"\\'], ensure_ascii=False)
dp([float("nan"), float("inf"), -float("inf"), 1e16, 1e-7, 0.1, -0.0, 1.0, 123456789.123])
dp([float("nan")], allow_nan=False)
dp([float("inf")], allow_nan=False, indent=1)
dp({float("nan"): 1})
dp([10 ** 40, -10 ** 20, True, None])
dp((1, 2, (3,)))
dp(set())
dp([1, {"a": object}], default=repr)
dp(Decimal("1.5"), default=str)
dp(OrderedDict([("z", 1), ("a", 2)]))
a = []
a.append(a)
dp(a)
d = {}
d["self"] = d
dp(d)
dp(a, check_circular=False)
dp([1, 2], separators=("", ""))
dp({"a": 1}, separators=(";", "->"))


class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


dp({"s": {3, 1, 2}}, cls=E)
print(list(json.JSONEncoder().iterencode([1, "a", [2, {"k": None}], {}])))
print(list(json.JSONEncoder(indent=2).iterencode({"a": [1, 2], "b": {}})))
print(list(json.JSONEncoder(separators=("", "")).iterencode({"a": [1, 2]})))
print(json.JSONEncoder().encode("é\n"), json.JSONEncoder(ensure_ascii=False).encode("é\n"))
from json import encoder
print(encoder.encode_basestring_ascii("a\u20acb"), encoder.encode_basestring('a"\u20ac'))
buf = io.StringIO()
try:
    json.dump({"a": [1, 2], "b": {1, 2}, "c": 3}, buf)
except TypeError as e:
    print("TypeError", e)
print(repr(buf.getvalue()))


class Writes:
    def __init__(self):
        self.n = 0

    def write(self, s):
        self.n += 1


w = Writes()
json.dump({"a": [1, 2, 3], "b": "x"}, w)
print("writes", w.n)
nested = [1]
for i in range(50):
    nested = {"k%d" % i: nested, "n": i}
text = json.dumps(nested, sort_keys=True, indent=1)
print(len(text), json.loads(text) == nested)
