"""pprint / reprlib / json of nested structures."""
import pprint
import reprlib
import json
from collections import OrderedDict, defaultdict, Counter, deque, namedtuple

data = {
    "name": "weft-project",
    "version": (3, 11, 0),
    "authors": [{"name": "Ada Lovelace", "email": "ada@example.com", "roles": ["design", "math"]},
                {"name": "Alan Turing", "email": "alan@example.com", "roles": ["compute"]}],
    "matrix": [[i * j for j in range(8)] for i in range(6)],
    "flags": {"debug": False, "verbose": True, "level": None},
    "long_text": "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore",
    "nested": {"a": {"b": {"c": {"d": {"e": [1, 2, 3]}}}}},
    "floats": [0.1, 1e-9, 3.14159, float("inf")],
    "empty": [[], {}, (), ""],
}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=3)
pprint.pprint(data["matrix"], compact=True, width=50)
print(pprint.pformat(data["authors"], indent=4, width=60))
pprint.pprint(data, sort_dicts=False, width=120)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(tuple(range(30)), width=30))
print(pprint.saferepr({"x": [1, 2]}), pprint.isreadable([1, 2]), pprint.isrecursive([1]))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec), pprint.isreadable(rec))
print(pprint.pformat(OrderedDict([("z", 1), ("a", 2)])))
dd = defaultdict(list, {"k": [1, 2], "j": []})
pprint.pprint(dd)
pprint.pprint(Counter("abracadabra"))
pprint.pprint(deque(range(30)), width=40)
Point = namedtuple("Point", "x y")
pprint.pprint([Point(1, 2), Point(3, 4)] * 4, width=50)
pprint.pprint("a fairly long string that needs to be wrapped because it exceeds the width " * 2, width=40)
pprint.pprint({"key%02d" % i: "value " * (i % 4) for i in range(12)}, width=60)
pprint.pprint([b"bytes" * 12], width=30)
pprint.pprint(frozenset(range(12)), width=20)
pprint.pprint({3, 1, 2})

r = reprlib.Repr()
r.maxlist = 4
r.maxstring = 20
print(r.repr(list(range(100))), r.repr("x" * 100), reprlib.repr(set(range(50))), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr("abc" * 50), reprlib.repr(tuple(range(10))), reprlib.repr([[[[[1]]]]]), reprlib.repr(10 ** 50))


class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.v}, {self.kids})"


t = Tree(1, [Tree(2), Tree(3)])
t.kids.append(t)
print(t)

s = json.dumps(data, indent=2, sort_keys=True, default=str)
print(s[:400])
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, separators=(",", ":")))
print(json.dumps([1.0, 2.5, 1e20, -0.0, "é\u2603\n\"", True, None]), json.dumps("é", ensure_ascii=False))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(data["flags"], indent="\t"), json.dumps([], indent=2), json.dumps({}, indent=2), json.dumps([[]], indent=1))
print(json.loads('{"a": [1, 2.5, "x", null, true, false], "b": {"c": -1e3}}'))
print(json.loads('"\\u00e9\\ud83d\\ude00"'), json.loads("123"), json.loads(" [ ] "), json.loads('1E2'), json.loads('NaN'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('[1, 2]', parse_int=str), json.loads('{"x": 1.5}', parse_float=lambda s: s + "!"))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=lambda p: p))


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, cls=Enc))
for bad in ['{"a" 1}', "[1, 2", "", '{"a": 1,}', "[1] x", "'single'", '{"a": tru}', '"unterminated']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:18} -> {e} | pos={e.pos} line={e.lineno} col={e.colno}")
try:
    json.dumps({"x": object.__new__(Enc)})
except TypeError as e:
    print("TypeError:", str(e).split(" at ")[0])
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
