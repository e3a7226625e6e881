vals = [0, 1, -1, 255, -255, 1234567, -1234567890, 2 ** 70]
for spec in ["_x", "#o", "#x", "#X", "#b", "_b", ",", "_", "+,", " d", "=+10", "0=10", "^10", "*^+12,", "08_x", "#010x", "c" , "n", "e", "%", ".2%", "#_o"]:
    out = []
    for v in vals:
        try:
            out.append(format(v, spec))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
fvals = [0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-7, 1e22, float("inf"), float("-inf"), float("nan"), 0.1, 100.0]
for spec in ["", "=+10.3f", "0=+12.2f", ",.2f", "_.3f", "n", ".3n", "%", ".1%", "e", ".0e", "#.0e", "E", "g", ".3g", "#.3g", "G", ".0f", "#.0f", "+", " ", "010", "<10", "^10.1f", "x<+10.2e", ".2", ",", "010,.1f", "z.1f", "r"]:
    out = []
    for v in fvals:
        try:
            out.append(format(v, spec))
        except (ValueError, TypeError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(repr(spec), out)
print(format(65, "c"), format(0x1F600, "c"), format(97, "^5c"), format(True, "c"))
for bad in [(-1, "c"), (0x110000, "c"), (1.5, "c"), (1.5, "d"), ("s", "d"), (1, "s"), (1, ".2d"), (1, ",c"), ("x", ","), (1, "=^"), (1j, "="), ("x", "=10"), (1, "_,"), (1, ",_"), (1, "#c"), (1.5, "#x"), ([], "x")]:
    try:
        print(repr(format(*bad)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print("{:_x} {:#o} {:=+10.3f} {:n} {:%} {:c}".format(0xdeadbeef, 8, 3.14159, 1234567, 0.25, 9731))
print(f"{12345.6789:,.2f} {-12345:_} {0.000012345:.3g} {123456789:.3e} {1e16:g} {1e15:g} {1.0:g} {100000.0:g} {1000000.0:g}")
print(format(1j, ""), format(1+2j, ".1f"), format(-1.5-0j, "+"), format(1+2j, "^20"), format(3j, "g"), format(1e20j, ""))
print(format("abc", ".2"), format("abc", ">5.1"), format("é", "^5"), format("x", "0>3"), format(None, ""), format([1], ""), format(object, "")[:7])
print("{0:{1}{2}}".format(3.14159, ".", "3f"), "{:{w}.{p}f}".format(2.5, w=8, p=2), "{!r:>6}".format("a"), "{:>{}}".format("x", 4))
print(format(12, "b"), format(-12, "o"), format(2 ** 64, "_X"), format(-(2 ** 64), "#_b")[:20], format(255, "08b"), format(5, "+#x"))
print(format(1234.5, "010n"), format(-1234, "08n"), format(1e100, ".3"), format(123.0, ".3"), format(0.0001, ".1"), format(1.0, ".0"))
print("%5.1f|%-6d|%+d|%x|%#o|%e|%g|%c|%r|%a" % (3.14159, 42, 5, 255, 8, 12345.678, 0.00001, 65, "é", "é"))
