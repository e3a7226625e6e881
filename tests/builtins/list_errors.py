ops = [
    lambda: [].pop(), lambda: [1].pop(2), lambda: [1].index(2), lambda: [1].remove(2), lambda: [1][3],
    lambda: [1].__setitem__(5, 0), lambda: [1, 2].insert("a", 1), lambda: [1] * "a", lambda: [1] + (2,),
    lambda: [1, "a"].sort(), lambda: [].sort(key=1), lambda: list(1), lambda: [1, 2, 3].__delitem__(10),
    lambda: [3, 2].index(3, "a"), lambda: [1].__getitem__(1.0), lambda: [1].extend(5), lambda: [1, 2].__setitem__(slice(0, 2, 2), [1, 2]),
    lambda: [].count(), lambda: [1].copy(1), lambda: sorted([None, 1]), lambda: [1].reverse(1),
]
for op in ops:
    try:
        op()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
