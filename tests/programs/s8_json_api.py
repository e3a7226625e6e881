"""A tiny JSON-RPC style dispatcher with custom encoding/decoding and error reporting."""
import json
import math
from dataclasses import dataclass, asdict, is_dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import wraps


class Role(Enum):
    ADMIN = "admin"
    USER = "user"


@dataclass
class User:
    id: int
    name: str
    role: Role
    joined: date
    balance: Decimal


class Encoder(json.JSONEncoder):
    def default(self, o):
        if is_dataclass(o):
            return {"__type__": type(o).__name__, **asdict(o)}
        if isinstance(o, Enum):
            return o.value
        if isinstance(o, (date, datetime)):
            return o.isoformat()
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if d.get("__type__") == "User":
        return User(d["id"], d["name"], Role(d["role"]), date.fromisoformat(d["joined"]), Decimal(d["balance"]))
    return d


METHODS = {}


def rpc(name=None):
    def deco(fn):
        METHODS[name or fn.__name__] = fn

        @wraps(fn)
        def inner(*a, **k):
            return fn(*a, **k)
        return inner
    return deco


USERS = {
    1: User(1, "Ann", Role.ADMIN, date(2020, 5, 17), Decimal("10.50")),
    2: User(2, "Bõb", Role.USER, date(2022, 1, 2), Decimal("-3")),
}


@rpc()
def get_user(uid):
    return USERS[uid]


@rpc("sum")
def add(*nums):
    return math.fsum(nums)


@rpc()
def tags():
    return {"x", "a", "m"}


def handle(raw):
    try:
        req = json.loads(raw)
    except json.JSONDecodeError as e:
        return json.dumps({"error": {"code": -32700, "message": f"Parse error: {e.msg}", "pos": e.pos, "line": e.lineno, "col": e.colno}})
    if not isinstance(req, dict) or "method" not in req:
        return json.dumps({"error": {"code": -32600, "message": "Invalid Request"}})
    fn = METHODS.get(req["method"])
    if fn is None:
        return json.dumps({"id": req.get("id"), "error": {"code": -32601, "message": f"Method not found: {req['method']!r}"}})
    try:
        params = req.get("params", [])
        result = fn(*params) if isinstance(params, list) else fn(**params)
    except Exception as e:
        return json.dumps({"id": req.get("id"), "error": {"code": -32000, "message": f"{type(e).__name__}: {e}"}})
    return json.dumps({"id": req.get("id"), "result": result}, cls=Encoder, ensure_ascii=False, sort_keys=True)


requests = [
    '{"id": 1, "method": "get_user", "params": [1]}',
    '{"id": 2, "method": "get_user", "params": {"uid": 2}}',
    '{"id": 3, "method": "get_user", "params": [3]}',
    '{"id": 4, "method": "sum", "params": [0.1, 0.2, 0.3, 1e-17]}',
    '{"id": 5, "method": "tags"}',
    '{"id": 6, "method": "nope"}',
    '[1, 2]',
    '{"id": 7, "method": "sum", "params": [1, "a"]}',
    '{"id": 8, method: "x"}',
    '{"id": 9, "method": "sum", "params": [1, 2,]}',
    '',
    '{"a": 1} trailing',
    '{"s": "unterminated',
    '{"n": NaN, "i": Infinity, "big": 123456789012345678901234567890, "f": 1.0e5, "neg": -0}',
    '"\\ud83c\\udf89 \\u00e9 \\n"',
    '[1, 2, 3',
    '{"a" 1}',
    '\t\n  {"deep": [[[[{"x": null}]]]]}  \n',
]
for r in requests:
    print(handle(r))

u = json.loads(json.dumps(USERS[1], cls=Encoder), object_hook=hook)
print(u, u == USERS[1])
print(json.dumps({"b": 1, "a": [1, 2, {"c": None}]}, indent=4, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="--"), json.dumps({"k": "v"}, separators=(",", ":")), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps("é☃🎉\x00\x1f\"\\/"), json.dumps("é☃🎉", ensure_ascii=False), json.dumps(float("nan")), json.dumps([float("inf"), -float("inf")]))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}), json.dumps((1, 2)), json.dumps(10**30), json.dumps(1e-7), json.dumps(1e22), json.dumps(0.1 + 0.2))
for bad in [{"k": object()}, {(1, 2): 3}, float("nan")]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    json.dumps({"x": {1, 2}})
except TypeError as e:
    print("TypeError", e)
circ = []
circ.append(circ)
try:
    json.dumps(circ)
except ValueError as e:
    print("ValueError", e)
print(json.loads('{"a": 1.5}', parse_float=Decimal), json.loads('[1, 2]', parse_int=float), json.loads('{"a": 1, "a": 2}'), json.loads('[1.0, -0.0, 1E400]'))
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=list), json.loads('"x"'), json.loads(' null '), json.loads(b'{"b": true}'))
print(json.dumps({"z": 1, "y": {"x": [1, {"w": 2}]}}, sort_keys=True, indent=1, separators=(",", ": ")))
