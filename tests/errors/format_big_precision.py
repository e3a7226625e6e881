# Precisions and widths beyond Rust's formatter limit (65535) format as CPython does.
vals = [1.0, 1.5, -2.5e-300, 2.0 ** -1074, 1.7976931348623157e308, 0.1]
for v in vals:
    for spec in [".70000f", ".70000e", ".70000g", ".70000%", "070000,.2f", ".1100f", ".800e"]:
        s = format(v, spec)
        print(spec, len(s), s[:25], s[-12:])
    s = "%.70000f|%.70000e|%70000.3g" % (v, v, v)
    print(len(s), s[:20], s[-20:])
print(len(format(15, "0100000,d")), len(format(15, "0100000_x")), len(format(1.5, "100000.3")))
print(len(f"{1:{70000}}"), len("%*d" % (-70000, 5)), len("%.*f" % (70000, 1.0)))
print(round(1.5, 100000), round(2.5, -10**6), (1.5).__round__(2**62))
