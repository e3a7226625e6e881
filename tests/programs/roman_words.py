"""Number spelling: Roman numerals both ways, English words, ordinals, and validation errors."""
import re

ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
ROMAN_RE = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError(f"expected int, got {type(n).__name__}")
    if not 0 < n < 4000:
        raise ValueError(f"{n} out of range (1..3999)")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)


def from_roman(s):
    s = s.upper()
    if not s or not ROMAN_RE.match(s):
        raise ValueError(f"invalid Roman numeral: {s!r}")
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 3888]:
    r = to_roman(n)
    assert from_roman(r) == n
    print(f"{n:>5} {r}")
print(all(from_roman(to_roman(n)) == n for n in range(1, 4000)))
for bad in [0, 4000, -5, 2.0, True, "XLII", "IIII", "", "MCMXCIVX", "ic", "xiv"]:
    try:
        print(bad, "->", from_roman(bad) if isinstance(bad, str) else to_roman(bad))
    except (ValueError, TypeError) as exc:
        print(f"{type(exc).__name__}: {exc}")

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (1000, "thousand")]


def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    if n < 1000:
        h, rest = divmod(n, 100)
        return ONES[h] + " hundred" + (" and " + words(rest) if rest else "")
    for value, name in SCALES:
        if n >= value:
            q, rest = divmod(n, value)
            sep = ", " if rest >= 100 else " and " if rest else ""
            return words(q) + " " + name + (sep + words(rest) if rest else "")


def ordinal(n):
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


for n in [0, 7, 13, 21, 40, 99, 100, 101, 342, 1000, 1001, 12345, 1000000, 7000021, -45, 10**12 + 1, 987654321]:
    print(f"{n:>14,}: {words(n)}")
print(", ".join(ordinal(n) for n in [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111, 112, 1003]))

cheque = 1234.56
dollars, cents = divmod(round(cheque * 100), 100)
print(f"Pay {words(dollars).capitalize()} dollars and {cents:02d}/100 (${cheque:,.2f})")
years = {y: to_roman(y) for y in range(1990, 2031, 10)}
print(years, max(years.values(), key=len))
print(sorted(["XC", "IX", "MMXX", "L", "CD"], key=from_roman), sum(map(from_roman, "I V X L C D M".split())))
