s = "Python"
print(s[0], s[-1], s[1:4], s[:2], s[4:], s[::2], s[::-1], s[-3:-1], s[10:], s[-10:2], s[5:1:-1])
print(s + "!", s * 2, 3 * "ab", "" * 5, s < "Pz", s == "Python", s != "python", "P" in s, "th" in s, "x" not in s)
print(len(s), min(s), max(s), sorted(s), list(s), tuple(s[:2]), set("aa"), s.__len__(), s.__contains__("y"))
print(str(42), str(-0.5), str(True), str([1]), str((1, "a")), str({"k": None}), str(b"b"), str(bytearray(b"x")))
print(repr("quote'"), repr('dq"'), repr("both'\""), repr("\\"), repr("tab\t"), repr("\x00\x1f"), repr("é"), repr("\u200f"))
print(ord("a"), chr(97), [ord(c) for c in "AZaz09"], "".join(chr(c) for c in range(65, 71)))
print(hash("abc") == hash("ab" + "c"), "abc" != None)
print("abc".__class__, type("").__name__, isinstance("x", str), str.__mro__)
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "J"
except TypeError as e:
    print("TypeError", e)
try:
    del s[0]
except TypeError as e:
    print("TypeError", e)
print(f"{s!r:^12}|", "%-8s|" % s, "{:*>9}".format(s), format(s, "<3"), s.format(), "{0}{0}".format(s))
big = "ab" * 50000
print(len(big), big.count("ab"), big[99999], big.find("ba", 1000), big[-3:], big.replace("a", "")[:5], len(big.split("b")))
