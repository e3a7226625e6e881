# re.search / re.match / re.fullmatch at module level: cache hits and misses, flags
# given every way, bytes, compiled patterns, str subclasses and argument errors.
import re

class S(str):
    pass

for f in (re.search, re.match, re.fullmatch):
    name = f.__name__
    print(name, f("[a-z]+", "abc"), f("[a-z]+", "abc"))
    print(name, f("b", "abc"), f("B", "abc", re.I), f("B", "abc", flags=re.I), f("B", "abc", 2))
    print(name, f(b"[a-z]+", b"abc"), f(re.compile("a."), "abc"), f("a", S("abc")))
    print(name, f(S("ab"), "ab"), f("", ""), f("x*", "é"), f("é+", "ééx"))
    m = f("(?P<w>[a-z]+)(\\d)?", "word")
    print(name, bool(m), m and m.groups(), m and m.group("w"), m and m.span())
    for bad in [(), ("a",), ("a", "b", 0, 1), ("a", 1), (1, "a"), ("(", "a"), (b"a", "a"), ("a", b"a")]:
        try:
            print(name, f(*bad))
        except (TypeError, re.error) as e:
            print(name, type(e).__name__, e)
    try:
        f("a", "a", flagz=1)
    except TypeError as e:
        print(name, "TypeError", e)
    try:
        f(re.compile("a"), "a", re.I)
    except ValueError as e:
        print(name, "ValueError", e)
    print(name, f(pattern="a", string="ab"), f("a", string="ab"))

words = ("alice bob 2009 carol x12 " * 50).split()
print(sorted(set(w for w in words if re.fullmatch(r"[a-z]+", w))))
print(sum(1 for w in words if re.match(r"\d", w)), sum(1 for w in words if re.search(r"\d$", w)))
print(hasattr(re.match("a", "a"), "__bool__"), bool(re.match("a", "a")))

# purge and threads around the per-thread last-hit cache
import threading
p1 = re.compile("a+")
m = re.search("a+", "baa")
print(m.re is p1, m.span())
re.purge()
m2 = re.search("a+", "baa")
print(m2.re is p1, m2.re == p1, m2.span())
print(re.search("a+", "caaa").re is m2.re)
out = []
def work(k):
    for i in range(200):
        out.append(bool(re.fullmatch("[a-z]+", "abc" if (i + k) % 2 else "ab1")))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join(5)
print(len(out), out.count(True))
