import json
print(json.dumps({"a": [1, {"b": [2, 3]}], "c": {"d": {}}}, indent=3))
print(json.dumps([[]], indent=2), json.dumps({"k": []}, indent=2), json.dumps([{}, {"x": {}}], indent=None))
print(json.dumps("\x00\x1f\x7f\u00ff\u0100\uffff\U00010000"))
print(json.dumps(12345678901234567890), json.dumps(-0.0), json.dumps(1e-10), json.dumps(123456789.123456789), json.dumps(5e-324), json.dumps(1.7976931348623157e308))
print(json.loads('"\\u0041\\t\\/\\b\\f\\r"'), json.loads("[1e5, 1E-2, -0.0, 10.0]"), json.loads('{"": ""}'), json.loads('  {"a" :  [ 1 , 2 ] }  '))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
def enc(o):
    if isinstance(o, Point): return {"__point__": [o.x, o.y]}
    raise TypeError(f"Object of type {type(o).__name__} is not JSON serializable")
def dec(d):
    return Point(*d["__point__"]) if "__point__" in d else d
s = json.dumps({"p": Point(1, 2), "l": [Point(3, 4)]}, default=enc, sort_keys=True)
print(s)
back = json.loads(s, object_hook=dec)
print(back["p"].x, back["l"][0].y)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError", e)
r = []; r.append(r)
try:
    json.dumps(r)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1, separators=(",", ": ")))
dec2 = json.JSONDecoder()
print(dec2.raw_decode('{"a": 1} trailing'), json.JSONEncoder(sort_keys=True).encode({"z": 1, "y": 2}))
print(list(json.JSONEncoder().iterencode([1, "a"])))
print(json.dumps(True), json.dumps({True: 1, False: 0, None: 2}), json.loads("[true,false,null]"))
