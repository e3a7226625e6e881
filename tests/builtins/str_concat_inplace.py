# `s += t` may grow a string in place: aliases and containers must never see the change.
def build():
    s = ""
    keep = []
    for i in range(2000):
        s += "ab"
        if i % 500 == 0:
            keep.append(s)
    t = s
    s += "!"
    s = s + "?"
    u = s
    s = s + "é"
    d = {u: 1}
    print(len(s), len(t), len(u), [len(k) for k in keep], t[-1], u[-2:], s[-3:], d[u], u in d, hash(u) == hash(s[:-1]))
    w = "é"
    for i in range(50):
        w += "ü😀"
    print(len(w), w[49], w[-1], w.count("😀"), w.find("😀"), w[:5])
    x = y = "shared"
    x += "!"
    print(x, y)
    g = "g"
    def inner():
        return g
    g += "h"
    print(g, inner())
build()
s = "module"
for i in range(3):
    s += str(i)
print(s)
