"""Layered JSON configuration: deep merge, validation, JSON dumps variants and decode errors."""
import json
from collections import ChainMap
import copy

BASE = """{
  "service": {"name": "api", "port": 8080, "debug": false, "tags": ["core"]},
  "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
  "features": {"beta": false, "ratio": 0.25},
  "empty": {}
}"""
ENV = '{"service": {"port": 9090, "tags": ["prod"]}, "db": {"pool": {"max": 50}}, "features": null}'
LOCAL = '{"service": {"debug": true, "owner": "Zoë"}, "db": {"host": "db.internal"}, "extra": [1, 2.5, 1e100, -0.0]}'


def deep_merge(base, over, path=""):
    out = copy.deepcopy(base)
    for k, v in over.items():
        p = f"{path}.{k}" if path else k
        if v is None:
            out.pop(k, None)
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v, p)
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}{k}"
        if isinstance(v, dict) and v:
            yield from flatten(v, key + ".")
        else:
            yield key, v


layers = [json.loads(s) for s in (BASE, ENV, LOCAL)]
merged = layers[0]
for layer in layers[1:]:
    merged = deep_merge(merged, layer)

print(json.dumps(merged, indent=2, sort_keys=True))
print(json.dumps(merged, separators=(",", ":"), ensure_ascii=False))
print(json.dumps(merged["service"], indent="\t"))
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, indent=0))
print(json.dumps([]), json.dumps({}), json.dumps([[]], indent=2), json.dumps({"k": {}}, indent=1))
for key, value in sorted(flatten(merged)):
    print(f"{key:<22} = {json.dumps(value)}")

print()
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps("tab\there \"quoted\" \\ \u00e9 \u2603 \U0001f600"), json.dumps("é", ensure_ascii=False))
print(json.dumps([float("inf"), float("-inf"), float("nan")]), json.dumps(10**30), json.dumps(0.1 + 0.2))
print(json.loads("[1.0, 1e2, -0, -0.0, 123456789012345678901234567890]"), json.loads('"\\ud83d\\ude00"'))
print(json.loads('{"a": 1, "a": 2}'), json.loads("NaN"), json.loads(' "x" '), json.loads("true"), type(json.loads("1E400")))
print(json.loads('{"x": [1, 2]}', object_hook=lambda d: ChainMap(d)), json.loads("[1, 2]", parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs), json.loads("3.5", parse_float=str))
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): "skipped", "ok": 1}, skipkeys=True), json.dumps({"s": {3, 1}}, default=sorted))
try:
    json.dumps([float("nan")], allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
circular = []
circular.append(circular)
try:
    json.dumps(circular)
except ValueError as e:
    print("ValueError:", e)

for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "[1] x", "{'a': 1}", '"unterminated', "[01]", '{"a": tru}', "\n\n  [1,,2]"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(f"{bad!r:<18} -> {e.msg} | line {e.lineno} col {e.colno} pos {e.pos} | {isinstance(e, ValueError)}")

cm = ChainMap(layers[2]["service"], layers[1]["service"], layers[0]["service"])
print(cm["port"], cm["debug"], cm["name"], sorted(cm), len(cm), cm.maps[0] is layers[2]["service"])
child = cm.new_child({"port": 1})
print(child["port"], child.parents["port"], "owner" in child, dict(child.parents.parents)["name"])
