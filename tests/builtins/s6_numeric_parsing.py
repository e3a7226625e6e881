# string conversions of odd inputs: int(), float(), complex() constructors
ints = ["0", "-0", "+5", " 12 ", "1_000", "1__0", "_1", "1_", "0x1F", "0X1f", "0o17", "0b101", "0b", "00", "007", "0_0", "١٢٣", "１２", "12\n", "\t-3\r", "3.0", "1e3", "", " ", "+", "-", "٣٤٥", "0x_1", "9" * 30, "-" + "9" * 25, "1 2", "\u00a01\u00a0", "\u20281", "²"]
bases = [0, 2, 8, 10, 16, 36]
for s in ints:
    row = []
    for base in bases:
        try:
            row.append(str(int(s, base)))
        except ValueError as e:
            row.append("VE(" + str(e)[:40] + ")")
    print(repr(s), "|", " ".join(row))
floats = ["1.5", " -2.5e-3 ", "1_0.5", "1_.5", "1._5", "1e1_0", ".5", "5.", ".", "e1", "1e", "1e+", "inf", "-Infinity", "+nan", "nan(1)", "infinity", "INF", "1.7976931348623157e308", "1.8e308", "4.9e-324", "2e-324", "0x1p3", "1,5", "１.５", "٣.٥", "1\u00a0", "", "--1", "+-1", "1e500", "-1e500", "0" * 400 + "1", "0." + "0" * 400 + "1", "123456789012345678901234567890"]
for s in floats:
    try:
        print(repr(s), "->", repr(float(s)))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
cplx = ["1+2j", "1-2J", " (3+4j) ", "(3+4j", "j", "-j", "+j", "2j", "1e3+1e-3j", "inf+nanj", "1 + 2j", "1+2", "(1)", "()", "1+j", "1+-2j", "0x1+2j", "nanj", "-1.5", "1_0+2_0j", "1j+1", "", "1+2jj"]
for s in cplx:
    try:
        print(repr(s), "->", repr(complex(s)))
    except ValueError as e:
        print(repr(s), "-> ValueError:", e)
for a in [(1, 2), (1.5, "2"), ("1", 2), (1j, 1j), (None,), ([],), (1, None), (True, False), (2, -0.0), (float("inf"), 0)]:
    try:
        print(a, "->", repr(complex(*a)))
    except (TypeError, ValueError) as e:
        print(a, "->", type(e).__name__ + ":", e)
