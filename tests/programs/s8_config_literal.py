"""Read a settings file whose values are Python literals (ast.literal_eval)."""
import ast
import os
import tempfile

SETTINGS = '''\
# app settings
name = "inventory-service"
version = (2, 4, 1)
debug = False
ports = [8080, 8081,
         8082]
limits = {"cpu": 2.5, "mem": 512, 'disk': None}
ratio = -0.75
complex_gain = 1+2j
tags = {"a", "b"}
empty_set = set()
banner = "multi" "part" ' string'
raw = r"C:\\temp\\new"
blob = b"\\x00\\xffdata"
big = 123_456_789_012_345_678_901
hex_mask = 0xFF_FF
octal = 0o755
nested = [(1, "one"), (2, "two"), {"k": [None, True, ...]}]
bad_call = print("hi")
bad_name = undefined
bad_math = 2 * 3
bad_syntax = [1, 2
unicode = "naïve ☃ \\u00e9"
'''


def load(path):
    result, errors = {}, []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith(("'", '"')) else line
            if not line.strip():
                continue
            if "=" not in line:
                errors.append((n, "no '='"))
                continue
            key, _, value = line.partition("=")
            key = key.strip()
            if not key.isidentifier():
                result[list(result)[-1]] += value  # continuation line
                continue
            result[key] = value.strip()
    parsed = {}
    for key, text in result.items():
        try:
            parsed[key] = ast.literal_eval(text)
        except ValueError as e:
            errors.append((key, "ValueError", str(e).split(":")[0]))
        except SyntaxError as e:
            errors.append((key, "SyntaxError", e.msg))
    return parsed, errors


with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "settings.cfg")
    with open(path, "w", encoding="utf-8") as f:
        f.write(SETTINGS)
    cfg, errs = load(path)

for k, v in cfg.items():
    shown = sorted(v) if isinstance(v, set) else v
    print(f"{k:<12} {type(v).__name__:<9} {shown!r}")
for e in errs:
    print("error:", e)

print(ast.literal_eval("[1, -2.5, 'x', (True, None)]"))
print(ast.literal_eval("  {'a': {'b': [1, 2]}}"), ast.literal_eval("\t-(3)"))
print(ast.literal_eval("1_000 + 5j"), ast.literal_eval("-1-1j"), ast.literal_eval("(1, 2,)"))
print(ast.literal_eval("'''tri\nple'''"), ast.literal_eval("0b1010"), ast.literal_eval("1e3"))
print(sorted(ast.literal_eval("{3, 1, 2}")), ast.literal_eval("{}"), ast.literal_eval("()"), ast.literal_eval("[]"))
for bad in ["x", "1 + 'a'", "f'{1}'", "__import__('os')", "[i for i in range(3)]", "lambda: 1", "a.b", "{**{}}", "--"]:
    try:
        print(ast.literal_eval(bad))
    except (ValueError, SyntaxError, TypeError) as e:
        print(f"{bad!r}: {type(e).__name__}")
try:
    ast.literal_eval("{[1]: 2}")
except TypeError as e:
    print("TypeError:", e)
try:
    ast.literal_eval("(1,")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
print(ast.literal_eval("1, 2"), ast.literal_eval("'a' 'b' \"c\""), ast.literal_eval("-0.0"), ast.literal_eval("+7"))
