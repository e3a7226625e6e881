"""Validating nested JSON-like data against a small schema language, collecting error paths."""
import json
import re

SCHEMA = {
    "type": "object",
    "required": ["id", "name", "tags", "owner"],
    "properties": {
        "id": {"type": "integer", "minimum": 1},
        "name": {"type": "string", "minLength": 2, "pattern": r"^[A-Za-z][\w ]*$"},
        "price": {"type": "number", "minimum": 0, "exclusiveMaximum": 10000},
        "tags": {"type": "array", "items": {"type": "string", "enum": ["new", "sale", "eco", "gift"]},
                 "maxItems": 3, "uniqueItems": True},
        "owner": {"type": "object", "required": ["email"],
                  "properties": {"email": {"type": "string", "pattern": r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$"},
                                 "age": {"type": ["integer", "null"], "minimum": 18}}},
        "dims": {"type": "array", "items": {"type": "number"}, "minItems": 3, "maxItems": 3},
    },
    "additionalProperties": False,
}

TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


def validate(value, schema, path="$"):
    errors = []
    types = schema.get("type")
    if types is not None:
        types = [types] if isinstance(types, str) else types
        if not any(TYPES[t](value) for t in types):
            return [f"{path}: expected {' or '.join(types)}, got {type(value).__name__}"]
    if "enum" in schema and value not in schema["enum"]:
        errors.append(f"{path}: {value!r} not one of {schema['enum']}")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{path}: {value} < minimum {schema['minimum']}")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            errors.append(f"{path}: {value} >= exclusiveMaximum {schema['exclusiveMaximum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{path}: string too short ({len(value)} < {schema['minLength']})")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{path}: {value!r} does not match {schema['pattern']!r}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            errors.append(f"{path}: too few items ({len(value)})")
        if len(value) > schema.get("maxItems", float("inf")):
            errors.append(f"{path}: too many items ({len(value)})")
        if schema.get("uniqueItems"):
            seen = []
            for v in value:
                if v in seen:
                    errors.append(f"{path}: duplicate item {v!r}")
                seen.append(v)
        for i, item in enumerate(value):
            errors += validate(item, schema.get("items", {}), f"{path}[{i}]")
    if isinstance(value, dict):
        props = schema.get("properties", {})
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{path}: missing required {key!r}")
        for key, item in value.items():
            if key in props:
                errors += validate(item, props[key], f"{path}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{path}: unexpected property {key!r}")
    return errors


DOCS = [
    '{"id": 1, "name": "Desk lamp", "price": 39.5, "tags": ["new", "eco"], "owner": {"email": "a@b.io", "age": null}}',
    '{"id": 0, "name": "x", "price": -1, "tags": ["new", "new", "bogus", 7], "owner": {"email": "nope", "age": 12}}',
    '{"id": true, "name": "9lives", "tags": "sale", "owner": [], "color": "red"}',
    '{"id": 3, "name": "Box", "tags": [], "owner": {"email": "q@w.de"}, "dims": [1, 2.5]}',
    '{"id": 4.0, "name": "Big", "price": 10000, "tags": ["a", "b", "c", "d"], "owner": {}, "dims": [1, 2, "3"]}',
    '[1, 2]',
    '{"id": 5, "name": "Ok item", "tags": ["gift"], "owner": {"email": "me@site.org", "age": 30}, "dims": [0, 0, 0]}',
]
for n, raw in enumerate(DOCS, 1):
    doc = json.loads(raw)
    errs = validate(doc, SCHEMA)
    print(f"doc {n}: {'valid' if not errs else f'{len(errs)} error(s)'}")
    for e in errs:
        print("   ", e)

for bad in ['{"id": 1,}', "[1, 2", '{"a": NaN}', '{"a" 1}', "", '"\\x"', "01", '{"a": 1} x']:
    try:
        print("parsed:", json.loads(bad))
    except json.JSONDecodeError as exc:
        print(f"JSONDecodeError: {exc} | pos={exc.pos} line={exc.lineno} col={exc.colno}")
report = {"checked": len(DOCS), "valid": sum(not validate(json.loads(d), SCHEMA) for d in DOCS)}
print(json.dumps(report, sort_keys=True), json.dumps(SCHEMA["properties"]["dims"], separators=(",", ":")))
