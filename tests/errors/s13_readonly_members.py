# Assigning or deleting the read-only data attributes of range, slice and complex
# ("readonly attribute"), and deleting an exception's args.


class C(complex):
    pass


cases = [
    (range(3), "start"),
    (range(3), "step"),
    (slice(1), "stop"),
    (slice(1, 2, 3), "start"),
    (1j, "real"),
    (2 + 3j, "imag"),
    (C(1), "imag"),
    (Exception(), "args"),
    (StopIteration(1), "value"),
]
for o, n in cases:
    try:
        setattr(o, n, (5,))
        print("set", type(o).__name__, n, "->", getattr(o, n))
    except Exception as e:
        print("set", type(o).__name__, n, "->", type(e).__name__, e)
    try:
        delattr(o, n)
        print("del", type(o).__name__, n, "-> ok")
    except Exception as e:
        print("del", type(o).__name__, n, "->", type(e).__name__, e)
c = C(1)
c.other = 2
print(c.other, c.real)
