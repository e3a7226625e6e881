# Strings around the short/long storage boundary: building, slicing, hashing, growing in
# place with +=, unicode, csv fields and json strings must all agree.
import csv, io, json

base = "abcdefghijklmnopqrstuvwxyz0123456789"
for n in (0, 1, 2, 15, 29, 30, 31, 32, 33, 60):
    s = base * 2
    t = s[:n]
    u = "".join(list(t))
    print(n, len(t), t == u, hash(t) == hash(u), {t: 1}.get(u), t[::-1][:5], t.split("q"))
acc = ""
for i in range(40):
    acc += "é" if i % 7 == 0 else "x"
    if i in (9, 13, 14, 15, 28, 29, 30, 31, 39):
        print(i, len(acc), acc[-3:], acc.count("é"), acc.encode("utf-8")[-4:], acc.upper()[:4])
word = "ab"
w = word
for i in range(20):
    w += "cd"
print(word, w, len(w), w[28:33], w.find("dc", 25))
parts = ("é" * 10 + " " + "ü" * 16 + " " + "x" * 40 + " " + "日本語" * 5).split()
print([len(p) for p in parts], [len(p.encode()) for p in parts], parts[1][3:6], parts[3][-2:])
d = {}
for p in parts + [p[:] for p in parts] + ["".join(p) for p in parts]:
    d[p] = d.get(p, 0) + 1
print(sorted(d.values()), sorted(d)[0][:3])
rows = list(csv.reader(io.StringIO("a,bb,ccc\n" + "y" * 31 + ",é" * 3 + "\n\"q,\"\"x\",\n")))
print(rows, [len(f) for r in rows for f in r])
print(json.loads('["short", "%s", "\\u00e9t\\u00e9", "%s"]' % ("z" * 31, "w" * 29)))
print("%s|%s" % ("k" * 30, "k" * 31), f"{'m' * 29:>31}|", "é" * 15 + "a", ("é" * 15)[14:])
for s in ['', 'a', 'hello world', 'ABC def_ghi', 'x'*30, 'y'*31, 'mIxEd 12 cAsE'*3, "they're bill's", 'a1b2c3']:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.swapcase()), repr(s.capitalize()), repr(s + s), repr(s + ''), len(s+'x'*20))
