# iter() / for-loops over exact lists, tuples and ranges (built directly by GET_ITER)
# next to subclasses, big ranges and mutation during iteration.
import operator

for seq in ([], [1, 2, 3], (), (4, 5), range(0), range(3), range(10, 0, -3),
            range(-5, 5, 4), range(2 ** 70, 2 ** 70 + 3), range(5, 2 ** 64, 2 ** 62)):
    it = iter(seq)
    print(type(it).__name__, operator.length_hint(it), list(it), list(it))


class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter([9, 8])


class T(tuple):
    pass


print([x for x in L([1, 2])], [x for x in T((3, 4))], type(iter(T((1,)))).__name__)

xs = [1, 2, 3]
for x in xs:
    if x == 1:
        xs.append(4)
    print("saw", x)
print(xs)

ys = [1, 2, 3, 4]
for y in ys:
    ys.remove(y)
print(ys)

r = iter(range(3))
next(r)
print(list(r), next(r, "done"))
t = iter((1, 2, 3))
next(t)
print(list(t), next(t, "done"))

pairs = [(1, 2), (3, 4)]
total = 0
for a, b in pairs:
    for i in range(a, b + 1):
        total += i * a
print(total)

try:
    for _ in 5:
        pass
except TypeError as e:
    print("TypeError", e)
