for s in ["--1", "+-1", "-+1", "++1", "- 1", "1-", "1e--5", "1e+-5", ".", "-.", "e5", "1e5.5", "0x10", "1_", "_1", "1__0", "1._5", "1_.5", "1e_5", "nan1", "+nan", "-inf", "infinit", " \t1.5\n", "1.5\x00", "١.٥", "1e500", "-1e-500", "0e0", "1.e5", ".5e-2"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(e)
for s in ["1+2j", "--1", "-1-2j", "1+-2j", "+-1j", "(1+2j)", "( 1+2j )", "1e5j", "j", "-j", "1+j", "nanj", "inf+infj", "1 + 2j", "1+2i"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(e)
