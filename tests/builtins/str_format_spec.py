vals_int = [0, 7, -7, 42, 1234567, -1234567, 255, 0x1F600]
specs_int = ["", "d", "5d", "<5", ">5", "^5", "05", "+d", " d", "-d", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "c",
             ",", "_", "_x", "_b", ",d", "010,", "*^9", "=+8", "#010x", "e", ".2f", "%", "n", "g", "08.3f", "+.1e", "#o"]
for v in vals_int:
    row = []
    for s in specs_int:
        if s == "c" and v < 0:
            continue
        try:
            row.append(format(v, s))
        except (ValueError, OverflowError) as e:
            row.append("ERR:" + str(e))
    print(v, "|".join(row))
vals_float = [0.0, -0.0, 1.5, -1.5, 3.14159265, 1234567.891, 1e-7, 1e20, 0.000123, 2.5, float("inf"), float("nan"), 100.0, 1e16, 123456789.0]
specs_float = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.1f", "+.2f", " .2f", "e", ".2e", "E", "g", ".3g", "G", ".10g", "%",
               ".1%", ",", ",.2f", "_.3f", "010.2f", "#.0f", "#g", "#.3g", "n", "=+12.3f", "*>12", "z.1f", ".0e", "#.0e", ".15g", ".17g", "r" if False else "g"]
for v in vals_float:
    row = []
    for s in specs_float:
        try:
            row.append(format(v, s))
        except ValueError as e:
            row.append("ERR:" + str(e))
    print(repr(v), "|".join(row))
for v in ["hi", "", "longer string"]:
    print([format(v, s) for s in ["", "s", "5", ">5", "^6", "*<7", ".2", "10.3", "^", "x^8.1s"]])
print(format(1234.5), format(1e100), format(-1e-100, ".3"), format(12, "3"), format(0.1, ".30f"))
print("{:{fill}{align}{width}}".format("x", fill="~", align="^", width=9))
print(format(True, "d"), format(True, ""), format(None, ""), format(3 + 4j, ""), format(1 + 2j, ".1f"))
print(format(10 ** 20, ","), format(-10 ** 20, "_x"), format(2 ** 64, "#b")[:12], format(12345, "e"))
print(format(1e-5, ""), format(1e-4, ""), format(1e16, ""), format(1e15, ""), format(0.1 + 0.2, ""), format(1.0, "g"), format(1.0, ""))
for bad in [("abc", "d"), (1, "s"), (1.5, "x"), (1, ".2s"), ("s", "+"), (1, ",_"), (1.0, "c")]:
    try:
        format(*bad)
    except ValueError as e:
        print("ValueError", e)
