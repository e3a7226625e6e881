# 'g' / no-type float formats with a huge precision print the exact digits (fast).
vals = [5e-324, 2.2250738585072014e-308, 1e-5, 0.1, 1 / 3, 1e22, 1.7976931348623157e308, -123.456, 0.0]
for v in vals:
    for p in [1000, 1200, 1201, 5000, 2147483647]:
        for t in ["g", "", "G"]:
            s = format(v, ".%d%s" % (p, t))
            print(len(s), s[:30], s[-12:])
print(format(1.0, ".2147483647"), "{:.2147483647}".format(2.5), f"{0.1:.2147483647g}"[:20])
print(len(format(1.0, "#.5000g")))
