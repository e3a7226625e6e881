# printf-style % formatting over a grid of values and conversions
vals = [0, -7, 2**70, True, 1.5, -0.0, 1e100, float("nan"), "s", "é", b"b", None, [1], (2,), 3j]
convs = ["%s", "%r", "%a", "%d", "%i", "%u", "%x", "%X", "%#x", "%o", "%#o", "%e", "%E", "%f", "%F", "%g", "%G", "%c", "%5d", "%-5d|", "%05d", "%+d", "% d", "%.3f", "%10.2e", "%-8s|", "%.1s", "%*d", "%(k)s", "%%", "%b", "%5%"]
for v in vals:
    for c in convs:
        try:
            if c == "%*d":
                out = c % (4, v)
            elif c == "%(k)s":
                out = c % {"k": v}
            else:
                out = c % (v,)
            out = repr(out)
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(f"{c!r} % {v!r} = {out}")
bvals = [0, 255, 256, -1, 1.5, b"ab", bytearray(b"c"), "s", None]
for v in bvals:
    for c in [b"%s", b"%r", b"%a", b"%d", b"%x", b"%c", b"%b", b"%5s|", b"%-4c|", b"%f"]:
        try:
            out = repr(c % (v,))
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(f"{c!r} % {v!r} = {out}")
for fmt, args in [("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s %s", {"a": 1}), ("%(a)s", [1]), ("%", ()), ("%(a", {"a": 1}), ("%ld", (5,)), ("%.*f", (2, 3.14159)), ("%-*.*f|", (8, 1, 2.5)), ("%s", ()), ("%c", (256,)), ("%c", (0x110000,)), ("%d", ("1",)), ("%x", (1.0,)), ("%.2000f", (1.0,))]:
    try:
        out = repr(fmt % args)
        if len(out) > 60: out = out[:60] + "..."
    except Exception as e:
        out = type(e).__name__ + ": " + str(e)
    print(f"{fmt!r} % {args!r} = {out}")
