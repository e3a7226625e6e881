"""Layered JSON configuration with validation, ChainMap defaults and pretty output."""
import json
import pprint
from collections import ChainMap
from copy import deepcopy
from string import Template

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8000, "workers": 2},
    "logging": {"level": "INFO", "handlers": ["console"]},
    "features": {"beta": False, "max_upload_mb": 10.0},
    "greeting": "Hello, $user from $host!",
}

USER_JSON = """
{
  "server": {"port": 9090, "workers": "4"},
  "logging": {"level": "debug", "handlers": ["console", "file"], "file": "app.log"},
  "features": {"beta": true, "max_upload_mb": 25.5, "experimental": null},
  "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bo\\u00f1o", "roles": []}],
  "ratio": 1e-3, "big": 12345678901234567890, "unicode": "caf\\u00e9 \\ud83d\\ude00"
}
"""

ENV = {"server": {"host": "0.0.0.0"}, "logging": {"level": "WARNING"}}


class ConfigError(Exception):
    def __init__(self, path, problem):
        self.path = path
        super().__init__(f"{'.'.join(path)}: {problem}")


def merge(base, override, path=()):
    out = deepcopy(base)
    for key, val in override.items():
        if isinstance(val, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], val, path + (key,))
        else:
            out[key] = val
    return out


SCHEMA = {
    ("server", "port"): int,
    ("server", "workers"): int,
    ("logging", "level"): str,
    ("features", "max_upload_mb"): float,
}


def validate(cfg):
    problems = []
    for path, typ in SCHEMA.items():
        node = cfg
        for p in path:
            node = node[p]
        if not isinstance(node, typ):
            try:
                coerced = typ(node)
            except (TypeError, ValueError):
                problems.append(ConfigError(path, f"expected {typ.__name__}, got {type(node).__name__}"))
                continue
            parent = cfg
            for p in path[:-1]:
                parent = parent[p]
            parent[path[-1]] = coerced
            print(f"coerced {'.'.join(path)}: {node!r} -> {coerced!r}")
    cfg["logging"]["level"] = cfg["logging"]["level"].upper()
    if cfg["logging"]["level"] not in ("DEBUG", "INFO", "WARNING", "ERROR"):
        problems.append(ConfigError(("logging", "level"), "bad level"))
    return problems


user = json.loads(USER_JSON)
print(type(user["big"]).__name__, user["ratio"], user["unicode"], len(user["unicode"]), user["features"])
cfg = merge(merge(DEFAULTS, user), ENV)
probs = validate(cfg)
print("problems:", probs)
pprint.pprint(cfg, width=70)
pprint.pprint(cfg, depth=2, compact=True, width=60, sort_dicts=False)
print(pprint.pformat(list(range(30)), width=40, compact=True))
flat = ChainMap(ENV["server"], user["server"], DEFAULTS["server"])
print(dict(flat), flat["host"], flat.maps[1], "workers" in flat, len(flat))
child = flat.new_child({"port": 1})
child["debug"] = True
print(child, sorted(child.items(), key=str))
print(json.dumps(cfg["server"], sort_keys=True), json.dumps(cfg["users"], indent=1))
print(json.dumps({"text": user["unicode"], "t": (1, 2), "f": 1.0, "n": -0.0, "e": 1e100}))
print(json.dumps({"text": user["unicode"]}, ensure_ascii=False), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({"a": {"b": [1, {"c": []}]}}, indent=2, separators=(", ", " = ")))
print(Template(cfg["greeting"]).substitute(user=cfg["users"][1]["name"], host=cfg["server"]["host"]))
bad_docs = ['{"a": 1,}', '[1, 2', '{"a" 1}', '"\\x"', 'nul', '{"a": 1} extra', '', '[NaN, Infinity, -Infinity]']
for doc in bad_docs:
    try:
        print(repr(doc), "->", json.loads(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", f"{type(e).__name__}: {e}", (e.lineno, e.colno, e.pos))


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        if isinstance(o, complex):
            return {"re": o.real, "im": o.imag}
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "c": 1 + 2j}, cls=Encoder))
try:
    json.dumps({"x": object()}, cls=Encoder)
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "k": 2}, skipkeys=True), json.loads('{"a": 1, "a": 2}'))
print(json.loads('[1.0, 1e2, 10000000000000000000000.0, 0.1]', parse_int=str), json.loads('"\\u00e9\\n"'))
print(json.dumps("\u2603\x01\t"), json.dumps(float("inf")), json.dumps(True), json.dumps(None), json.dumps(3.0))
