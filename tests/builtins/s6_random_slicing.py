# random slicing, slice assignment and deletion on every built-in sequence (fixed seed)
import random
rng = random.Random(99)
def idx():
    return rng.choice([None, 0, 1, -1, 2, -3, 5, -7, 10, -100, 100, 2**65, -2**65])
for _ in range(150):
    s = slice(idx(), idx(), rng.choice([None, 1, -1, 2, -2, 3, -4, 2**65, -2**65, 0]))
    base = list(range(8))
    out = []
    for seq in [base, tuple(base), "abcdefgh", b"abcdefgh", bytearray(b"abcdefgh"), range(8), range(3, 30, 3)]:
        try:
            out.append(repr(seq[s]))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    try:
        out.append(repr(s.indices(8)))
    except Exception as e:
        out.append(type(e).__name__ + ": " + str(e))
    for make in [lambda: list(range(8)), lambda: bytearray(b"abcdefgh")]:
        target = make()
        repl = rng.choice([[], [9], [9, 9, 9], list(range(20))]) if isinstance(target, list) else rng.choice([b"", b"Z", b"ZZZ", b"Z" * 20])
        try:
            target[s] = repl
            out.append("set " + repr(target))
        except Exception as e:
            out.append("set " + type(e).__name__ + ": " + str(e))
        target = make()
        try:
            del target[s]
            out.append("del " + repr(target))
        except Exception as e:
            out.append("del " + type(e).__name__ + ": " + str(e))
    print(s, "|", " | ".join(out))
