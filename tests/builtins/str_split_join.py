cases = ["a b c", "  a  b  ", "", " ", "a,b,,c,", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x85j\u2028k\u3000l", "one"]
for s in cases:
    print(repr(s), s.split(), s.split(" "), s.split(",") if "," in s else "", s.rsplit(None, 1), s.split(maxsplit=1))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b".split(",", 0), "a,b".split(",", -1))
print("abcabc".split("bc"), "abcabc".rsplit("bc", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("\n".join(["x", "y"]), "|".join(("a",)), "".join(reversed("abc")), ", ".join(str(i) for i in range(4)))
print("line1\nline2\r\nline3\r".splitlines(), "no newline".splitlines(True), "\n\n".splitlines(), "x\n".split("\n"))
print("a b".partition(" "), "a b c".rpartition(" "), "".partition("x"), "xx".partition("x"))
try:
    "a".join(["x", None])
except TypeError as e:
    print("TypeError", e)
try:
    "abc".partition("")
except ValueError as e:
    print("ValueError", e)
