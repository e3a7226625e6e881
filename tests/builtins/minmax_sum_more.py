data = [3, -7, 2.5, 10, -0.5]
print(max(data), min(data), max(data, key=abs), min(data, key=abs), max(data, key=lambda v: -v), sum(data), sum(data, 100))
print(max("apple", "Banana", "cherry"), max("apple", "Banana", "cherry", key=str.lower), min(["bb", "a", "ccc"], key=len))
print(max([], default=None), min((), default="empty"), max([1], default=5), max([[1, 2], [1, 3], [0, 9]]), min({3: "a", 1: "b"}))
print(max(1, 2, key=lambda v: 0), min(2, 1, key=lambda v: 0), max([(1, "b"), (1, "a")]), sum([]), sum([], 0.0), sum(x / 10 for x in range(10)))
print(sum([1, 2.5, True]), type(sum([1, 2])).__name__, type(sum([1.0])).__name__, sum([[1], [2]], start=[0]), sum((1 + 2j, 3)))
for bad in [lambda: max(), lambda: min(1), lambda: max([], key=len), lambda: max(1, 2, default=0), lambda: sum("abc"), lambda: sum([1], "s")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
