# math.hypot and math.dist against CPython 3.11 over 2000 random vectors (subnormal,
# huge and mixed magnitudes, 2 to 20 coordinates) and the edge cases: identical results,
# summarised by a hash, with the edge cases printed.
import math, random
r = random.Random(7)
out = []
def rnd():
    k = r.random()
    if k < 0.05: return r.choice([0.0, -0.0, 5e-324, -5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, 1e308, 1e-310])
    e = r.choice([0, 0, 0, 1, 5, 20, 100, 300, 307, -5, -20, -300, -307, -310, -320])
    return r.uniform(-10, 10) * 10.0 ** e
for n in range(2000):
    k = r.choice([2, 2, 2, 3, 3, 4, 5, 8, 9, 12, 20])
    args = [rnd() for _ in range(k)]
    try:
        h = math.hypot(*args)
    except Exception as e:
        h = type(e).__name__
    d = math.dist(args, [0.0] * k)
    out.append(f"{h!r} {d!r}")
for args in [(3, 4), (1e308, 1e308), (1.7e308, 1.7e308), (float('inf'), float('nan')), (float('nan'), 1), (5e-324, 5e-324), (1e-320, 3e-321), (), (7,), (-7,), (0, 0), (1, 1, 1, 1), (2**0.5, 1), (True, 2)]:
    out.append(repr(math.hypot(*args)))
import hashlib
print(hashlib.md5("\n".join(out).encode()).hexdigest())
print("\n".join(out[-14:]))
