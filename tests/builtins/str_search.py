s = "the quick brown fox jumps over the lazy dog"
for sub in ["the", "o", "dog", "cat", "", " ", "the lazy"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s, s.startswith(sub), s.endswith(sub))
print(s.find("o", 15), s.find("o", 15, 20), s.rfind("o", 0, 20), s.count("o", 10, -5), s.find("the", -5), s.index("fox", 5, 25))
print(s.startswith("quick", 4), s.startswith(("a", "t")), s.endswith(("x", "g"), 0, 43), s.endswith("dog", 0, 42), s.startswith("", 100))
try:
    s.index("cat")
except ValueError as e:
    print("ValueError", e)
try:
    s.rindex("cat")
except ValueError as e:
    print("ValueError", e)
try:
    s.startswith(["the"])
except TypeError as e:
    print("TypeError", e)
print("aaaa".replace("aa", "b"), "abc".replace("b", "", 0), "abab".replace("ab", "x", -1), "a.b.c".replace(".", "", 1))
print("ab" * 3 == "ababab", "abc".center(9, "0"), "%-6s|" % "ab", "%6s|" % "ab")
