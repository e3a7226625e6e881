# Iterators over lists, tuples, ranges (small and big), and the wrapping iterators,
# including lists that change while they are iterated.
big = 2 ** 70
for x in range(big, big + 3):
    print(x)
r = iter(range(big + 10, big, -4))
print(next(r), list(r), list(r))

items = [1, 2, 3]
out = []
for x in items:
    out.append(x)
    if x < 3:
        items.append(x * 10)
print(out, items)

items = [1, 2, 3, 4, 5]
for x in items:
    items.remove(x)
print(items)

it = iter([10, 20, 30])
print(next(it))
for x in it:
    print("rest", x)
print(list(it), next(it, "done"))

t = (1.5, "a", None, (2,))
print([x for x in t], list(iter(t)))
print(list(enumerate("héllo", start=-2)))
print(list(zip([1, 2, 3], "ab", (True, False, None))))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(list(filter(None, [0, 1, "", "x", [], [0]])))
print(list(reversed([1, 2, 3])), list(reversed(range(-3, 3, 2))))
n = iter([3, 2, 1, 0, 5].pop, 0)
print(list(n))
e = iter([])
print(list(e), next(e, None))
for x in []:
    print("never")
nested = [[1, 2], [3], []]
print([y for x in nested for y in x])
print(type(iter([])).__name__, type(iter(())).__name__, type(iter(range(big))).__name__)
print(type(iter(range(3))).__name__)
print(iter(range(big)).__length_hint__(), iter([1, 2]).__length_hint__())
it = iter(range(big, big + 10, 3))
next(it)
print(it.__length_hint__())
print(iter(range(big + 10, big, -3)).__length_hint__(), iter(range(big, -big, -big)).__length_hint__())
print(iter(range(big, big)).__length_hint__(), iter(range(big, 0)).__length_hint__())
it = iter(range(big, big + 2))
print(list(it), it.__length_hint__())
