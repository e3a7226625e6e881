def f(*args, **kwargs): return args, kwargs
print(f(*range(3), *"ab", 9, **{"a": 1}, **{"b": 2}, c=3))
first, *_, last = range(10)
print(first, last)
[a, [b, c]] = [1, (2, 3)]
print(a, b, c)
for x, (y, z) in [(1, (2, 3)), (4, (5, 6))]:
    print(x + y + z, end=" ")
print()
for i, *rest in [(1, 2, 3), (4,)]:
    print(i, rest)
d = {"x": 1, "y": 2}
k1, k2 = d
print(k1, k2)
(a, b), (c, d2) = "ab", "cd"
print(a, b, c, d2)
a = b = c = []
a.append(1)
print(b, c)
x, y = y, x = 1, 2
print(x, y)
t = 1, *[2, 3], 4
print(t)
s = {*"ab", *"bc"}
print(sorted(s))
m = {**{"a": 1}, **dict(b=2)}
print(m)
print(*[1, 2], *(3,), sep=",")
def g(a, b, c): return a * 100 + b * 10 + c
print(g(*[1, 2], 3), g(1, *[2], c=3), g(**{"c": 3, "b": 2, "a": 1}))
try:
    g(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError", e)
try:
    g(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as e:
    print("TypeError", e)
it = iter([1, 2, 3])
a, b, c = it
print(a, b, c)
try:
    a, b = iter([1])
except ValueError as e:
    print("ValueError", e)
try:
    a, b = iter([1, 2, 3])
except ValueError as e:
    print("ValueError", e)
try:
    [*a] = 5
except TypeError as e:
    print("TypeError", e)
