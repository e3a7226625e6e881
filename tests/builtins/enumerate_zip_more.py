names = ["a", "b", "c"]
for i, n in enumerate(names, 1):
    print(i, n)
print(list(enumerate(names, -1)), list(enumerate("", 5)), dict(enumerate(names)))
print(list(zip(names, range(10), "xyz!")), list(zip(*zip(names, [1, 2, 3]))), list(zip(names)))
keys, vals = zip(*{"k1": 1, "k2": 2}.items())
print(keys, vals)
try:
    list(zip([1, 2, 3], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1], [1, 2], [1, 2], strict=True))
except ValueError as e:
    print("ValueError", e)
try:
    list(zip([1, 2], [1, 2], [1], strict=True))
except ValueError as e:
    print("ValueError", e)
print(list(zip(range(3), range(3), strict=True)))
e = enumerate(["x"])
print(next(e), next(e, "done"))
