for r in [range(5), range(2, 10, 3), range(10, 2, -2), range(0), range(-5, -1), range(5, 5), range(0, -10, -3)]:
    print(r, list(r), len(r), bool(r), list(reversed(r)), r[0] if r else None, r[-1] if r else None, r[1:], 3 in r, r.count(4))
print(range(10) == range(0, 10, 1), range(0) == range(5, 5), range(1, 5, 2) == range(1, 6, 2), hash(range(0)) == hash(range(3, 3)))
print(range(10)[::2], range(10)[::-3], range(10)[-3:], range(10)[100:], range(10)[2:8][1:3])
print(range(10 ** 20)[-1], len(range(0, 10 ** 20, 10 ** 10)), 10 ** 19 in range(10 ** 20), range(3).index(2), range(True, 4))
try:
    range(5).index(10)
except ValueError as e:
    print("ValueError", e)
try:
    range("a")
except TypeError as e:
    print("TypeError", e)
print(sum(range(0, 1000000, 7)), max(range(-3, 3)), list(map(lambda i: i * i, range(4))))
