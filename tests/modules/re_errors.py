import re

for pat in ["a(b", "a)b", "*a", "a**", "[abc", r"\q", "(?P<1>a)", "(?P=nope)", "a{3,1}", r"(a)\2", "(?Px)"]:
    try:
        re.compile(pat)
        print("ok", pat)
    except re.error as e:
        print("error:", pat, "|", e, "|", e.pos)

try:
    re.sub("a", r"\3", "a")
except re.error as e:
    print("error:", e)
try:
    re.match("a", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match(b"a", "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.match("(a)", "a").group(5)
except IndexError as e:
    print("IndexError:", e)
print(issubclass(re.error, Exception))
