d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.values()), list(d.items()))
d["alpha"] = 100
print(list(d))
del d["zeta"]; d["zeta"] = 0
print(list(d))
print(d.keys() == {"alpha", "mid", "beta", "zeta"}, sorted(d.keys() & {"mid", "x"}), len(d.items() | {("q", 1)}))
ks = d.keys()
d["new"] = 1
print("new" in ks, len(ks), list(reversed(ks))[:2])
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
m = d.copy(); m.update(alpha=0)
print(d["alpha"], m["alpha"], d == m, {1: 1, 2: 2} == {2: 2, 1: 1})
it = iter(d.items())
print(next(it), type(it).__name__)
print({k: v for k, v in sorted(d.items())})
print(dict.fromkeys(["x", "y"], []), list(dict.fromkeys("abracadabra")))
