from collections import deque
d = deque(range(10))
d.rotate(3); print(d)
d.rotate(-5); print(d)
print(d[0], d[-1], d[5], d.index(7), d.index(7, 2) if 7 in list(d)[2:] else -1)
d[0] = 99; del d[1]; print(d, len(d))
d2 = deque(maxlen=3)
for i in range(6):
    d2.append(i)
    print(list(d2), end=" ")
print()
d2.appendleft(-1); print(d2)
d2.extendleft([10, 20]); print(d2)
print(deque("abc") + deque("de"), deque([1]) * 3, deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))
print(repr(deque([1], maxlen=2)), repr(deque()), deque(reversed(deque("abc"))), list(reversed(deque([1, 2, 3]))))
d3 = deque([1, 2, 3])
d3.insert(1, "x"); print(d3, d3.copy(), d3.count(2))
try:
    d3.remove("nope")
except ValueError as e:
    print("ValueError", e)
try:
    deque(maxlen=2).insert(0, 1) or deque([1, 2], maxlen=2).insert(0, 3)
except IndexError as e:
    print("IndexError", e)
try:
    for x in d3:
        d3.append(x)
except RuntimeError as e:
    print("RuntimeError", e)
