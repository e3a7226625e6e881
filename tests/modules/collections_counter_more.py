from collections import Counter
c = Counter()
for w in "the cat and the hat and the bat".split():
    c[w] += 1
print(c, c.most_common(1), c.most_common()[-1], list(c.elements())[:4], len(c), c["missing"], "missing" in c)
c2 = Counter({"the": 1, "dog": 5})
print(c + c2, c - c2, c & c2, c | c2, c2 - c, sorted((c + c2).items()))
c.update({"the": 10}); c.subtract(["cat"]); print(c)
del c["bat"]; print(c, c.total())
print(Counter("aaabbc") == Counter("abcaab"), Counter(a=0) == Counter(), Counter("ab") <= Counter("aabb") if hasattr(Counter, "__le__") else True)
print(Counter([1, 1, 2]).most_common(5), Counter(x=-1, y=2).most_common(), +Counter(x=-1, y=2), -Counter(x=-1, y=2))
print(repr(Counter("zyx")), dict(Counter("banana")), Counter("banana").keys())
