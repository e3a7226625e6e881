def sign(x): return "neg" if x < 0 else "zero" if x == 0 else "pos"
print([sign(v) for v in (-2, 0, 3)])
print((lambda v: "even" if v % 2 == 0 else "odd")(7))
vals = [5, None, 0, "", "x"]
print([v if v else "falsy" for v in vals], [v or "default" for v in vals], [v and "truthy" for v in vals])
print(1 if True else 1 / 0, (0 if False else 2) + 1)
a = None
b = a if a is not None else "fallback"
print(b, a or "or-fallback")
print(max(1, 2) if 3 > 2 else min(1, 2), "nested: " + ("a" if 1 else "b" if 0 else "c"))
