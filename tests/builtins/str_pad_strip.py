for s in ["x", "abc", "", "toolongstring"]:
    print([s.center(7), s.center(8, "*"), s.ljust(6, "-"), s.rjust(6, "."), s.zfill(6)])
for s in ["  pad  ", "\t\ntabs\n\t", "xxhixx", "", "   "]:
    print([s.strip(), s.lstrip(), s.rstrip(), s.strip("x"), s.strip(" \t"), s.strip("")])
print("www.example.com".strip("cmowz."), "-12".zfill(5), "+12".zfill(5), "12".zfill(-1), "--".zfill(4))
print(repr("a\tb".expandtabs(1)), repr("\ta\tb".expandtabs(2)), repr("12345\t6".expandtabs(4)), repr("a\r\tb".expandtabs(4)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "x".strip(5)
except TypeError as e:
    print("TypeError", e)
