import json
obj = {"name": "Ann", "age": 30, "tags": ["a", "b"], "nested": {"x": 1.5, "y": None, "z": True}, "e": [], "u": "é€😀"}
print(json.dumps(obj))
print(json.dumps(obj, indent=2))
print(json.dumps(obj, indent=4, sort_keys=True))
print(json.dumps(obj, separators=(",", ":")))
print(json.dumps(obj, ensure_ascii=False))
print(json.dumps(obj, indent="\t"))
print(json.dumps([1, [2, [3, {}]], {}], indent=1))
print(json.dumps([1.0, 1e20, 1e-7, 0.1, -0.0, 3, 2 ** 70, float("inf"), float("-inf"), float("nan")]))
print(json.dumps("quote\" back\\ nl\n tab\t ctrl\x01 slash/"), json.dumps(None), json.dumps(True), json.dumps((1, 2)))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps({}, indent=2), json.dumps([], indent=2))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({(1, 2): 3}, skipkeys=True))
print(json.dumps({"s": {3, 1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps([1 + 2j], cls=Enc), Enc(indent=1).encode({"a": [1]}))
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads("3"), json.loads('"s\\u00e9\\n"'), json.loads(" [ ] "), json.loads("1E2"), json.loads("-0"), json.loads('"\\ud83d\\ude00"'))
print(json.loads("NaN"), json.loads("Infinity"), json.loads('{"a": 1, "a": 2}'), json.loads("123456789012345678901234567890"))
print(json.loads('{"x": 1.5}', parse_float=str), json.loads("[1]", parse_int=float), json.loads('{"k": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[["a", 1]]'), json.loads('{"a": 1, "b": 2}', object_pairs_hook=list))
for bad in ["", "{", '{"a" 1}', "[1,]", "{'a': 1}", "tru", '"unterminated', "[1] x", "01", '{"a":1,}', "\"\\x\"", "[", "nul", '"ctrl\x01"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), "->", type(e).__name__, e, e.pos, e.lineno, e.colno)
print(issubclass(json.JSONDecodeError, ValueError))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
try:
    json.loads(b'{"bytes": 1}')
    print(json.loads(b'{"bytes": 1}'))
except TypeError as e:
    print("TypeError", e)
print(json.dumps("\u2028\u2029\x7f"), json.dumps("é", ensure_ascii=True), json.dumps([{"a": None}], separators=(", ", ": "), indent=0))
