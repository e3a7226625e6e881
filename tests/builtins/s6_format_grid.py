# format() over a grid of values and format specs
vals = [0, -0.0, 7, -42, 2**70, True, 1.5, -2.25, 1e16, 1.23456789e-7, float("inf"), float("nan"), 3 - 4j, "abc", "", "é€"]
specs = ["", "<8", ">8", "^9", "*^9", "=+10", "+", "-", " ", "08", "010.3", "#", "#x", "#o", "#b", "x", "X", "o", "b", "c", "d", "n",
         ",", "_", ",.2f", "_x", ".0", ".3", ".3g", ".3e", ".3%", "e", "E", "f", "F", "g", "G", "%", ".0f", ".0e", "#.0f", "#g", ".10g",
         "z.1f", "s", ".2s", ">+8.2f", "0=8", "-^#12,.3f", "+#010x", " 5d", "_b", ",d", "02", ".5"]
for v in vals:
    for s in specs:
        try:
            out = repr(format(v, s))
        except Exception as e:
            out = type(e).__name__ + ": " + str(e)
        print(f"format({v!r}, {s!r}) = {out}")

# complex with the alternate form and other flags
for v in [1e16j, 1+1e16j, 2.5j, complex(1e-7, 3), complex(0, 0), complex(-0.0, 1), complex(float('inf'), 1), 1e300+1e300j]:
    for s in ["#", "#>30", "#.3", "", ">20", "+", " ", "-", "z"]:
        try: print(repr(format(v, s)))
        except Exception as e: print(type(e).__name__, e)
