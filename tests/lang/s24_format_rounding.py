# Float and int formatting corners ('g' with '#', 'n', '%', grouping), format errors,
# %-formatting of str and bytes with its errors, round() ties and huge values, divmod.
vals = [0.0, 1e-5, 123.456, 1e16, 1.5e300, 2.5, 100.0, 0.1 + 0.2, 1/3, 9.9999e-5, 99999.5, 1e-320]
for v in vals:
    print(f"{v:#g}|{v:#.3g}|{v:.0e}|{v:#.0e}|{v:.12g}|{v:10.2%}|{v:_.3f}|{v:n}|{v:.0%}|{v:+.1g}")
for n in [0, 5, -5, 10**20, -(10**20), 255]:
    print(f"{n:n}|{n:e}|{n:.2f}|{n:%}|{n:08.2f}|{n:G}|{n:#08x}|{n:+#b}|{n:^+#12o}|{n:c}" if 0 <= n < 0x110000 else f"{n:n}|{n:e}|{n:.2f}|{n:%}|{n:08.2f}|{n:G}|{n:#08x}|{n:+#b}|{n:^+#12o}")
for bad in ["{:.2d}", "{:,x}", "{:=s}", "{:#s}", "{:c}", "{:,%}"]:
    for a in [5, 5.0, "s", -1]:
        try:
            print(bad, repr(a), bad.format(a))
        except (ValueError, TypeError, OverflowError) as e:
            print(bad, repr(a), type(e).__name__, e)
print("%.3g|%#.3g|%g|%G|%10.4e|%-10.1f|%+.0f|%.0f|%.0f" % (1234567, 1.0, 1e-5, 1e50, 12345.6789, 2.25, 2.5, 0.5, 1.5))
print("%d %i %u %o %X %x" % (3.99, -2.5, 7, -8, 255, True), "%5s|%-5r|" % ([1], "a"), "%(x)s%(x)r" % {"x": "q"})
print(b"%s|%d|%5.2f|%x|%c|%c|%b|%a" % (b"by", 3, 2.5, 255, 65, b"z", bytearray(b"ba"), "é"))
for bad in [("%d", "s"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1 << 30), ("%c", "ab"), ("%*d", ("a", 1))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(bad[0]), type(e).__name__, e)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(-0.5), round(1e300, -299), round(123.456, -1), round(float("inf")) if False else "", round(7, -1), round(15, -1), round(25, -1))
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError", e)
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError", e)
print(int(1e20), int(-1.9), int(" -0b11 ".strip(), 0), float("0x1p-2".replace("0x", "")) if False else float.fromhex("0x1p-2"), (1.0).hex(), (-0.0).hex(), float("-0"), 1e308 * 10 == float("inf"))
print(str(10**50), repr(1e50), 1e50 == 10**50, 2**53 + 1 == float(2**53 + 1), int(float(2**53 + 1)), 0.1 + 0.2 == 0.3, abs(-0.0), -0.0 == 0)
print(divmod(7.5, -2), divmod(-7.5, 2), 7.5 % -2, -7.5 // 2, divmod(-1e-300, 1), (-1e-300) % 1, 5 % -0.0 if False else "", 2 ** -1, (-2) ** -1, 10 ** 20 / 10 ** 10)
