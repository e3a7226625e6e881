# Strings built from pieces (replace, % formatting, short concatenation, int format)
# keep multi-byte characters whole.
s = "naïve café — ünïcödé 😀 日本語"
print(s.replace("", "|"))
print(s.replace("", "·", 5))
print(s.replace("é", "e"), s.replace("😀", ":)"), s.replace(" ", ""))
print(s.replace("日本", "にほん").replace("ï", "i", 1))
print("%s|%5s|%-6s|%.3s|%c|%c" % ("é", "ü", "😀", "日本語です", "ß", 0x1F600))
print("%(a)s=%(b)r %%" % {"a": "ключ", "b": "значение"})
print("%d %5d %-5d| %x %X %o %#x %+d % d %05d" % (42, -7, 3, 255, 255, 8, 255, 5, 5, -42))
print("%i %u" % (-0, 10**20), "%x" % (-(2**70)))
for a, b in [("é", "ü"), ("", "😀"), ("日", ""), ("ab", "ç"), ("x" * 10, "ÿ" * 5)]:
    t = a + b
    print(repr(t), len(t), t[::-1])
print(format(1234567, ","), format(-255, "#x"), format(255, "b"), format(0, "o"), f"{-17:_}")
try:
    "%y" % 1
except ValueError as e:
    print(e)
try:
    "é%ü" % 1
except ValueError as e:
    print(e)
