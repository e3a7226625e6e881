# string formatting of every kind
name, n, pi = "Ada", 42, 3.14159265
items = {"apple": 1.5, "kiwi": 0.25, "watermelon": 12}
print(f"{name!r:>10}|{name!s:<6}|{name!a}|{'é'!a}|{n:05}|{n:+}|{n: }|{-n: }|{pi:.3f}|{pi:10.4e}|{pi:%}")
print(f"{n:#x} {n:#X} {n:#o} {n:#b} {n:x} {n:08b} {n:,} {10**9:_} {n:c}")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:*^{width}}] [{name:{'>'}{width}}]")
print(f"{'nested {braces}'} {{literal}} {n!r:}{'':>3}|{3+4=}|{name=!s}|{pi = :.2f}")
for k, v in items.items():
    print(f"{k:<12}{v:>8.2f}")
print(f"{[1, 2]!r:>10}", f"{None!s:5}|", f"{True:>5}", f"{True:d}", f"{1e6:,.1f}", f"{-0.0:+.1f}")
import datetime
d = datetime.date(2024, 3, 9)
print(f"{d:%Y/%m/%d}", "{:%d.%m.%Y}".format(d), format(d), str(d))
print("{} {} {}".format(1, "a", [3]), "{0}{1}{0}".format("ab", "cd"), "{x}-{y}".format(x=1, y=2))
print("{0[0]} {0[1][k]} {1.real} {1.imag}".format([5, {"k": "v"}], 3+4j))
print("{:{fill}{align}{w}}".format("hi", fill="-", align="^", w=8), "{0:>{1}}".format("r", 4), "{!r:^9}".format("q"))
print("{:,}".format(1234567.5), "{:.2%}".format(0.12345), "{:e}".format(0), "{:g}".format(1e-10), "{:G}".format(1e20), "{:n}".format(1234))
print("%s %r %d %i %5.2f %-5d| %05d %x %X %o %e %g %c %%" % ("s", "r", 3.9, -2, 2.345, 7, -42, 255, 255, 8, 12345.678, 0.00001, 65))
print("%(a)s and %(b)05.1f" % {"a": "A", "b": 2.25}, "%*d|%-*d|" % (5, 1, 4, 2), "%.*f" % (2, 1.0 / 3), "%c" % "z", "%#x %#o" % (255, 8))
print("%s" % (1,), "%s" % [1, 2], "%r" % "it's", "%a" % "ü", "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef", "%+d % d" % (5, 5))
print("%d" % True, "%f" % 1, "%s" % None, "%x" % -255, "%e" % 1e100, "%g" % 1e100, "%G" % 1e-100, "%10.3e|" % 3.14159)
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1234567), ("%c", "ab"), ("%x", 1.5), ("{", ()), ]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
for fmt, args, kw in [("{}{}", (1,), {}), ("{0}{}", (1, 2), {}), ("{x}", (), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{:s}", (1,), {}), ("{", (), {}), ("}", (), {}), ("{0.nope}", (1,), {}), ("{:,d}", (1.5,), {}), ("{:=}", ("s",), {}), ("{!x}", (1,), {}), ("{:.2d}", (1,), {})]:
    try:
        print(fmt.format(*args, **kw))
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
for spec, val in [("x", 1.5), ("c", -1), (".2f", "s"), ("z", 3), ("+s", "s"), ("#s", "s"), (",s", "s"), ("05s", "ab"), ("=5s", "ab")]:
    try:
        print(repr(format(val, spec)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
s = "Hello, Wörld! ß"
print(s.upper(), s.lower(), s.casefold(), s.swapcase(), s.title(), s.capitalize(), len(s), s[::-1], s[-3:], s[7:-2:2])
print(s.find("o"), s.rfind("o"), s.index("W"), s.count("l"), s.startswith(("He", "x")), s.endswith("ß", 0, 100), s.find("z", -100), s.rindex("l", 0, 5))
print("a,b,,c".split(","), " a  b ".split(), "a b c".split(None, 1), "a,b,c".rsplit(",", 1), "l1\nl2\r\nl3\r".splitlines(), "x\ny\n".splitlines(True), "".split(","), "".split())
print("-".join(["a", "b"]), "abc".center(9, "*"), "abc".ljust(2), "42".zfill(5), "-42".zfill(5), "+7".zfill(3), "  x ".strip(), "xxyxx".strip("x"), "ab".partition("b"), "aba".rpartition("x"))
print("tab\there".expandtabs(4), "hello".replace("l", "L", 1), "aaa".replace("", "-"), "ab".translate(str.maketrans("ab", "xy")), "abc".translate({97: None, 98: "BB"}), "%".isalnum())
print("abc".isalpha(), "١٢٣".isdigit(), "½".isnumeric(), "x1".isidentifier(), "Title Case".istitle(), "   ".isspace(), "ABC".isupper(), "".islower(), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
print(repr("quote's"), repr('dq"'), repr("both'\""), repr("\x00\t\n\x7f\x80\u200b\U0001f600é"), ascii("é😀"), str(b"bytes"), repr("\\"))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" * 0, "ab" in "cabd", "" in "x", min("hello"), sorted("hello"), "a" "b", ord("€"), chr(8364), chr(0x1F600))
for bad in [lambda: "abc".index("z"), lambda: "x" + 1, lambda: "abc"[5], lambda: "ab".join([1, 2]), lambda: chr(-1), lambda: ord("ab"), lambda: "a".center(5, "ab"), lambda: "x".split(""), lambda: "abc"[str(1)], lambda: "s".zfill("3"), lambda: str.upper(5), lambda: "a" * 1.5, lambda: "abc".count()]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(str(), str(123), str(b"x", "ascii"), str(bytearray(b"y"), encoding="utf-8"), "é".encode(), "é".encode("latin-1"), "€".encode("ascii", "replace"), "€".encode("ascii", "xmlcharrefreplace"), b"\xe9".decode("utf-8", "replace"))
try: "€".encode("ascii")
except UnicodeEncodeError as e: print("UnicodeEncodeError:", e)
try: b"\xff".decode()
except UnicodeDecodeError as e: print("UnicodeDecodeError:", e)
print("{:>{w}.{p}}".format("truncate me", w=8, p=4), "{0!r:<{1}}|".format("x", 5), "{:\u00e9^7}".format("c"), f"{'€':^5}|", f"{'日本':>6}|", f"{12:{'^'}{6}}|")
template = "Name: {name:<10} Age: {age:>3} Score: {score:6.2f}"
for rec in [dict(name="Bob", age=7, score=93.456), dict(name="Christina", age=102, score=5)]:
    print(template.format(**rec), template.format_map(rec) == template.format(**rec))
print("{0:{1}}".format(3.14159, ".2f"), "{:{}{}}".format(5, "0", "3"), "{:}".format("e"), format("abc", "^"), "{0!s:>{w}}".format(1, w=3))
