# Format specs with a precision past C's int: float and complex refuse it ("precision
# too big"), int refuses any precision, str takes it; too many digits is an error for all.
for v in [1.5, 1, 'a', 1+2j, -0.0, 2j]:
    for s in ['.2147483648', '.99999999999999999999', '.3']:
        try:
            r = format(v, s)
            print(repr(v), s, 'ok', len(r))
        except Exception as e:
            print(repr(v), s, type(e).__name__, e)
