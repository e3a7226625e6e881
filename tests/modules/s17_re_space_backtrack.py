# re: \s is str.isspace() (the separators \x1c-\x1f included, in and out of classes,
# negated too); anchored searches (match, fullmatch) backtrack as far as search does.
import re

print(re.findall(r"\s+", "a \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u00a0\u2000b"))
print(re.findall(r"[\s]+", "a\x1cb\x1f c"))
print(re.findall(r"\S+", "a\x1cb\x1fc d"))
print(re.findall(r"[\Sx]+", "a\x1cb"))
print(re.findall(r"[^\s]+", "a\x1db\x1ec"))
print(re.findall(r"(?a)\s+", "a\x1c b"), re.findall(rb"\s+", b"a\x1c b"))
print(re.split(r"\s+", "one\x1ftwo\x1cthree four"))
print(["\x1c".isspace(), bool(re.fullmatch(r"\s", "\x1f")), bool(re.match(r"\S", "\x1e"))])

# Exponential backtracking: slow in CPython too, but it finishes.
print(re.match(r"(a+)+$", "a" * 20 + "b"))
print(re.fullmatch(r"(a|aa)+", "a" * 18 + "b"))
print(re.search(r"(a+)+$", "a" * 18 + "b"))
print(re.match(r"(x+x+)+y", "x" * 16))
