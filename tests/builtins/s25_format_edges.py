# Format-spec corners found by a differential sweep: Decimal's '0' flag with
# thousands separators (the padding zeros are grouped too), Decimal specials with
# the '0' flag (padded with spaces), '0' after an explicit alignment (invalid for
# Decimal), an int shown as a character ('c') right-aligned like any number, and a
# complex number with '#' and a precision but no type.
from decimal import Decimal as D

specs = ["08,", "0=8,", "010,.2f", "+010,.2f", "-012,", "012,e", "08", "0=8",
         "015,.3%", " 010,", "z010,.1f", "020,.4f", "07,", "06,.1f"]
values = [D("1.50"), D("-1234.5"), D("12345678.9"), D("-0.0001"), D("0"),
          D("999.999"), D("Infinity"), D("-Infinity"), D("NaN")]
for spec in specs:
    print(f"{spec!r:12}", " | ".join(format(v, spec) for v in values))

for spec in ["<0", "<08", ">010,.2f", "^0", "*<08", "=08", "0<8"]:
    try:
        print(repr(spec), repr(format(D("1.5"), spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)

# invoice-style columns
rows = [("widget", D("3"), D("19.99")), ("gadget", D("120"), D("1234.5")), ("thing", D("1"), D("0.5"))]
for name, qty, price in rows:
    print(f"{name:<8}{qty:>5}{price:>12,.2f}{qty * price:>015,.2f}")

for n in [65, 0x263A, 97]:
    print(repr(format(n, "5c")), repr(format(n, "<5c")), repr(format(n, "^5c")),
          repr(format(n, "*>4c")), repr(f"{n:05c}"), repr("{:3c}|".format(n)))
for bad in ["+c", "#c", ",c", ".2c"]:
    try:
        format(65, bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)

for z in [3 + 4j, -1.5j, 1e20 + 0.5j, complex(0.001, -2)]:
    print(format(z, "#.0"), format(z, "#.3"), format(z, ".0"), format(z, ".3"),
          format(z, "+#.2"), format(z, ">20#.1"), format(z, "#"), format(z, "#g"))
