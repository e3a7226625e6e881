"""An HTTP-like request router written with structural pattern matching."""
from dataclasses import dataclass
from enum import Enum
import json


class Method(Enum):
    GET = "GET"
    POST = "POST"
    DELETE = "DELETE"


@dataclass
class Request:
    method: Method
    path: str
    body: object = None
    headers: dict = None


@dataclass
class Point:
    x: float
    y: float


class Response:
    __match_args__ = ("status", "payload")

    def __init__(self, status, payload):
        self.status = status
        self.payload = payload

    def __repr__(self):
        return f"<{self.status} {json.dumps(self.payload, sort_keys=True)}>"


DB = {"users": {1: {"name": "ada", "tags": ["admin"]}, 2: {"name": "bob", "tags": []}}}


def route(req):
    match req:
        case Request(method=Method.GET, path="/"):
            return Response(200, {"hello": "world"})
        case Request(Method.GET, path) if path.startswith("/users/"):
            match path.split("/")[2:]:
                case [uid] if uid.isdigit() and int(uid) in DB["users"]:
                    return Response(200, DB["users"][int(uid)])
                case [uid, "tags"] if uid.isdigit():
                    user = DB["users"].get(int(uid))
                    return Response(200, user["tags"]) if user else Response(404, None)
                case [_, *rest]:
                    return Response(404, {"missing": "/".join(rest) or None})
                case []:
                    return Response(400, "no id")
        case Request(Method.POST, "/users", {"name": str(name), **extra}):
            uid = max(DB["users"]) + 1
            DB["users"][uid] = {"name": name, "tags": sorted(extra.get("tags", []))}
            return Response(201, {"id": uid, "ignored": sorted(k for k in extra if k != "tags")})
        case Request(Method.POST, "/users", body):
            return Response(422, f"bad body {body!r}")
        case Request(Method.DELETE, path, headers={"auth": "secret"}):
            uid = int(path.rsplit("/", 1)[1])
            return Response(204, DB["users"].pop(uid, None))
        case Request(Method.DELETE):
            return Response(403, "forbidden")
        case Request(method=m):
            return Response(405, m.value)
    return Response(500, "unmatched")


def classify(v):
    match v:
        case None | True | False:
            return f"singleton {v}"
        case int(n) if n < 0:
            return "negative int"
        case int() | float() as num if num == 0:
            return "zero"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f!r}"
        case str() as s if len(s) > 5:
            return f"long str {s[:5]}..."
        case str(s):
            return f"str {s!r}"
        case (x, y) if isinstance(x, int):
            return f"pair {x},{y}"
        case [x, *_, y]:
            return f"seq first={x} last={y}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0) | Point(y=0):
            return "on axis"
        case Point(x, y):
            return f"point {x},{y}"
        case {"type": "circle", "r": r}:
            return f"circle r={r}"
        case {"type": t}:
            return f"shape {t}"
        case {}:
            return "some mapping"
        case _:
            return f"other {type(v).__name__}"


requests = [
    Request(Method.GET, "/"),
    Request(Method.GET, "/users/1"),
    Request(Method.GET, "/users/2/tags"),
    Request(Method.GET, "/users/9/tags"),
    Request(Method.GET, "/users/9/x/y"),
    Request(Method.POST, "/users", {"name": "cy", "tags": ["z", "a"], "age": 3}),
    Request(Method.POST, "/users", {"name": 42}),
    Request(Method.DELETE, "/users/2", headers={"auth": "secret", "x": 1}),
    Request(Method.DELETE, "/users/1", headers={"auth": "wrong"}),
    Request(Method.GET, "/users/"),
]
for r in requests:
    print(f"{r.method.value:<6} {r.path:<14} -> {route(r)!r}")
print(sorted(DB["users"]))
for v in [None, True, -3, 0, 0.0, 7, 2.5, "hi", "hello world", (1, "a"), ("a", 1), [1, 2, 3], [1],
          Point(0, 0), Point(0, 3), Point(2, 3), {"type": "circle", "r": 2}, {"type": "sq"},
          {"k": 1}, {1, 2}, b"xy", range(2)]:
    print(f"{v!r:<28} {classify(v)}")
