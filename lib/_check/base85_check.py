"""Compare lib/base64.py's Ascii85/base85 functions with CPython's (python3, from the repo root)."""
import base64, importlib.util, random
spec = importlib.util.spec_from_file_location("weft_base64", "lib/base64.py")
w = importlib.util.module_from_spec(spec); spec.loader.exec_module(w)
rng = random.Random(3)
bad = 0
def same(name, f, g, *a, **k):
    global bad
    try: r1 = ('ok', f(*a, **k))
    except Exception as e: r1 = (type(e).__name__, str(e))
    try: r2 = ('ok', g(*a, **k))
    except Exception as e: r2 = (type(e).__name__, str(e))
    if r1 != r2:
        bad += 1
        if bad < 20: print(name, a, k, r1, r2)
for _ in range(3000):
    n = rng.randint(0, 13)
    data = bytes(rng.choice([0, 32, rng.randint(0, 255)]) for _ in range(n))
    for kw in [{}, {'pad': True}, {'foldspaces': True}, {'adobe': True}, {'wrapcol': rng.randint(1, 7)},
               {'wrapcol': rng.randint(1, 7), 'adobe': True}]:
        same('a85encode', base64.a85encode, w.a85encode, data, **kw)
        enc = base64.a85encode(data, **kw)
        dk = {k: v for k, v in kw.items() if k in ('foldspaces', 'adobe')}
        same('a85decode', base64.a85decode, w.a85decode, enc, **dk)
    same('b85encode', base64.b85encode, w.b85encode, data)
    same('b85encode', base64.b85encode, w.b85encode, data, pad=True)
    same('b85decode', base64.b85decode, w.b85decode, base64.b85encode(data))
    junk = bytes(rng.randint(30, 127) for _ in range(rng.randint(0, 12)))
    same('a85decode junk', base64.a85decode, w.a85decode, junk)
    same('b85decode junk', base64.b85decode, w.b85decode, junk)
    same('a85decode adobe junk', base64.a85decode, w.a85decode, junk, adobe=True)
print("mismatches:", bad)
