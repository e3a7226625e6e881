import tomllib
DOC = '''
# This is a TOML document
title = "TOML Example"
"quoted key" = 'literal \\n string'
site."google.com" = true

[owner]
name = "Tom Preston-Werner"
dob = 1979-05-27T07:32:00-08:00
local = 1979-05-27T07:32:00.999
ld = 1979-05-27
lt = 07:32:00
utc = 1979-05-27 07:32:00Z

[database]
enabled = true
ports = [ 8000, 8001, 8002, ]
data = [ ["delta", "phi"], [3.14] ]
temp_targets = { cpu = 79.5, case = 72.0 }

[servers]

[servers.alpha]
ip = "10.0.0.1"
role = "frontend"

[servers.beta]
ip = "10.0.0.2"
role = """
backend \\
   service"""

[[products]]
name = "Hammer"
sku = 738594937

[[products]]  # empty table within the array

[[products]]
name = "Nail"
sku = 284758393
color = "gray"

[numbers]
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf]
esc = "tab\\there \\u00e9 \\U0001F600 \\"q\\" \\\\"
ml = \'\'\'
raw \\n text
\'\'\'
a.b.c = 1
a.b.d = 2
'''
doc = tomllib.loads(DOC)
for k, v in doc.items():
    print(k, "=", v)
print(repr(doc["numbers"]["esc"]), repr(doc["numbers"]["ml"]), repr(doc["servers"]["beta"]["role"]))
import math
print(math.isnan(tomllib.loads("x = nan")["x"]), tomllib.loads("x = 1.5", parse_float=str), tomllib.loads(""))
import io
print(tomllib.load(io.BytesIO(b"[a]\nb = [1, {c = 2}]\n")))
for bad in ["x = 1\nx = 2", "[a]\n[a]", "x = ", "x = [1, 2", "x = 01", "a = {b = 1}\na.c = 2", "= 1", "x = 1 y = 2", "x = \"open"]:
    try:
        print(tomllib.loads(bad))
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", isinstance(e, ValueError))
try:
    tomllib.loads(b"x = 1")
except TypeError as e:
    print("TypeError:", e)
